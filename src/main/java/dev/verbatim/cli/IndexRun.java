package dev.verbatim.cli;

import dev.verbatim.corpus.Corpus;
import dev.verbatim.index.BuildResult;
import dev.verbatim.index.IndexBuild;
import dev.verbatim.index.IndexSink;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.quotes.QuoteFinder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One build of the index from a corpus folder, with progress, warnings and a summary: what {@code
 * index} runs.
 */
final class IndexRun {

  private static final int SKIPPED_SHOWN = 20;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  IndexRun(PrintWriter out, PrintWriter err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Builds or updates the index in {@code indexFolder}; returns the exit code (0 when articles were
   * indexed).
   */
  int run(Path corpusFolder, Path indexFolder, boolean full) {
    return run(corpusFolder, indexFolder, full, () -> {});
  }

  /**
   * Builds or updates the index in {@code indexFolder}, calling {@code whenSearchable} once the
   * build is committed, before a full build's merge; returns the exit code.
   */
  int run(Path corpusFolder, Path indexFolder, boolean full, Runnable whenSearchable) {
    return run(
        corpusFolder,
        () -> LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, full, clock),
        IndexBuild.Part.ALL,
        whenSearchable);
  }

  /**
   * Builds or updates {@code part} of the index that {@code sink} opens; returns the exit code (0
   * when articles were indexed).
   */
  int run(Path corpusFolder, Supplier<IndexSink> sink, IndexBuild.Part part) {
    return run(corpusFolder, sink, part, () -> {});
  }

  private int run(
      Path corpusFolder, Supplier<IndexSink> sink, IndexBuild.Part part, Runnable whenSearchable) {
    long started = System.nanoTime();
    try (IndexSink opened = sink.get()) {
      IndexBuild.Outcome outcome = build(corpusFolder, opened, part, true);
      double seconds = (System.nanoTime() - started) / 1e9;
      printSkipped(outcome.skipped());
      if (outcome.result() == null) {
        err.printf(
            "error: no usable article in %s (%d files, %d skipped); the index was left as it was%n",
            corpusFolder, outcome.files(), outcome.skipped().size());
        err.flush();
        return Main.EXIT_FAILURE;
      }
      BuildResult result = outcome.result();
      out.println(
          String.format(
              Locale.ROOT,
              "Indexed %,d articles (%,d written, %,d unchanged, %,d removed%s): %,d paragraphs, %,d quotes; %,d files skipped; %.1f s, %.1f articles/s",
              result.articles(),
              result.written(),
              result.unchanged(),
              result.removed(),
              result.fullRebuild() ? ", full rebuild" : "",
              result.paragraphs(),
              result.quotes(),
              outcome.skipped().size(),
              seconds,
              outcome.articlesRead() / seconds));
      out.flush();
      whenSearchable.run();
      if (result.fullRebuild()) {
        compact(opened);
      }
      return 0;
    }
  }

  private void compact(IndexSink sink) {
    out.println(
        "Merging the index into one segment for faster searches; it is searchable meanwhile …");
    out.flush();
    long started = System.nanoTime();
    sink.compact();
    out.printf(Locale.ROOT, "Merged in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    out.flush();
  }

  /**
   * The build itself: every corpus file through the quote finder into one commit, warnings to the
   * error stream, and progress there too when {@code showProgress} (a bar on a terminal, a line
   * every 5 s otherwise). The benchmark times this same method without progress.
   */
  IndexBuild.Outcome build(
      Path corpusFolder, IndexSink sink, IndexBuild.Part part, boolean showProgress) {
    Corpus corpus = new Corpus(corpusFolder);
    List<Path> files = corpus.files();
    IndexBuild build =
        new IndexBuild(
            corpus,
            new QuoteFinder(),
            problem -> err.println("warning: " + problem.file() + ": " + problem.reason()),
            part);
    try (Progress progress = progress(showProgress, files.size())) {
      return build.run(
          files,
          sink,
          () -> {
            synchronized (progress) {
              progress.step();
            }
          });
    }
  }

  private Progress progress(boolean show, long total) {
    if (!show) {
      return Progress.none();
    }
    return Terminal.isInteractive()
        ? Progress.bar("Indexing", total, System.err)
        : Progress.lines("indexing", total, err, clock, Duration.ofSeconds(5));
  }

  private void printSkipped(List<IndexBuild.Problem> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    err.printf("Skipped %d file%s:%n", skipped.size(), skipped.size() == 1 ? "" : "s");
    skipped.stream()
        .limit(SKIPPED_SHOWN)
        .forEach(problem -> err.println("  " + problem.file() + ": " + problem.reason()));
    if (skipped.size() > SKIPPED_SHOWN) {
      err.printf("  … and %d more (see the warnings above)%n", skipped.size() - SKIPPED_SHOWN);
    }
    err.flush();
  }
}
