package dev.verbatim.quotes;

import java.util.Locale;

/**
 * A word or punctuation mark of a paragraph. The attribution rules look a token up in word lists
 * many times over, so its lower-case forms are made once, on first use.
 */
final class Token {

  enum Kind { WORD, PUNCTUATION, URL }

  private final String text;
  private final int start;
  private final int end;
  private final Kind kind;
  private final int quote;
  private final boolean sentenceStart;
  private String lowerCase;
  private String key;

  /**
   * @param text the characters as written
   * @param start offset in the paragraph
   * @param end offset just past it
   * @param kind what sort of token it is
   * @param quote index of the quotation it belongs to (text or marks), or -1 outside quotations
   * @param sentenceStart true when it is the first token of a sentence
   */
  Token(String text, int start, int end, Kind kind, int quote, boolean sentenceStart) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.quote = quote;
    this.sentenceStart = sentenceStart;
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  Kind kind() {
    return kind;
  }

  int quote() {
    return quote;
  }

  boolean sentenceStart() {
    return sentenceStart;
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

  /** True for a word starting with an upper-case letter. */
  boolean isCapitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** The text in lower case. */
  String lowerCase() {
    if (lowerCase == null) {
      lowerCase = text.toLowerCase(Locale.ROOT);
    }
    return lowerCase;
  }

  /** The word without a possessive {@code 's} and lower-cased, for look-ups in word lists. */
  String key() {
    if (key == null) {
      String word = Lexicon.stripPossessive(text);
      key = word == text ? lowerCase() : word.toLowerCase(Locale.ROOT);
    }
    return key;
  }

  boolean isPossessive() {
    return kind == Kind.WORD && Lexicon.stripPossessive(text) != text;
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
