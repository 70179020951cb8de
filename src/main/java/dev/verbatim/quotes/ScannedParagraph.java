package dev.verbatim.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * A paragraph with its quotations and tokens, for each quotation the index of the first token of
 * its opening mark and of the last token of its closing mark (-1 when it has no closing mark), and
 * for each token the first token of its sentence.
 */
record ScannedParagraph(
    int index,
    String text,
    List<QuoteSpan> spans,
    List<Token> tokens,
    int[] opens,
    int[] closes,
    int[] sentenceStarts) {

  /**
   * Scans a paragraph; {@code index} 0 is the headline, whose straight single marks count as
   * quotation marks.
   */
  static ScannedParagraph scan(int index, String text, boolean openAtStart) {
    // Both passes read an array: String.charAt's checks of the string's encoding, on every
    // character of every paragraph, cost a tenth of the quote finder's time.
    char[] chars = text.toCharArray();
    List<QuoteSpan> spans = QuoteMarks.scan(text, chars, openAtStart, index == 0);
    List<Token> tokens = Tokenizer.tokenize(text, chars, spans);
    int[] opens = new int[spans.size()];
    int[] closes = new int[spans.size()];
    Arrays.fill(opens, -1);
    Arrays.fill(closes, -1);
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (token.quote() >= 0) {
        QuoteSpan span = spans.get(token.quote());
        if (token.start() == span.open()) {
          opens[token.quote()] = t;
        } else if (span.closed() && token.start() >= span.close()) {
          closes[token.quote()] = t; // the last token of the mark: a doubled apostrophe '' is two
        }
      }
    }
    int[] sentenceStarts = new int[tokens.size()];
    for (int t = 0; t < sentenceStarts.length; t++) {
      sentenceStarts[t] = t == 0 || tokens.get(t).sentenceStart() ? t : sentenceStarts[t - 1];
    }
    return new ScannedParagraph(index, text, spans, tokens, opens, closes, sentenceStarts);
  }

  /**
   * The first token of the sentence that token {@code i} is in, across quotations in it. Worked out
   * for the whole paragraph when it is scanned: the rules ask it many times per quotation, and a
   * scan back each time would be quadratic in a sentence's length.
   */
  int sentenceOf(int i) {
    return sentenceStarts[i];
  }

  /** True when the paragraph ends inside a quotation that has no closing mark. */
  boolean endsOpen() {
    return !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
  }

  /** The most words a nickname in quotation marks has: Robert C. "Bobby" Scott. */
  private static final int NICKNAME_WORDS = 2;

  /**
   * True when quotation {@code k} is a nickname inside a name: one or two capitalised words between
   * capitalised words, as in Marcia "Cia" Price or Earvin "Magic" Johnson.
   */
  boolean isNickname(int k) {
    int open = opens[k];
    int close = closes[k];
    if (open < 1
        || close < 0
        || close + 1 >= tokens.size()
        || close - open - 1 < 1
        || close - open - 1 > NICKNAME_WORDS) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (!tokens.get(i).capitalised()) {
        return false;
      }
    }
    return tokens.get(open - 1).capitalised() && tokens.get(close + 1).capitalised();
  }

  String quotedText(int k) {
    QuoteSpan span = spans.get(k);
    return text.substring(span.start(), span.end());
  }
}
