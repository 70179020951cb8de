package dev.verbatim.index;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import java.util.List;
import java.util.Map;

/**
 * The index port: where a build writes. It holds articles with their paragraphs and quotations,
 * replaced or deleted by article id, and a {@link #commit()} makes a build's writes visible all at
 * once; until then searches see the previous commit. {@link #write} and {@link #flush} may be
 * called from several threads at once.
 */
public interface IndexSink extends AutoCloseable {

  /**
   * The fingerprint of every article the previous commit holds, by article id; empty when this
   * build starts from nothing.
   */
  Map<String, String> fingerprints();

  /**
   * True when this build starts from an empty index: the first build, a new schema or quote rules,
   * or asked for.
   */
  boolean fullRebuild();

  /** Writes an article with its quotations, replacing the one with the same id. */
  void write(Article article, List<Quote> quotes, String fingerprint);

  /** Deletes an article with its paragraphs and quotations. */
  void delete(String articleId);

  /**
   * Called by each build thread when it has written its last article, to write what is buffered on
   * that thread.
   */
  default void flush() {}

  /**
   * Makes every write and delete of this build visible at once, and counts what the index then
   * holds.
   */
  IndexCounts commit();

  /**
   * After the {@link #commit()} of a full rebuild: merges what the build wrote into the layout
   * searches read fastest, and commits that too; searches see the first commit meanwhile.
   */
  void compact();

  /** Ends the build; without a {@link #commit()} first, nothing of it is kept. */
  @Override
  void close();
}
