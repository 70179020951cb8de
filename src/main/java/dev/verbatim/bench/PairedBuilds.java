package dev.verbatim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times two builds of Verbatim (two jars, say the code before a change and after) against each
 * other in one JVM, round by round, the order swapped every round: the machine's speed drifts by
 * half within minutes on a shared host, far more than most changes move a build, and runs of {@code
 * bench index} minutes apart compare the hours, not the code. Each jar is loaded with its own class
 * loader, its own Lucene and its own compiled code, and runs its {@code index --full} exactly as a
 * user would, timed at its commit (searchable) and after its merge.
 */
public final class PairedBuilds {

  /** One round's times, in seconds, of each jar's build. */
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

  private final Build baseline;
  private final Build candidate;

  /**
   * Each build's class path: a jar with its dependencies inside ({@code target/verbatim.jar}), or
   * the folders and jars a test runs from.
   *
   * @throws IllegalArgumentException when a path is missing or holds no Verbatim
   */
  public PairedBuilds(List<Path> baselineClassPath, List<Path> candidateClassPath) {
    this.baseline = new Build(baselineClassPath);
    this.candidate = new Build(candidateClassPath);
  }

  /**
   * Runs {@code warmup} then {@code rounds} rounds over {@code corpus}, each given to {@code
   * onRound}.
   */
  public void run(Path corpus, Path work, int warmup, int rounds, Consumer<Round> onRound) {
    for (int round = 0; round < warmup + rounds; round++) {
      boolean baselineFirst = round % 2 == 0;
      Times first =
          (baselineFirst ? baseline : candidate)
              .time(corpus, work.resolve(baselineFirst ? "baseline" : "candidate"));
      Times second =
          (baselineFirst ? candidate : baseline)
              .time(corpus, work.resolve(baselineFirst ? "candidate" : "baseline"));
      Times before = baselineFirst ? first : second;
      Times after = baselineFirst ? second : first;
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

  private record Times(double searchable, double merged, double cpu) {}

  /** One jar's {@code index --full}, reached through its own class loader. */
  private static final class Build {
    private final Constructor<?> indexRun;
    private final Method run;

    Build(List<Path> classPath) {
      try {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
          if (!Files.exists(classPath.get(i))) {
            throw new IllegalArgumentException("no jar at " + classPath.get(i));
          }
          urls[i] = classPath.get(i).toUri().toURL();
        }
        ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName("dev.verbatim.cli.IndexRun", true, loader);
        indexRun = type.getDeclaredConstructor(PrintWriter.class, PrintWriter.class, Clock.class);
        run = type.getDeclaredMethod("run", Path.class, Path.class, boolean.class, Runnable.class);
        indexRun.setAccessible(true);
        run.setAccessible(true);
      } catch (ClassNotFoundException | NoSuchMethodException | MalformedURLException e) {
        throw new IllegalArgumentException(
            classPath + " holds no Verbatim build this benchmark can run: " + e, e);
      }
    }

    Times time(Path corpus, Path index) {
      emptied(index);
      System.gc(); // the other jar's garbage is not this build's to collect
      PrintWriter silent = new PrintWriter(Writer.nullWriter());
      long startCpu = BuildClock.processCpuNanos();
      long start = System.nanoTime();
      long[] searchable = new long[1];
      try {
        Object exit =
            run.invoke(
                indexRun.newInstance(silent, silent, Clock.systemUTC()),
                corpus,
                index,
                true,
                (Runnable) () -> searchable[0] = System.nanoTime());
        if (!Integer.valueOf(0).equals(exit)) {
          throw new IllegalStateException("a build of " + corpus + " failed (exit " + exit + ")");
        }
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("a build of " + corpus + " failed: " + e.getCause(), e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot run a build: " + e, e);
      }
      long end = System.nanoTime();
      return new Times(
          (searchable[0] - start) / 1e9,
          (end - start) / 1e9,
          (BuildClock.processCpuNanos() - startCpu) / 1e9);
    }
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
}
