package dev.verbatim.index;

import java.text.Normalizer;

/**
 * The grouping key of a quotation: the same words give the same key, whatever their case, accents,
 * punctuation, spacing or apostrophe style ({@code Don’t stop.} = {@code don't stop}). A 64-bit
 * hash: among a million different quotations the chance of any two sharing a key is about one in
 * thirty million.
 */
public final class QuoteKey {

  /** What {@link #kept} gives for an accent or apostrophe, and for anything between words. */
  private static final char SKIPPED = '\uFFFF';

  private static final char GAP = ' ';

  private QuoteKey() {}

  public static long of(String quotation) {
    String decomposed =
        isAscii(quotation) ? quotation : Normalizer.normalize(quotation, Normalizer.Form.NFKD);
    char[] words = new char[decomposed.length()];
    int length = 0;
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      char kept = kept(c);
      if (kept == SKIPPED) {
        continue; // accents and apostrophes: "café" = "cafe", "don’t" = "dont"
      }
      if (kept == GAP) {
        gap = true;
        continue;
      }
      if (gap && length > 0) {
        words[length++] = ' ';
      }
      words[length++] = kept;
      gap = false;
    }
    return Hashing.sha256Long(new String(words, 0, length));
  }

  /**
   * What character {@code c} of a quotation's decomposed form gives its key: {@link #SKIPPED}, a
   * {@link #GAP} between words, or a letter or digit in lower case. ASCII, most of any quotation,
   * is decided without the Unicode tables.
   */
  private static char kept(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        return c;
      }
      if (c >= 'A' && c <= 'Z') {
        return (char) (c + ('a' - 'A'));
      }
      return c == '\'' ? SKIPPED : GAP;
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK || c == '’' || c == '‘' || c == 'ʼ') {
      return SKIPPED;
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : GAP;
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
