package dev.verbatim.quotes;

import java.util.Locale;

/**
 * A word or punctuation mark of a paragraph.
 *
 * @param text the characters as written
 * @param lowerCase the text in lower case
 * @param key the word without a possessive {@code 's} and lower-cased, for look-ups in word lists
 * @param start offset in the paragraph
 * @param end offset just past it
 * @param kind what sort of token it is
 * @param quote index of the quotation it belongs to (text or marks), or -1 outside quotations
 * @param sentenceStart true when it is the first token of a sentence
 * @param capitalised true for a word starting with an upper-case letter
 */
record Token(
    String text,
    String lowerCase,
    String key,
    int start,
    int end,
    Kind kind,
    int quote,
    boolean sentenceStart,
    boolean capitalised) {

  enum Kind {
    WORD,
    PUNCTUATION,
    URL
  }

  /**
   * A token with its lower-case forms and capital made once: the attribution rules look a token up
   * in word lists many times over (made on every look-up, they were 11% of the quote finder's
   * time), and ask whether it is capitalised more often still.
   */
  @SuppressWarnings(
      "ReferenceEquality") // stripPossessive returns the same string when there is nothing to strip
  static Token of(String text, int start, int end, Kind kind, int quote, boolean sentenceStart) {
    if (kind == Kind.PUNCTUATION) {
      return new Token(
          text,
          text,
          text,
          start,
          end,
          kind,
          quote,
          sentenceStart,
          false); // no case, no possessive
    }
    String lowerCase = text.toLowerCase(Locale.ROOT);
    String word = Lexicon.stripPossessive(text);
    String key = word == text ? lowerCase : word.toLowerCase(Locale.ROOT);
    boolean capitalised = kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    return new Token(text, lowerCase, key, start, end, kind, quote, sentenceStart, capitalised);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isOutsideQuotes() {
    return quote < 0;
  }

  boolean is(String punctuation) {
    return kind == Kind.PUNCTUATION && text.equals(punctuation);
  }

  /**
   * True for "Musk’s": {@link #of} made {@code key} without the possessive, a string other than
   * {@code lowerCase}.
   */
  @SuppressWarnings("ReferenceEquality")
  boolean isPossessive() {
    return key != lowerCase;
  }
}
