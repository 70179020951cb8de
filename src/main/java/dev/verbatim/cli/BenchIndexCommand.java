package dev.verbatim.cli;

import dev.verbatim.bench.BareLuceneIndexer;
import dev.verbatim.bench.BuildClock;
import dev.verbatim.bench.IndexRunResult;
import dev.verbatim.bench.PairedBuilds;
import dev.verbatim.bench.WarmUp;
import dev.verbatim.index.IndexBuild;
import dev.verbatim.index.IndexSink;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.quotes.QuoteFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench index}: indexes a generated corpus with the real pipeline (reading, quote
 * finding, our schema, one commit) and with bare Lucene, alternately, and prints each round as it
 * ends, then both builds' medians and the ratio.
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
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Untimed rounds first, at least (default: ${DEFAULT-VALUE}); more follow, up to --max-warmup, while the JIT compiler took 5%% or more of the last verbatim build's CPU. 0 times from the first round.")
  int warmup;

  @Option(
      names = "--max-warmup",
      paramLabel = "N",
      defaultValue = "12",
      description =
          "The most untimed rounds, settled or not (default: ${DEFAULT-VALUE}); the same as --warmup for a fixed number.")
  int maxWarmup;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Timed rounds, bare Lucene then verbatim in each; each build's median is reported, and the ratio is the median of the rounds' own ratios (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    if (rounds < 1 || warmup < 0 || maxWarmup < warmup) { // before anything is built
      throw new ParameterException(
          spec.commandLine(),
          "--rounds must be at least 1, --warmup at least 0 and --max-warmup at least --warmup");
    }
    PrintWriter out = spec.commandLine().getOut();
    WarmUp warmUp = new WarmUp(warmup, maxWarmup);
    while (warmUp.wantsAnother()) {
      List<IndexRunResult> builds = round();
      warmUp.ended(builds.get(1));
      printRound(out, "warm-up " + warmUp.rounds(), builds);
    }
    List<List<IndexRunResult>> timed = new ArrayList<>(); // per round: bare, searchable, merged
    while (timed.size() < rounds) {
      timed.add(round());
      printRound(out, "timed " + timed.size(), timed.get(timed.size() - 1));
    }
    List<IndexRunResult> results =
        IntStream.range(0, 3).mapToObj(build -> median(timed, build)).toList();
    for (IndexRunResult result : results) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-17s %,9d articles %,10d paragraphs %8.1f MB text  %7.1f s (CPU %6.1f s, JIT %5.1f s)  %,9.0f articles/s  %6.2f MB/s  index %5.2f× text",
              result.name(),
              result.articles(),
              result.paragraphs(),
              result.textBytes() / 1e6,
              result.seconds(),
              result.cpuSeconds(),
              result.compileSeconds(),
              result.articlesPerSecond(),
              result.megabytesPerSecond(),
              result.sizeRatio()));
    }
    IndexRunResult bare = results.get(0);
    IndexRunResult searchable = results.get(1);
    IndexRunResult merged = results.get(2);
    out.println(
        String.format(
            Locale.ROOT,
            "ratio             verbatim / bare Lucene throughput = %.2f searchable, %.2f merged (median of %d rounds' own ratios, after %d warm-up rounds%s; %d cores, generated corpus); CPU time verbatim / bare = %.2f, %.2f",
            medianRatio(timed, 1),
            medianRatio(timed, 2),
            rounds,
            warmUp.rounds(),
            warmUp.rounds() == 0
                ? ""
                : warmUp.settled()
                    ? ", the JIT compiler settled"
                    : ", the JIT compiler not settled",
            Runtime.getRuntime().availableProcessors(),
            searchable.cpuSeconds() / bare.cpuSeconds(),
            merged.cpuSeconds() / bare.cpuSeconds()));
    out.flush();
    return 0;
  }

  /** Bare Lucene, then the real pipeline: the builds of one round, timed. */
  private List<IndexRunResult> round() {
    IndexRunResult bare = BareLuceneIndexer.run(corpus, PairedBuilds.emptied(work.resolve("bare")));
    List<IndexRunResult> builds = new ArrayList<>(List.of(bare));
    builds.addAll(verbatim(PairedBuilds.emptied(work.resolve("verbatim")), bare.textBytes()));
    return builds;
  }

  private static void printRound(PrintWriter out, String round, List<IndexRunResult> builds) {
    IndexRunResult bare = builds.get(0);
    IndexRunResult searchable = builds.get(1);
    out.println(
        String.format(
            Locale.ROOT,
            "%-11s bare Lucene %5.2f s  verbatim %5.2f s (CPU %5.1f s, JIT %4.2f s)  ratio %.2f",
            round,
            bare.seconds(),
            searchable.seconds(),
            searchable.cpuSeconds(),
            searchable.compileSeconds(),
            bare.seconds() / searchable.seconds()));
    out.flush(); // a round takes seconds to minutes: show each as it ends
  }

  /**
   * The real pipeline, exactly as `index --full` runs it, minus the progress display: timed at its
   * commit, when searches see it, and again once {@link IndexSink#compact()} has merged it.
   */
  private List<IndexRunResult> verbatim(Path index, long textBytes) {
    BuildClock clock = new BuildClock();
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    try (IndexSink sink =
        LuceneIndex.open(index, QuoteFinder.RULES_VERSION, true, Clock.systemUTC())) {
      IndexBuild.Outcome outcome =
          new IndexRun(silent, silent, Clock.systemUTC())
              .build(corpus, sink, IndexBuild.Part.ALL, false);
      IndexRunResult searchable = result(clock, "verbatim", outcome, textBytes, index);
      sink.compact();
      return List.of(searchable, result(clock, "verbatim, merged", outcome, textBytes, index));
    }
  }

  /**
   * The run of {@code build} (0 bare, 1 searchable, 2 merged) with the median time over the timed
   * rounds: the machine's speed drifts between rounds, and one slow round would move a mean.
   */
  private static IndexRunResult median(List<List<IndexRunResult>> rounds, int build) {
    List<IndexRunResult> runs =
        rounds.stream()
            .map(round -> round.get(build))
            .sorted(Comparator.comparingDouble(IndexRunResult::seconds))
            .toList();
    return runs.get(runs.size() / 2);
  }

  /**
   * The median over the timed rounds of bare Lucene's time over {@code build}'s in the same round:
   * the two builds of a round ran minutes apart at most, so the machine's drift between rounds
   * cancels out.
   */
  private static double medianRatio(List<List<IndexRunResult>> rounds, int build) {
    double[] ratios =
        rounds.stream()
            .mapToDouble(round -> round.get(0).seconds() / round.get(build).seconds())
            .sorted()
            .toArray();
    return ratios[ratios.length / 2];
  }

  private static IndexRunResult result(
      BuildClock clock, String name, IndexBuild.Outcome outcome, long textBytes, Path index) {
    return clock.stop(
        name,
        outcome.result().articles(),
        outcome.result().paragraphs(),
        textBytes,
        BareLuceneIndexer.folderSize(index));
  }
}
