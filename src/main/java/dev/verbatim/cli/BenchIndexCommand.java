package dev.verbatim.cli;

import dev.verbatim.bench.BareLuceneIndexer;
import dev.verbatim.bench.BuildClock;
import dev.verbatim.bench.IndexRunResult;
import dev.verbatim.index.IndexBuild;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.quotes.QuoteFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench index}: indexes a generated corpus with the real pipeline (reading, quote
 * finding, our schema, one commit) and with bare Lucene, alternately, and prints both and the
 * ratio.
 */
@Command(
    name = "index",
    description =
        "Measures indexing throughput: the real index pipeline against a bare-Lucene baseline.")
final class BenchIndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description = "A corpus written by `bench generate`.")
  Path corpus;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      required = true,
      description = "Scratch folder for the two indexes.")
  Path work;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Alternating rounds; the last one is reported, earlier ones warm the JVM (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    IndexRunResult bare = null;
    IndexRunResult verbatim = null;
    for (int round = 1; round <= rounds; round++) {
      bare = BareLuceneIndexer.run(corpus, clean(work.resolve("bare")));
      verbatim = verbatim(clean(work.resolve("verbatim")), bare.textBytes());
    }
    for (IndexRunResult result : List.of(bare, verbatim)) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-12s %,9d articles %,10d paragraphs %8.1f MB text  %7.1f s (CPU %6.1f s)  %,9.0f articles/s  %6.2f MB/s  index %5.2f× text",
              result.name(),
              result.articles(),
              result.paragraphs(),
              result.textBytes() / 1e6,
              result.seconds(),
              result.cpuSeconds(),
              result.articlesPerSecond(),
              result.megabytesPerSecond(),
              result.sizeRatio()));
    }
    out.println(
        String.format(
            Locale.ROOT,
            "ratio        verbatim / bare Lucene throughput = %.2f (%d cores, generated corpus); CPU time verbatim / bare = %.2f",
            verbatim.articlesPerSecond() / bare.articlesPerSecond(),
            Runtime.getRuntime().availableProcessors(),
            verbatim.cpuSeconds() / bare.cpuSeconds()));
    out.flush();
    return 0;
  }

  /** The real pipeline, exactly as `index --full` runs it, minus the progress display. */
  private IndexRunResult verbatim(Path index, long textBytes) {
    BuildClock clock = new BuildClock();
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    IndexBuild.Outcome outcome =
        new IndexRun(silent, silent, Clock.systemUTC())
            .build(
                corpus,
                () -> LuceneIndex.open(index, QuoteFinder.RULES_VERSION, true, Clock.systemUTC()),
                IndexBuild.Part.ALL,
                false);
    return clock.stop(
        "verbatim",
        outcome.result().articles(),
        outcome.result().paragraphs(),
        textBytes,
        BareLuceneIndexer.folderSize(index));
  }

  private static Path clean(Path folder) {
    try {
      if (Files.exists(folder)) {
        try (var files = Files.list(folder)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + folder, e);
    }
  }
}
