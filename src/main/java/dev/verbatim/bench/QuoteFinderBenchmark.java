package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.util.Arrays;
import java.util.List;

/**
 * Times the quote finder alone over articles already read into memory: warm-up passes, then timed
 * passes over every article, reported as the median pass. Reading files and starting the JVM, which
 * dominate a run of the {@code quotes} command, are left out.
 */
public final class QuoteFinderBenchmark {

  /**
   * The timed passes and what the last one found.
   *
   * @param passNanos the duration of each timed pass
   * @param quotations how many quotations a pass finds
   * @param withSpeaker how many of them have a speaker
   */
  public record Result(long[] passNanos, long quotations, long withSpeaker) {

    public double medianSeconds() {
      long[] sorted = passNanos.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2] / 1e9;
    }
  }

  private QuoteFinderBenchmark() {}

  /** Runs {@code warmup} untimed passes, then {@code passes} timed ones, over {@code articles}. */
  public static Result run(List<Article> articles, int warmup, int passes) {
    QuoteFinder finder = new QuoteFinder();
    for (int i = 0; i < warmup; i++) {
      pass(finder, articles);
    }
    long[] nanos = new long[passes];
    long[] found = new long[2];
    for (int i = 0; i < passes; i++) {
      long started = System.nanoTime();
      found = pass(finder, articles);
      nanos[i] = System.nanoTime() - started;
    }
    return new Result(nanos, found[0], found[1]);
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
