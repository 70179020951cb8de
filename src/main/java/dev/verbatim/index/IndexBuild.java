package dev.verbatim.index;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.ArticleBatch;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One build of an index from a corpus, whatever the backend: each file is read, each new or changed
 * article goes through the quote finder into the {@link IndexSink}, articles whose files are gone
 * are deleted, and problems are reported as they happen. Files are read on as many threads as the
 * machine has cores. It commits only when at least one article was read, and never when files
 * listed at the start disappeared before they were read (committing would delete their articles).
 */
public final class IndexBuild {

  /** A file or part of a file that was skipped, and why. */
  public record Problem(String file, String reason) {}

  /**
   * What a build did; {@code result} is null when nothing usable was read and nothing was
   * committed.
   */
  public record Outcome(BuildResult result, int files, int articlesRead, List<Problem> skipped) {}

  /**
   * The share of a corpus one of {@code count} machines indexes: the articles whose id hashes to
   * {@code number} (1-based). Every machine reads the whole corpus and writes, keeps and deletes
   * only its own articles, so N machines together build the index N times faster.
   */
  public record Part(int number, int count) {

    /** The whole corpus. */
    public static final Part ALL = new Part(1, 1);

    public Part {
      if (count < 1 || number < 1 || number > count) {
        throw new IllegalArgumentException(
            "a part is K/N with 1 <= K <= N, got " + number + "/" + count);
      }
    }

