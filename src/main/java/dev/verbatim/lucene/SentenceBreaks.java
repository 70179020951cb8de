package dev.verbatim.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries as the JDK's sentence instance finds them in news text, found in one pass
 * when the text is set and then looked up: the JDK's rule-based iterator re-scans the text around
 * every offset the highlighter asks about, which took a tenth of a search under a load of different
 * words. A sentence ends after {@code ?} or {@code !}, or after a full stop followed by a space and
 * a capital ({@code U.S. officials} and {@code 3.5 percent} stay whole); closing quotes and
 * brackets, then the spaces, stay with the sentence they end.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  private int[] bounds = {0};
  private int count = 1;

  /** The index in {@link #bounds} of the current boundary. */
  private int at;

  @Override
  public void setText(String newText) {
    text = newText;
    int length = newText.length();
    int[] found = new int[8];
    int size = 1; // found[0] = 0
    for (int i = 0; i < length; ) {
      char c = newText.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        i++;
        continue;
      }
      boolean strong = false; // a question or exclamation mark ends a sentence whatever follows
      int end = i;
      for (char mark = c; isTerminator(mark) || isCloser(mark); mark = charAt(newText, ++end)) {
        strong |= mark == '?' || mark == '!';
      }
      int next = end;
      for (; next < length && isSpace(newText.charAt(next)); next++) {}
      if (next < length && (strong || next > end && startsSentence(newText, next))) {
        if (size == found.length) {
          found = Arrays.copyOf(found, size * 2);
        }
        found[size++] = next;
      }
      i = next;
    }
    if (length > 0) {
      if (size == found.length) {
        found = Arrays.copyOf(found, size + 1);
      }
      found[size++] = length;
    }
    bounds = found;
    count = size;
    at = 0;
  }

  /** The char at {@code index}, or a space past the end. */
  private static char charAt(String text, int index) {
    return index < text.length() ? text.charAt(index) : ' ';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isCloser(char c) {
    return isQuoteOrBracket(c, Character.END_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION);
  }

  private static boolean isOpener(char c) {
    return isQuoteOrBracket(c, Character.START_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION);
  }

  /** A straight quote, which opens and closes, or a bracket or curly quote of the given types. */
  private static boolean isQuoteOrBracket(char c, int bracketType, int quoteType) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == bracketType || type == quoteType;
  }

  /** Whether a sentence starts at {@code from}: opening quotes or brackets, then a capital. */
  private static boolean startsSentence(String text, int from) {
    int i = from;
    for (; i < text.length() && isOpener(text.charAt(i)); i++) {}
    if (i == text.length()) {
      return false;
    }
    int first = text.codePointAt(i);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    setText(chars.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    at = 0;
    return bounds[at];
  }

  @Override
  public int last() {
    at = count - 1;
    return bounds[at];
  }

  @Override
  public int current() {
    return bounds[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int next(int n) {
    return moveTo(at + n);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int index = indexOf(offset);
    return moveTo(index >= 0 ? index + 1 : -index - 1); // the first boundary after offset
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int index = indexOf(offset);
    return moveTo((index >= 0 ? index : -index - 1) - 1); // the last boundary before offset
  }

  /**
   * Makes boundary {@code index} the current one and returns it; past either end, stops at that end
   * and returns {@link #DONE}.
   */
  private int moveTo(int index) {
    if (index < 0 || index >= count) {
      at = index < 0 ? 0 : count - 1;
      return DONE;
    }
    at = index;
    return bounds[at];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int index = indexOf(offset);
    if (index >= 0) {
      at = index;
      return true;
    }
    following(offset);
    return false;
  }

  private int indexOf(int offset) {
    return Arrays.binarySearch(bounds, 0, count, offset);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }
  }
}
