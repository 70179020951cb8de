package dev.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One part of the pipeline timed alone over data already in memory: untimed warm-up passes, then
 * timed passes, reported as the median pass by the wall clock and by the CPU time of the thread
 * that runs them. Reading files and starting the JVM are left out.
 *
 * @param warmup how many untimed passes went first
 * @param passNanos the duration of each timed pass
 * @param passCpuNanos the CPU time of each timed pass
 * @param found what the last pass counted
 */
public record TimedPasses<T>(int warmup, long[] passNanos, long[] passCpuNanos, T found) {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Runs {@code warmup} untimed passes, then {@code passes} timed ones. */
  public static <T> TimedPasses<T> run(int warmup, int passes, Supplier<T> pass) {
    for (int i = 0; i < warmup; i++) {
      var unused = pass.get(); // warms the JIT; what it finds is the same every pass
    }
    long[] nanos = new long[passes];
    long[] cpuNanos = new long[passes];
    T found = null;
    for (int i = 0; i < passes; i++) {
      long started = System.nanoTime();
      long startedCpu = THREADS.getCurrentThreadCpuTime();
      found = pass.get();
      cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - startedCpu;
      nanos[i] = System.nanoTime() - started;
    }
    return new TimedPasses<>(warmup, nanos, cpuNanos, found);
  }

  /** How the passes went, for a benchmark's report line: {@code median pass 1.234 s of 15 (…)}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "median pass %.3f s of %d (after %d warm-up; CPU %.3f s)",
        medianSeconds(),
        passNanos.length,
        warmup,
        medianCpuSeconds());
  }

  public double medianSeconds() {
    return median(passNanos);
  }

  /**
   * The median CPU time of a pass: on a shared machine the wall clock also counts the time other
   * work held the core, which varies from run to run far more.
   */
  public double medianCpuSeconds() {
    return median(passCpuNanos);
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e9;
  }
}
