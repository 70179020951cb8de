package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quoted stretches of a paragraph in one pass: curly, straight, guillemet and low-9
 * double marks, and a doubled apostrophe {@code ''} used as a double mark. Single marks ({@code ‘ ’
 * '}) are never top-level delimiters: inside a quotation they are nested quotes, elsewhere
 * apostrophes.
 *
 * <p>Single curly marks {@code ‘ ’} also delimit a quotation outside double marks, as in headlines
 * ({@code Warren to Stumpf: ‘You Should Be Investigated.’}), when the {@code ‘} opens a word and a
 * {@code ’} that is not an apostrophe inside a word closes it. A {@code ”} opening a paragraph
 * opens.
 *
 * <p>A straight {@code "} has no direction of its own: it opens when nothing is open, and otherwise
 * closes, unless it stands between a space and a letter (a new quotation, so the open one never
 * closed). A quotation still open at the end of the paragraph runs to its end.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * The quoted stretches of {@code text}, in order.
   *
   * @param chars the characters of {@code text}
   * @param openAtStart true when the previous paragraph ended inside a quotation; a quotation
   *     opening this paragraph then continues it
   * @param headline true for a headline, where straight single marks delimit quotations too ({@code
   *     A lesson from Loretta Lynch: 'Be the voice that people hear.'})
   */
  static List<QuoteSpan> scan(String text, char[] chars, boolean openAtStart, boolean headline) {
    List<QuoteSpan> spans = new ArrayList<>();
    int open = -1;
    boolean runsOn = false; // the open quotation continues one left unclosed in this paragraph
    for (int i = 0; i < chars.length; i++) {
      int length = markLength(chars, i);
      if (length == 0) {
        continue;
      }
      Direction direction = direction(chars, i, length);
      if (open < 0) {
        if (direction != Direction.CLOSE) {
          open = i;
        }
      } else if (direction != Direction.OPEN) {
        spans.add(
            span(chars, open, i, i, length, runsOn || startsOpen(text, spans, openAtStart, open)));
        open = -1;
        runsOn = false;
      } else if (chars[i] == '“' && chars[open] != '“' && text.indexOf('”', i) > 0) {
        // curly marks inside a straight quotation nest: "PENCE: … an episode of “Shark Tank.” But …
        i = text.indexOf('”', i);
        continue;
      } else if (startsNewQuotation(chars, i, length)) {
        // An opening mark while one is open: the open quotation lacks its closing mark. When it
        // ends a sentence, this is a quotation running on into the next paragraph, printed as one:
        // “… club. “They …
        QuoteSpan unclosed =
            span(chars, open, i, -1, 0, runsOn || startsOpen(text, spans, openAtStart, open));
        spans.add(unclosed);
        open = i;
        runsOn = endsSentence(chars, unclosed);
      }
      i += length - 1;
    }
    if (open >= 0) {
      spans.add(
          span(
              chars,
              open,
              chars.length,
              -1,
              0,
              runsOn || startsOpen(text, spans, openAtStart, open)));
    }
    return withSingleQuoted(text, spans, headline);
  }

  /**
   * Adds the closed ‘single-quoted’ stretches that lie outside every double-quoted one, in order.
   */
  private static List<QuoteSpan> withSingleQuoted(
      String text, List<QuoteSpan> doubles, boolean straightToo) {
    if (text.indexOf('‘') < 0 && !(straightToo && text.indexOf('\'') >= 0)) {
      return doubles; // nothing can open a single-quoted stretch
    }
    List<QuoteSpan> all = new ArrayList<>(doubles);
    int open = -1;
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      while (next < doubles.size() && doubles.get(next).after() <= i) {
        next++;
      }
      boolean insideDouble = next < doubles.size() && doubles.get(next).open() <= i;
      char c = text.charAt(i);
      if (insideDouble) {
        open = -1;
      } else if ((c == '‘' || straightToo && c == '\'' && open < 0)
          && (i == 0 || isOpeningContext(text.charAt(i - 1)))
          && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))) {
        open = i;
      } else if ((c == '’' || straightToo && c == '\'')
          && open >= 0
          && i > open + 1
          && (i + 1 == text.length() || !Tokenizer.isLetterOrDigit(text.charAt(i + 1)))) {
        all.add(new QuoteSpan(open, open + 1, i, i, 1, false));
        open = -1;
      }
    }
    if (all.size() > doubles.size()) {
      all.sort(Comparator.comparingInt(QuoteSpan::open));
    }
    return all;
  }

  /**
   * True for the first quotation of a paragraph that opens inside one left open by the previous
   * paragraph.
   */
  private static boolean startsOpen(
      String text, List<QuoteSpan> before, boolean openAtStart, int open) {
    return before.isEmpty() && openAtStart && text.substring(0, open).isBlank();
  }

  private static QuoteSpan span(
      char[] chars, int open, int end, int close, int closeLength, boolean continues) {
    int start = open + markLength(chars, open);
    while (start < end && Tokenizer.isSpace(chars[start])) {
      start++; // "” He embodies …": the words start after the space
    }
    int trimmedEnd = end;
    while (trimmedEnd > start && Tokenizer.isSpace(chars[trimmedEnd - 1])) {
      trimmedEnd--;
    }
    return new QuoteSpan(open, start, trimmedEnd, close, closeLength, continues);
  }

  private enum Direction {
    OPEN,
    CLOSE,
    EITHER
  }

  /** 1 or 2 when a double quotation mark starts at {@code i}, else 0. */
  private static int markLength(char[] chars, int i) {
    return switch (chars[i]) {
      case '"', '“', '”', '„', '«', '»' -> 1;
      case '\'' -> i + 1 < chars.length && chars[i + 1] == '\'' ? 2 : 0;
      default -> 0;
    };
  }

  private static Direction direction(char[] chars, int i, int length) {
    char c = chars[i];
    if (c == '“' || c == '„' || c == '«') {
      return Direction.OPEN;
    }
    if (c == '”' || c == '»') {
      return i == 0 ? Direction.OPEN : Direction.CLOSE; // a paragraph cannot start by closing
    }
    boolean spaceBefore = i == 0 || isOpeningContext(chars[i - 1]);
    boolean textAfter = i + length < chars.length && !Tokenizer.isSpace(chars[i + length]);
    if (spaceBefore && textAfter) {
      return Direction.OPEN;
    }
    return spaceBefore || !textAfter ? Direction.CLOSE : Direction.EITHER;
  }

  private static boolean endsSentence(char[] chars, QuoteSpan span) {
    return span.end() > span.start() && ".!?…".indexOf(chars[span.end() - 1]) >= 0;
  }

  private static boolean startsNewQuotation(char[] chars, int i, int length) {
    return i + length < chars.length && Tokenizer.isLetterOrDigit(chars[i + length]);
  }

  private static boolean isOpeningContext(char before) {
    return Tokenizer.isSpace(before) || "([{—–-/:".indexOf(before) >= 0;
  }
}
