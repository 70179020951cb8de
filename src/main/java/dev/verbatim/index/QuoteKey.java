package dev.verbatim.index;

import java.text.Normalizer;

/**
 * The grouping key of a quotation: the same words give the same key, whatever their case, accents,
 * punctuation, spacing or apostrophe style ({@code Don’t stop.} = {@code don't stop}). A 64-bit
 * hash: among a million different quotations the chance of any two sharing a key is about one in
 * thirty million.
 */
public final class QuoteKey {

  private QuoteKey() {}

  public static long of(String quotation) {
    String decomposed =
        isAscii(quotation) ? quotation : Normalizer.normalize(quotation, Normalizer.Form.NFKD);
    StringBuilder words = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || c == '\''
          || c == '’'
          || c == '‘'
          || c == 'ʼ') {
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
    return Hashing.sha256Long(words.toString());
  }

  /** ASCII text is its own NFKD form, and most quotations are ASCII. */
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
