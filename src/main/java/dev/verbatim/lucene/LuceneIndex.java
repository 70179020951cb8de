package dev.verbatim.lucene;

import dev.verbatim.corpus.Article;
import dev.verbatim.index.IndexCounts;
import dev.verbatim.index.IndexSink;
import dev.verbatim.quotes.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The embedded index, written in one IndexWriter session that ends in a single commit.
 *
 * <p>Lucene's commit is the atomic point: until {@link #commit()} readers keep seeing the previous
 * commit, and a build that crashes or is closed without committing leaves it intact. The commit
 * records the schema and quote-rules versions; a change of either makes the next build start from
 * an empty index. IndexWriter takes writes from several threads at once.
 */
public final class LuceneIndex implements IndexSink {

  private static final double RAM_BUFFER_MB = 32;

  /** How often written files are synced ahead of the commit ({@link EarlyFsync}). */
  private static final Duration EARLY_FSYNC_INTERVAL = Duration.ofMillis(200);

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final String pipeline;
  private final Clock clock;
  private final boolean fullRebuild;
  private final Map<String, String> previousFingerprints;
  private final EarlyFsync earlyFsync;

  private LuceneIndex(
      Path folder,
      Directory directory,
      IndexWriter writer,
      String pipeline,
      Clock clock,
      boolean full)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.pipeline = pipeline;
    this.clock = clock;
    Map<String, String> previousCommit =
        DirectoryReader.indexExists(directory)
            ? SegmentInfos.readLatestCommit(directory).getUserData()
            : Map.of();
    this.fullRebuild = full || !pipeline.equals(previousCommit.get(Schema.COMMIT_PIPELINE));
    if (fullRebuild) {
      writer.deleteAll();
      // no merges while a full build writes: compact() rewrites the whole index once at the end
      writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      this.previousFingerprints = Map.of();
    } else {
      this.previousFingerprints = readFingerprints(directory);
    }
    this.earlyFsync = new EarlyFsync(directory, EARLY_FSYNC_INTERVAL);
  }

  /**
   * Opens the index in {@code folder} for a build, creating the folder if needed.
   *
   * @param rulesVersion the quote rules' version; a change forces a full rebuild, like a schema
   *     change
   * @param full rebuild every article even when unchanged
   * @throws IllegalStateException when the folder is not writable or another build holds its lock
   */
  public static LuceneIndex open(Path folder, String rulesVersion, boolean full, Clock clock) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot create the index folder " + folder + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder)) {
      throw new IllegalStateException(
          "the index folder "
              + folder
              + " is not writable; fix its permissions or pass --index DIR");
    }
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(folder);
      IndexWriterConfig config =
          new IndexWriterConfig(TextAnalysis.forIndex())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setCodec(new VerbatimCodec())
              // A flushed segment is not packed into a compound file: that copies every byte once
              // more (4% of a build) for segments that merges rewrite anyway.
              .setUseCompoundFile(false)
              // Small enough that segments are flushed by the indexing threads as they go, not all
              // at once by the single thread that commits (measured: a 128 MB buffer left 13% of a
              // 100k paragraph build to one serial flush).
              .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
      return new LuceneIndex(folder, directory, writer, Schema.pipeline(rulesVersion), clock, full);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IllegalStateException(
          "the index folder "
              + folder
              + " is locked by another writer (is another `verbatim index` running?); wait for it to finish",
          e);
    } catch (IOException e) {
      closeQuietly(writer);
      closeQuietly(directory);
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  /** True when {@code folder} holds an index, of any version. */
  public static boolean exists(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when {@code folder} holds an index built by this schema and these quote rules after {@code
   * sourcesModified}: nothing to rebuild.
   */
  public static boolean isUpToDate(Path folder, String rulesVersion, Instant sourcesModified) {
    try (Directory directory = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      Map<String, String> commit = SegmentInfos.readLatestCommit(directory).getUserData();
      String built = commit.get(Schema.COMMIT_TIME);
      return Schema.pipeline(rulesVersion).equals(commit.get(Schema.COMMIT_PIPELINE))
          && built != null
          && !Instant.parse(built).isBefore(sourcesModified);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Map<String, String> fingerprints() {
    return previousFingerprints;
  }

  @Override
  public boolean fullRebuild() {
    return fullRebuild;
  }

  @Override
  public void write(Article article, List<Quote> quotes, String fingerprint) {
    try {
      List<Document> documents = ArticleDocuments.of(article, quotes, fingerprint);
      if (fullRebuild) {
        // nothing to replace: the index was emptied, and a build writes each article once; a
        // delete by term would be kept and looked up in every segment flushed after it
        writer.addDocuments(documents);
      } else {
        writer.updateDocuments(new Term(Schema.ARTICLE_ID, article.id()), documents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write article " + article.id() + " to " + folder, e);
    }
  }

  @Override
  public void delete(String articleId) {
    try {
      writer.deleteDocuments(new Term(Schema.ARTICLE_ID, articleId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete article " + articleId + " from " + folder, e);
    }
  }

  /**
   * Writes the documents still buffered in memory to new segments, on the calling thread; when
   * several threads call it at once each takes another buffer. Otherwise {@link #commit()} would
   * write them all on one thread.
   */
  @Override
  public void flush() {
    try {
      while (writer.flushNextBuffer()) {
        // each call writes one thread's buffer
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index in " + folder, e);
    }
  }

  /**
   * Commits, with the schema and rules versions and the time, and counts what the index holds. The
   * segments stay as the build wrote them; {@link #compact()} merges them afterwards.
   */
  @Override
  public IndexCounts commit() {
    try {
      writer.setLiveCommitData(
          Map.of(Schema.COMMIT_PIPELINE, pipeline, Schema.COMMIT_TIME, clock.instant().toString())
              .entrySet());
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        return new IndexCounts(
            searcher.count(Schema.typeQuery(Schema.TYPE_ARTICLE)),
            searcher.count(Schema.typeQuery(Schema.TYPE_PARAGRAPH)),
            searcher.count(Schema.typeQuery(Schema.TYPE_QUOTE)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index in " + folder, e);
    }
  }

  /**
   * After a full build's commit, merges the index into one segment and commits again: a search then
   * looks each term up once and sets up one scorer per clause, not one per segment. At 1M
   * paragraphs (12 segments) that gave 1.21x the uncached requests/s (docs/BENCHMARKS.md). The
   * merge rewrites the whole index on one thread (a fifth of a 1M build), so it comes after the
   * first commit: searches see the build meanwhile, and a merge cut short loses nothing.
   */
  @Override
  public void compact() {
    try {
      writer.getConfig().setMergePolicy(new TieredMergePolicy());
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the index in " + folder, e);
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
      earlyFsync.close();
      closeQuietly(directory);
    }
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
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
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
