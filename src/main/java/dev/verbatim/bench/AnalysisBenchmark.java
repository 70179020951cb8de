package dev.verbatim.bench;

import dev.verbatim.lucene.Schema;
import dev.verbatim.lucene.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Times the analysis documents are written with ({@link TextAnalysis#forIndex()}) alone, over texts
 * already in memory ({@link TimedPasses}): a fifth of a build's time goes to it, too little to see
 * a change in through a whole build's noise.
 */
public final class AnalysisBenchmark {

  private AnalysisBenchmark() {}

  /**
   * Runs {@code warmup} untimed passes, then {@code passes} timed ones, over {@code texts}, with
   * one analyzer, as one indexing thread uses it; a pass counts the terms it gave.
   */
  public static TimedPasses<Long> run(List<String> texts, int warmup, int passes) {
    try (Analyzer analyzer = TextAnalysis.forIndex()) {
      return TimedPasses.run(warmup, passes, () -> pass(analyzer, texts));
    }
  }

  private static long pass(Analyzer analyzer, List<String> texts) {
    long terms = 0;
    for (String text : texts) {
      try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, text)) {
        stream.reset();
        while (stream.incrementToken()) {
          terms++;
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysing a string reads no file
      }
    }
    return terms;
  }
}
