package dev.verbatim.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Times one index build by the wall clock and by the CPU time of the whole process (indexing
 * threads, merges, the JIT compiler and the garbage collector), read together at the start and at
 * the end. CPU time varies less than wall time on a shared machine and shows how much of the
 * machine a build used. The JIT compiler's time over the span tells whether the JVM had settled: a
 * build that shares the cores with the compiler measures the compiler too.
 */
public final class BuildClock {

  private static final OperatingSystemMXBean SYSTEM =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

  private final long startNanos = System.nanoTime();
  private final long startCpuNanos = SYSTEM.getProcessCpuTime();
  private final long startCompileMillis = compileMillis();

  /** The CPU time the whole process has used so far. */
  static long processCpuNanos() {
    return SYSTEM.getProcessCpuTime();
  }

  /** The build {@code name} that started with this clock and has just committed. */
  public IndexRunResult stop(
      String name, long articles, long paragraphs, long textBytes, long indexBytes) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double cpuSeconds = (SYSTEM.getProcessCpuTime() - startCpuNanos) / 1e9;
    double compileSeconds = (compileMillis() - startCompileMillis) / 1e3;
    return new IndexRunResult(
        name, articles, paragraphs, textBytes, seconds, cpuSeconds, compileSeconds, indexBytes);
  }

  /** The compiler threads' time so far, or 0 on a JVM that does not say. */
  private static long compileMillis() {
    return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
        ? COMPILER.getTotalCompilationTime()
        : 0;
  }
}
