package dev.verbatim.cli;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.ArticleBatch;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import dev.verbatim.index.BuildResult;
import dev.verbatim.index.IndexBuilder;
import dev.verbatim.quotes.QuoteFinder;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Wires one build: each corpus file is read, each changed article goes through the quote finder
 * into the index builder, and problems are reported as they happen. Commits only when at least one
 * article was read, and never when files listed at the start disappeared before they were read.
 */
final class CorpusIndexer {

  /** A file or part of a file that was skipped, and why. */
  record Problem(String file, String reason) {}

  /** What a build did; {@code result} is null when nothing usable was read and nothing was committed. */
  record Outcome(BuildResult result, int files, int articlesRead, List<Problem> skipped) {}

  private final Corpus corpus;
  private final QuoteFinder finder;
  private final Consumer<Problem> onProblem;
  private final int threads;

  /** {@code onProblem} may be called from several threads; it must be thread-safe (a PrintWriter is). */
  CorpusIndexer(Corpus corpus, QuoteFinder finder, Consumer<Problem> onProblem) {
    this.corpus = corpus;
    this.finder = finder;
    this.onProblem = onProblem;
    this.threads = Runtime.getRuntime().availableProcessors();
  }

  /**
   * Indexes {@code files}, one file per task on as many threads as the machine has cores (reading,
   * quote finding and analysis all run in parallel; IndexWriter takes documents from every thread),
   * writes the last buffered segments on all threads too, then commits once if any article was read.
   */
  Outcome run(List<Path> files, IndexBuilder builder, Progress progress) {
    List<Problem> skipped = Collections.synchronizedList(new ArrayList<>());
    List<String> vanished = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger articlesRead = new AtomicInteger();
    List<Future<?>> tasks = new ArrayList<>(files.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 1).factory())) {
      for (Path file : files) {
        tasks.add(pool.submit(() -> {
          articlesRead.addAndGet(indexFile(file, builder, skipped, vanished));
          synchronized (progress) {
            progress.step();
          }
        }));
      }
      for (Future<?> task : tasks) {
        await(task);
      }
      List<Future<?>> flushes = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        flushes.add(pool.submit(builder::flushBuffers));
      }
      for (Future<?> flush : flushes) {
        await(flush);
      }
    }
    if (!corpus.exists()) {
      throw new IllegalStateException("the corpus " + corpus.root() + " disappeared during the build; nothing was committed, the index is as it was");
    }
    if (!vanished.isEmpty()) { // committing would drop their articles as if removed on purpose
      throw new IllegalStateException(vanished.size() + " files of the corpus disappeared during the build (" + vanished.get(0)
          + " …); nothing was committed, the index is as it was; run `index` again");
    }
    BuildResult result = articlesRead.get() == 0 ? null : builder.commit();
    List<Problem> inFileOrder = new ArrayList<>(skipped);
    inFileOrder.sort(java.util.Comparator.comparing(Problem::file));
    return new Outcome(result, files.size(), articlesRead.get(), inFileOrder);
  }

  private int indexFile(Path file, IndexBuilder builder, List<Problem> skipped, List<String> vanished) {
    String name = corpus.displayName(file);
    int read = 0;
    try {
      ArticleBatch batch = corpus.read(file);
      batch.warnings().forEach(warning -> onProblem.accept(new Problem(name, warning)));
      for (Article article : batch.articles()) {
        read += index(article, builder, name, skipped);
      }
    } catch (InvalidArticleException | UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        vanished.add(name);
      }
      skip(new Problem(name, e.getMessage()), skipped);
      builder.keep(corpus.articleId(file));
    }
    return read;
  }

  private int index(Article article, IndexBuilder builder, String file, List<Problem> skipped) {
    if (builder.isUnchanged(article)) {
      builder.keep(article.id());
      return 1;
    }
    try {
      builder.add(article, finder.find(article));
      return 1;
    } catch (IllegalArgumentException duplicate) {
      skip(new Problem(file, duplicate.getMessage()), skipped);
      return 0;
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
        throw failure; // e.g. the index folder became unwritable: the build stops, nothing is committed
      }
      throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
    }
  }

  private void skip(Problem problem, List<Problem> skipped) {
    skipped.add(problem);
    onProblem.accept(problem);
  }
}
