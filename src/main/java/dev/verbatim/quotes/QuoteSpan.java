package dev.verbatim.quotes;

/**
 * Where one quotation sits in a paragraph.
 *
 * @param open offset of the opening mark
 * @param start offset of the first quoted character
 * @param end offset just past the last quoted character
 * @param close offset of the closing mark, or -1 when the quotation runs to the end of the
 *     paragraph
 * @param markLength length of the closing mark (2 for a doubled apostrophe {@code ''})
 * @param continues true when it continues a quotation left open at the end of the previous
 *     paragraph
 */
record QuoteSpan(int open, int start, int end, int close, int markLength, boolean continues) {

  boolean closed() {
    return close >= 0;
  }

  /** Offset just past the closing mark, or the end of the text when unclosed. */
  int after() {
    return closed() ? close + markLength : end;
  }
}
