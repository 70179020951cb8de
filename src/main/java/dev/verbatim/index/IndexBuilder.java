package dev.verbatim.index;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * Builds the index from articles in one IndexWriter session that ends in a single commit.
 *
 * <p>Lucene's commit is the atomic point: until {@link #commit()} readers keep seeing the previous
 * commit, and a build that crashes or is closed without committing leaves it intact. Articles whose
 * fingerprint matches the previous build are not rewritten; articles whose files are gone are
 * deleted; a change of schema or quote rules rewrites everything. {@link #isUnchanged}, {@link
 * #keep} and {@link #add} may be called from several threads at once, as IndexWriter allows.
 */
public final class IndexBuilder implements AutoCloseable {

  private static final double RAM_BUFFER_MB = 32;

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final String pipeline;
  private final Clock clock;
  private final boolean fullRebuild;
  private final Map<String, String> previousFingerprints;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();

  private IndexBuilder(Path folder, Directory directory, IndexWriter writer, String pipeline, Clock clock, boolean full)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.pipeline = pipeline;
    this.clock = clock;
    Map<String, String> previousCommit = DirectoryReader.indexExists(directory)
        ? SegmentInfos.readLatestCommit(directory).getUserData()
        : Map.of();
    this.fullRebuild = full || !pipeline.equals(previousCommit.get(Schema.COMMIT_PIPELINE));
    if (fullRebuild) {
      writer.deleteAll();
      this.previousFingerprints = Map.of();
    } else {
      this.previousFingerprints = readFingerprints(directory);
    }
  }

  /**
   * Opens the index in {@code folder} for a build, creating the folder if needed.
   *
   * @param rulesVersion the quote rules' version; a change forces a full rebuild, like a schema change
   * @param full rebuild every article even when unchanged
   * @throws IllegalStateException when the folder is not writable or another build holds its lock
   */
  public static IndexBuilder open(Path folder, String rulesVersion, boolean full, Clock clock) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the index folder " + folder + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder)) {
      throw new IllegalStateException("the index folder " + folder + " is not writable; fix its permissions or pass --index DIR");
    }
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(folder);
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          // Small enough that segments are flushed by the indexing threads as they go, not all at
          // once by the single thread that commits (measured: a 128 MB buffer left 13% of a 100k
          // paragraph build to one serial flush).
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
      return new IndexBuilder(folder, directory, writer, pipeline(rulesVersion), clock, full);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IllegalStateException(
          "the index folder " + folder + " is locked by another writer (is another `verbatim index` running?); wait for it to finish", e);
    } catch (IOException e) {
      closeQuietly(writer);
      closeQuietly(directory);
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  /**
   * True when {@code folder} holds an index built by this schema and these quote rules after
   * {@code sourcesModified}: nothing to rebuild.
   */
  public static boolean isUpToDate(Path folder, String rulesVersion, Instant sourcesModified) {
    try (Directory directory = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      Map<String, String> commit = SegmentInfos.readLatestCommit(directory).getUserData();
      String built = commit.get(Schema.COMMIT_TIME);
      return pipeline(rulesVersion).equals(commit.get(Schema.COMMIT_PIPELINE))
          && built != null && !Instant.parse(built).isBefore(sourcesModified);
    } catch (IOException e) {
      return false;
    }
  }

  /** True when the article is in the index exactly as given, so it need not be written again. */
  public boolean isUnchanged(Article article) {
    return Fingerprint.of(article).equals(previousFingerprints.get(article.id()));
  }

  /** Keeps the indexed version of an article (unchanged, or its file is unreadable this time). */
  public void keep(String articleId) {
    if (previousFingerprints.containsKey(articleId) && seen.add(articleId)) {
      unchanged.incrementAndGet();
    }
  }

  /**
   * Writes an article and its quotations, replacing any earlier version.
   *
   * @throws IllegalArgumentException when this build already has an article with that id
   */
  public void add(Article article, List<Quote> quotes) {
    if (!seen.add(article.id())) {
      throw new IllegalArgumentException("duplicate article id '" + article.id() + "': another file of the corpus has the same id");
    }
    try {
      writer.updateDocuments(
          new Term(Schema.ARTICLE_ID, article.id()), ArticleDocuments.of(article, quotes, Fingerprint.of(article)));
      written.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write article " + article.id() + " to " + folder, e);
    }
  }

  /**
   * Writes the documents still buffered in memory to new segments, on the calling thread; when
   * several threads call it at once each takes another buffer. Otherwise {@link #commit()} would
   * write them all on one thread.
   */
  public void flushBuffers() {
    try {
      while (writer.flushNextBuffer()) {
        // each call writes one thread's buffer
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index in " + folder, e);
    }
  }

  /** Deletes the articles not seen in this build, commits once, and reports what the index holds. */
  public BuildResult commit() {
    try {
      int removed = 0;
      for (String id : previousFingerprints.keySet()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(Schema.ARTICLE_ID, id));
          removed++;
        }
      }
      writer.setLiveCommitData(Map.of(
          Schema.COMMIT_PIPELINE, pipeline,
          Schema.COMMIT_TIME, clock.instant().toString()).entrySet());
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        return new BuildResult(
            searcher.count(Schema.typeQuery(Schema.TYPE_ARTICLE)),
            searcher.count(Schema.typeQuery(Schema.TYPE_PARAGRAPH)),
            searcher.count(Schema.typeQuery(Schema.TYPE_QUOTE)),
            written.get(), unchanged.get(), removed, fullRebuild);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index in " + folder, e);
    }
  }

  /** Closes the writer; without a {@link #commit()} first, nothing of this build is kept. */
  @Override
  public void close() {
    try {
      writer.rollback();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index in " + folder, e);
    } finally {
      closeQuietly(directory);
    }
  }

  private static String pipeline(String rulesVersion) {
    return Schema.VERSION + "+" + rulesVersion;
  }

  private static Map<String, String> readFingerprints(Directory directory) throws IOException {
    Map<String, String> fingerprints = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Term articles = new Term(Schema.TYPE, Schema.TYPE_ARTICLE);
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum postings = leaf.reader().postings(articles);
        if (postings == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            var fields = stored.document(doc, Set.of(Schema.ARTICLE_ID, Schema.FINGERPRINT));
            fingerprints.put(fields.get(Schema.ARTICLE_ID), fields.get(Schema.FINGERPRINT));
          }
        }
      }
    }
    return fingerprints;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // already failing with a clearer error
      }
    }
  }
}
