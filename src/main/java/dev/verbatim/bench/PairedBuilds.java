package dev.verbatim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times two builds of Verbatim (two jars, say the code before a change and after) against each
 * other, round by round, the order swapped every round: the machine's speed drifts by half within
 * minutes on a shared host, far more than most changes move a build, and runs of {@code bench
 * index} minutes apart compare the hours, not the code. Each build runs in a JVM of its own ({@link
 * BuildWorker}), idle while the other builds; each round is each build's {@code index --full},
 * timed at its commit (searchable) and after its merge.
 *
 * <p>The rounds are shared among forks, as JMH's are: each fork starts both JVMs afresh and warms
 * them up. One pair of JVMs kept for 24 rounds drifted apart: the candidate was 7–21% slower than
 * the baseline in the first eight rounds and 4–19% faster in most of the rest, while the baseline's
 * builds went from 5.0 to 7.4 s and the candidate's stayed near 6 s. A JVM's compiled code differs
 * from one start to the next, and so does its speed.
 */
public final class PairedBuilds {

  /** One round's times, in seconds, of each build; {@code fork} counts from 1. */
  public record Round(
      int fork,
      boolean warmup,
      double baselineSearchable,
      double candidateSearchable,
      double baselineMerged,
      double candidateMerged,
      double baselineCpu,
      double candidateCpu) {

    /** The candidate's time to searchable over the baseline's: below 1 is faster. */
    public double searchableRatio() {
      return candidateSearchable / baselineSearchable;
    }

    /** The candidate's CPU time over the baseline's, merge included. */
    public double cpuRatio() {
      return candidateCpu / baselineCpu;
    }
  }

  private final List<Path> baselineClassPath;
  private final List<Path> candidateClassPath;

  /**
   * Each build as its class path: a jar with its dependencies inside ({@code target/verbatim.jar}),
   * or the folders and jars a test runs from.
   *
   * @throws IllegalArgumentException when a path is missing
   */
  public PairedBuilds(List<Path> baselineClassPath, List<Path> candidateClassPath) {
    for (Path path : concat(baselineClassPath, candidateClassPath)) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("no jar at " + path);
      }
    }
    this.baselineClassPath = List.copyOf(baselineClassPath);
    this.candidateClassPath = List.copyOf(candidateClassPath);
  }

  /**
   * Runs {@code rounds} timed rounds over {@code corpus}, shared among {@code forks} forks, each
   * fork's after {@code warmup} rounds of its own; every round is given to {@code onRound}.
   *
   * @throws IllegalArgumentException when a class path holds no Verbatim
   * @throws IllegalStateException when a build fails
   */
  public void run(
      Path corpus, Path work, int forks, int warmup, int rounds, Consumer<Round> onRound) {
    for (int fork = 1; fork <= forks; fork++) {
      int timed = rounds / forks + (fork <= rounds % forks ? 1 : 0);
      try (Worker baseline = new Worker(baselineClassPath);
          Worker candidate = new Worker(candidateClassPath)) {
        for (int round = 0; round < warmup + timed; round++) {
          boolean baselineFirst = round % 2 == 0;
          Worker first = baselineFirst ? baseline : candidate;
          Worker second = baselineFirst ? candidate : baseline;
          Times firstTimes =
              first.build(corpus, work.resolve(baselineFirst ? "baseline" : "candidate"));
          Times secondTimes =
              second.build(corpus, work.resolve(baselineFirst ? "candidate" : "baseline"));
          Times before = baselineFirst ? firstTimes : secondTimes;
          Times after = baselineFirst ? secondTimes : firstTimes;
          onRound.accept(
              new Round(
                  fork,
                  round < warmup,
                  before.searchable(),
                  after.searchable(),
                  before.merged(),
                  after.merged(),
                  before.cpu(),
                  after.cpu()));
        }
      }
    }
  }

  private static List<Path> concat(List<Path> first, List<Path> second) {
    List<Path> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  /** Empties a flat folder (an index), creating it if needed; returns it. */
  public static Path emptied(Path folder) {
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
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

  private record Times(double searchable, double merged, double cpu) {}

  /** One build's JVM, running {@link BuildWorker}. */
  private static final class Worker implements AutoCloseable {
    private final Process process;
    private final BufferedReader answers;
    private final PrintWriter commands;

    Worker(List<Path> classPath) {
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.add(BuildWorker.class.getName());
      for (Path path : classPath) {
        command.add(path.toAbsolutePath().toString());
      }
      try {
        process =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start a JVM for " + classPath, e);
      }
      answers =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      commands =
          new PrintWriter(
              new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
      String ready = answer();
      if (!ready.equals("ready")) {
        close();
        throw new IllegalArgumentException(ready.replaceFirst("^failed ", ""));
      }
    }

    Times build(Path corpus, Path index) {
      commands.println("build\t" + corpus.toAbsolutePath() + "\t" + index.toAbsolutePath());
      String[] answer = answer().split(" ", 2);
      if (!answer[0].equals("done")) {
        throw new IllegalStateException(answer.length > 1 ? answer[1] : "the build failed");
      }
      String[] nanos = answer[1].split(" ");
      return new Times(
          Long.parseLong(nanos[0]) / 1e9,
          Long.parseLong(nanos[1]) / 1e9,
          Long.parseLong(nanos[2]) / 1e9);
    }

    private String answer() {
      try {
        String line = answers.readLine();
        if (line == null) {
          throw new IllegalStateException("a build's JVM ended (exit " + process.waitFor() + ")");
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException("lost a build's JVM", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    @Override
    public void close() {
      commands.close(); // the worker ends at the end of its input
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
