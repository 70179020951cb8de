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
 * BuildWorker}), kept for every round so that its compiled code carries over, and idle while the
 * other builds; each round is each build's {@code index --full}, timed at its commit (searchable)
 * and after its merge.
 */
public final class PairedBuilds implements AutoCloseable {

  /** One round's times, in seconds, of each build. */
  public record Round(
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

  private final Worker baseline;
  private final Worker candidate;

  /**
   * Starts a JVM for each build, given as its class path: a jar with its dependencies inside
   * ({@code target/verbatim.jar}), or the folders and jars a test runs from.
   *
   * @throws IllegalArgumentException when a path is missing or holds no Verbatim
   */
  public PairedBuilds(List<Path> baselineClassPath, List<Path> candidateClassPath) {
    this.baseline = new Worker(baselineClassPath);
    Worker started;
    try {
      started = new Worker(candidateClassPath);
    } catch (RuntimeException e) {
      baseline.close();
      throw e;
    }
    this.candidate = started;
  }

  /**
   * Runs {@code warmup} then {@code rounds} rounds over {@code corpus}, each given to {@code
   * onRound}.
   */
  public void run(Path corpus, Path work, int warmup, int rounds, Consumer<Round> onRound) {
    for (int round = 0; round < warmup + rounds; round++) {
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
              round < warmup,
              before.searchable(),
              after.searchable(),
              before.merged(),
              after.merged(),
              before.cpu(),
              after.cpu()));
    }
  }

  @Override
  public void close() {
    baseline.close();
    candidate.close();
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
        if (!Files.exists(path)) {
          throw new IllegalArgumentException("no jar at " + path);
        }
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