    /** Reads {@code K/N}. */
    public static Part parse(String text) {
      String[] numbers = text.strip().split("/");
      try {
        if (numbers.length == 2) {
          return new Part(
              Integer.parseInt(numbers[0].strip()), Integer.parseInt(numbers[1].strip()));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("a part is K/N, such as 1/4, got '" + text + "'");
    }

    /**
     * True for the articles of this part; {@link String#hashCode} is the same on every machine and
     * JVM.
     */
    public boolean contains(String articleId) {
      return Math.floorMod(articleId.hashCode(), count) == number - 1;
    }
  }

  /**
   * How many articles of a file one task writes at most: small enough that at the end of a build no
   * thread waits long for another's last part (about 50 ms of work for generated articles of six
   * paragraphs), big enough to keep the batching {@link Session#writePart} describes.
   */
  private static final int ARTICLES_PER_PART = 100;

  /** An article to write, with its fingerprint. */
  private record Pending(Article article, String fingerprint) {}

  private final Corpus corpus;
  private final QuoteFinder finder;
  private final Consumer<Problem> onProblem;
  private final Part part;
  private final int threads;

  /**
   * A build of the whole corpus; {@code onProblem} may be called from several threads, so it must
   * be thread-safe (a PrintWriter is).
   */
  public IndexBuild(Corpus corpus, QuoteFinder finder, Consumer<Problem> onProblem) {
    this(corpus, finder, onProblem, Part.ALL);
  }

  /** A build of one {@code part} of the corpus. */
  public IndexBuild(Corpus corpus, QuoteFinder finder, Consumer<Problem> onProblem, Part part) {
    this.corpus = corpus;
    this.finder = finder;
    this.onProblem = onProblem;
    this.part = part;
    this.threads = Runtime.getRuntime().availableProcessors();
  }

  /**
   * Indexes {@code files} into {@code sink}, one file per task, a big file's articles written in
   * parts that idle threads can take ({@link Session#write}); {@code onFileDone} is called once
   * each file is written, from the thread that wrote its last part.
   */
  public Outcome run(List<Path> files, IndexSink sink, Runnable onFileDone) {
    Session session = new Session(sink);
    try (ExecutorService pool =
        Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 1).factory())) {
      Queue<Future<?>> tasks = new ConcurrentLinkedQueue<>();
      Consumer<Runnable> spawn = task -> tasks.add(pool.submit(task));
      for (Path file : files) {
        spawn.accept(() -> session.indexFile(file, spawn, onFileDone));
      }
      // A file's task queues the tasks of its parts before it ends, so when the queue is empty
      // every task has been awaited.
      for (Future<?> task = tasks.poll(); task != null; task = tasks.poll()) {
        await(task);
      }
      List<Future<?>> flushes = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        flushes.add(pool.submit(sink::flush));
      }
      flushes.forEach(IndexBuild::await);
    }
    if (!corpus.exists()) {
      throw new IllegalStateException(
          "the corpus "
              + corpus.root()
              + " disappeared during the build; nothing was committed, the index is as it was");
    }
    if (!session.vanished.isEmpty()) {
      throw new IllegalStateException(
          session.vanished.size()
              + " files of the corpus disappeared during the build ("
              + session.vanished.get(0)
              + " …); nothing was committed, the index is as it was; run `index` again");
    }
    BuildResult result = session.articlesRead.get() == 0 ? null : session.commit();
    List<Problem> inFileOrder = new ArrayList<>(session.skipped);
    inFileOrder.sort(Comparator.comparing(Problem::file));
    return new Outcome(result, files.size(), session.articlesRead.get(), inFileOrder);
  }

  /** The state of one run: which articles it saw, wrote and kept. */
  private final class Session {
    private final IndexSink sink;
    private final Map<String, String> previous;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger articlesRead = new AtomicInteger();
    private final List<Problem> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<String> vanished = Collections.synchronizedList(new ArrayList<>());

    Session(IndexSink sink) {
      this.sink = sink;
      this.previous = sink.fingerprints();
    }

    /** Reads {@code file} and writes its new and changed articles; {@code spawn} queues a task. */
    void indexFile(Path file, Consumer<Runnable> spawn, Runnable onFileDone) {
      String name = corpus.displayName(file);
      List<Pending> pending = new ArrayList<>();
      try {
        ArticleBatch batch = corpus.read(file);
        batch.warnings().forEach(warning -> onProblem.accept(new Problem(name, warning)));
        for (Article article : batch.articles()) {
          String fingerprint = toWrite(article, name);
          if (fingerprint != null) {
            pending.add(new Pending(article, fingerprint));
          }
        }
      } catch (InvalidArticleException | UncheckedIOException e) {
        if (e.getCause() instanceof NoSuchFileException) {
          vanished.add(name);
        }
        skip(new Problem(name, e.getMessage()));
        keep(corpus.articleId(file)); // an unreadable file keeps its article as indexed before
      }
      write(name, pending, spawn, onFileDone);
    }

    /**
     * The fingerprint of {@code article} when it is to be written, or null when it is another
     * part's, unchanged (kept) or a duplicate (skipped).
     */
    private String toWrite(Article article, String file) {
      if (!part.contains(article.id())) {
        return null; // another machine's
      }
      String fingerprint = Fingerprint.of(article);
      if (fingerprint.equals(previous.get(article.id()))) {
        keep(article.id());
        articlesRead.incrementAndGet();
        return null;
      }
      if (!seen.add(article.id())) {
        skip(
            new Problem(
                file,
                "duplicate article id '"
                    + article.id()
                    + "': another file of the corpus has the same id"));
        return null;
      }
      return fingerprint;
    }

    /**
     * Writes a file's articles in parts of {@value #ARTICLES_PER_PART}: this thread writes them in
     * turn, and one task per further part lets an idle thread take one instead. Tasks run in the
     * order they were queued, so while files remain an idle thread reads the next one and each
     * file's own thread writes all its parts; at the end of a build the other threads share the
     * parts of the last files rather than wait while one thread writes a big file alone.
     */
    private void write(
        String name, List<Pending> pending, Consumer<Runnable> spawn, Runnable onFileDone) {
      if (pending.isEmpty()) {
        onFileDone.run();
        return;
      }
      Queue<List<Pending>> parts = new ConcurrentLinkedQueue<>();
      for (int from = 0; from < pending.size(); from += ARTICLES_PER_PART) {
        parts.add(pending.subList(from, Math.min(pending.size(), from + ARTICLES_PER_PART)));
      }
      AtomicInteger unwritten = new AtomicInteger(parts.size());
      AtomicBoolean failed = new AtomicBoolean();
      Runnable writeNextPart =
          () -> {
            List<Pending> part = parts.poll();
            if (part != null) {
              if (!failed.get()) {
                writePart(name, part, failed);
              }
              if (unwritten.decrementAndGet() == 0) {
                onFileDone.run();
              }
            }
          };
      for (int helpers = parts.size() - 1; helpers > 0; helpers--) {
        spawn.accept(writeNextPart);
      }
      while (!parts.isEmpty()) {
        writeNextPart.run();
      }
    }

    /**
     * Finds the quotations of every article of a part, then writes them. A write that fails (a full
     * disk) ends the part and, through {@code failed}, the parts of its file not yet begun; the
     * file is reported once, and its unwritten articles stay as the index had them.
     *
     * <p>Finding every quotation first and writing after, against finding and writing one article
     * at a time, built 100k generated paragraphs in 13% less time (docs/BENCHMARKS.md); most likely
     * the quote finder's tables and the index writer's buffers stop evicting each other from the
     * core's caches at every article.
     */
    private void writePart(String name, List<Pending> part, AtomicBoolean failed) {
      try {
        List<List<Quote>> quotes = part.stream().map(each -> finder.find(each.article())).toList();
        for (int i = 0; i < part.size(); i++) {
          sink.write(part.get(i).article(), quotes.get(i), part.get(i).fingerprint());
          written.incrementAndGet();
          articlesRead.incrementAndGet();
        }
      } catch (UncheckedIOException e) {
        if (failed.compareAndSet(false, true)) {
          skip(new Problem(name, e.getMessage()));
        }
      }
    }

    private void keep(String articleId) {
      if (previous.containsKey(articleId) && seen.add(articleId)) {
        unchanged.incrementAndGet();
      }
    }

    private void skip(Problem problem) {
      skipped.add(problem);
      onProblem.accept(problem);
    }

    BuildResult commit() {
      int removed = 0;
      for (String id : previous.keySet()) {
        if (!seen.contains(id) && part.contains(id)) {
          sink.delete(id);
          removed++;
        }
      }
      IndexCounts counts = sink.commit();
      return new BuildResult(
          counts.articles(),
          counts.paragraphs(),
          counts.quotes(),
          written.get(),
          unchanged.get(),
          removed,
          sink.fullRebuild());
    }
  }

  private static void await(Future<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        // e.g. the index folder became unwritable: the build stops, nothing is committed
        throw failure;
      }
      throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
    }
  }
}
