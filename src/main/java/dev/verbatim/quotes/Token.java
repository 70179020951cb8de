package dev.verbatim.quotes;

/**
 * A word or punctuation mark of a paragraph.
 *
 * @param text the characters as written
 * @param start offset in the paragraph
 * @param end offset just past it
 * @param kind what sort of token it is
 * @param quote index of the quotation it belongs to (text or marks), or -1 outside quotations
 * @param sentenceStart true when it is the first token of a sentence
 */
record Token(String text, int start, int end, Kind kind, int quote, boolean sentenceStart) {

  enum Kind { WORD, PUNCTUATION, URL }

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

  /** The word without a possessive {@code 's} and lower-cased, for look-ups in word lists. */
  String key() {
    return Lexicon.stripPossessive(text).toLowerCase(java.util.Locale.ROOT);
  }

  boolean isPossessive() {
    return kind == Kind.WORD && !Lexicon.stripPossessive(text).equals(text);
  }
}
