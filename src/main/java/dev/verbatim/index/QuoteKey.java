package dev.verbatim.index;

import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The grouping key of a quotation: the same words give the same key, whatever their case, accents,
 * punctuation, spacing or apostrophe style ({@code Don’t stop.} = {@code don't stop}).
 */
final class QuoteKey {

  private QuoteKey() {}

  static String of(String quotation) {
    String decomposed = Normalizer.normalize(quotation, Normalizer.Form.NFKD);
    StringBuilder words = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '‘' || c == 'ʼ') {
        continue; // accents and apostrophes: "café" = "cafe", "don’t" = "dont"
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        words.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return Hashing.sha256(words.toString()).substring(0, 32);
  }

  /** The first 64 bits of a key: a collision among a corpus's quotations is vanishingly unlikely. */
  static long asLong(String key) {
    return HexFormat.fromHexDigitsToLong(key, 0, 16);
  }
}
