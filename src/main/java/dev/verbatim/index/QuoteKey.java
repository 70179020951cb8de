package dev.verbatim.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The grouping key of a quotation: the same words give the same key, whatever their case, accents,
 * punctuation, spacing or apostrophe style ({@code Don’t stop.} = {@code don't stop}).
 */
final class QuoteKey {

  private QuoteKey() {}

  static String of(String quotation) {
    String folded = Normalizer.normalize(quotation, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("['’‘ʼ]", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    return Hashing.sha256(folded).substring(0, 32);
  }
}
