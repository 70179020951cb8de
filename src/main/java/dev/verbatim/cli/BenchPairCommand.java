package dev.verbatim.cli;

import dev.verbatim.bench.PairedBuilds;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench pair}: two builds of Verbatim timed against each other, round by round,
 * each in a JVM of its own ({@link PairedBuilds}).
 */
@Command(
    name = "pair",
    description =
        "Compares the indexing of two builds of Verbatim (jars), each in a JVM of its own, round by round, each round's order swapped, the rounds shared among fresh pairs of JVMs: what a change to the pipeline buys, apart from the machine's drift.")
final class BenchPairCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--baseline",
      paramLabel = "JAR",
      required = true,
      description =
          "The build to compare with, e.g. a copy of target/verbatim.jar made before (or a class path).")
  String baseline;

  @Option(
      names = "--candidate",
      paramLabel = "JAR",
      description = "The build to measure (default: this one, the class path it runs from).")
  String candidate;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description = "A corpus, e.g. one written by `bench generate`.")
  Path corpus;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      required = true,
      description = "Scratch folder for the two indexes.")
  Path work;

  @Option(
      names = "--forks",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Fresh pairs of JVMs the rounds are shared among: a JVM's compiled code, and so its speed, differs from one start to the next (default: ${DEFAULT-VALUE}).")
  int forks;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "3",
      description = "Untimed rounds at the start of each fork (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "24",
      description = "Timed rounds in all (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    if (forks < 1 || rounds < forks || warmup < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--forks must be at least 1, --rounds at least --forks and --warmup at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<PairedBuilds.Round> timed = new ArrayList<>();
    try {
      new PairedBuilds(
              classPath(baseline),
              classPath(candidate != null ? candidate : System.getProperty("java.class.path")))
          .run(
              corpus,
              work,
              forks,
              warmup,
              rounds,
              round -> {
                out.println(
                    String.format(
                        Locale.ROOT,
                        "fork %d %-6s searchable %6.2f s → %6.2f s (%.3f)   merged %6.2f s → %6.2f s   CPU %6.2f s → %6.2f s (%.3f)",
                        round.fork(),
                        round.warmup() ? "warmup" : "timed",
                        round.baselineSearchable(),
                        round.candidateSearchable(),
                        round.searchableRatio(),
                        round.baselineMerged(),
                        round.candidateMerged(),
                        round.baselineCpu(),
                        round.candidateCpu(),
                        round.cpuRatio()));
                out.flush();
                if (!round.warmup()) {
                  timed.add(round);
                }
              });
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IllegalStateException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: " + e.getMessage());
      err.flush();
      return Main.EXIT_FAILURE;
    }
    long faster = timed.stream().filter(round -> round.searchableRatio() < 1).count();
    out.println(
        String.format(
            Locale.ROOT,
            "candidate / baseline: time to searchable %.3f, CPU %.3f (medians of %d rounds' own ratios, %d forks; the candidate was faster in %d); %d cores",
            median(timed, PairedBuilds.Round::searchableRatio),
            median(timed, PairedBuilds.Round::cpuRatio),
            timed.size(),
            forks,
            faster,
            Runtime.getRuntime().availableProcessors()));
    out.flush();
    return 0;
  }

  private static List<Path> classPath(String paths) {
    return Arrays.stream(paths.split(File.pathSeparator)).map(Path::of).toList();
  }

  private static double median(
      List<PairedBuilds.Round> rounds, ToDoubleFunction<PairedBuilds.Round> ratio) {
    double[] sorted = rounds.stream().mapToDouble(ratio).sorted().toArray();
    return sorted[sorted.length / 2];
  }
}
