package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Times the quote finder alone over articles already read into memory: warm-up passes, then timed
 * passes over every article, reported as the median pass by the wall clock and by the CPU time of
 * the thread that runs it. Reading files and starting the JVM, which dominate a run of the {@code
 * quotes} command, are left out.
 */
public final class QuoteFinderBenchmark {

  /**
   * The timed passes and what the last one found.
   *
   * @param passNanos the duration of each timed pass
   * @param quotations how many quotations a pass finds
   * @param withSpeaker how many of them have a speaker
   */
  public record Result(long[] passNanos, long[] passCpuNanos, long quotations, long withSpeaker) {

    public double medianSeconds() {
      return median(passNanos);
    }

    /**
     * The median CPU time of the benchmark's thread in a pass: on a shared machine the wall clock
     * also counts the time other work held the core, which varies from run to run far more.
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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private QuoteFinderBenchmark() {}

  /** Runs {@code warmup} untimed passes, then {@code passes} timed ones, over {@code articles}. */
  public static Result run(List<Article> articles, int warmup, int passes) {
    QuoteFinder finder = new QuoteFinder();
    for (int i = 0; i < warmup; i++) {
      pass(finder, articles);
    }
    long[] nanos = new long[passes];
    long[] cpuNanos = new long[passes];
    long[] found = new long[2];
    for (int i = 0; i < passes; i++) {
      long started = System.nanoTime();
      long startedCpu = THREADS.getCurrentThreadCpuTime();
      found = pass(finder, articles);
      cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - startedCpu;
      nanos[i] = System.nanoTime() - started;
    }
    return new Result(nanos, cpuNanos, found[0], found[1]);
  }

  private static long[] pass(QuoteFinder finder, List<Article> articles) {
    long quotations = 0;
    long withSpeaker = 0;
    for (Article article : articles) {
      for (Quote quote : finder.find(article)) {
        quotations++;
        withSpeaker += quote.speaker().isEmpty() ? 0 : 1;
      }
    }
    return new long[] {quotations, withSpeaker};
  }
}
