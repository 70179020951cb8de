package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.util.List;

/**
 * Times the quote finder alone over articles already read into memory ({@link TimedPasses}):
 * reading files and starting the JVM dominate a run of the {@code quotes} command.
 */
public final class QuoteFinderBenchmark {

  /** What a pass found: quotations, and how many of them have a speaker. */
  public record Found(long quotations, long withSpeaker) {}

  private QuoteFinderBenchmark() {}

  /** Runs {@code warmup} untimed passes, then {@code passes} timed ones, over {@code articles}. */
  public static TimedPasses<Found> run(List<Article> articles, int warmup, int passes) {
    QuoteFinder finder = new QuoteFinder();
    return TimedPasses.run(warmup, passes, () -> pass(finder, articles));
  }

  private static Found pass(QuoteFinder finder, List<Article> articles) {
    long quotations = 0;
    long withSpeaker = 0;
    for (Article article : articles) {
      for (Quote quote : finder.find(article)) {
        quotations++;
        withSpeaker += quote.speaker().isEmpty() ? 0 : 1;
      }
    }
    return new Found(quotations, withSpeaker);
  }
}
