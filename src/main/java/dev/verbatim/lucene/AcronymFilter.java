package dev.verbatim.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Acronyms as one term marked with an underscore: a token of 2-5 capitals ({@code NATO}) or of 2-4
 * single letters with dots ({@code U.S}) becomes its letters and the marker ({@code NATO_}, {@code
 * US_}). For writing, the plain word follows at the same position ({@code NATO}), so a search in
 * lower case still finds it. The Solr configset does the same with a pattern replaced and, for
 * writing, a pattern captured beside it.
 */
final class AcronymFilter extends TokenFilter {

  private static final char MARKER = '_';

  private final boolean plainWordBeside;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private State acronym;

  AcronymFilter(TokenStream input, boolean plainWordBeside) {
    super(input);
    this.plainWordBeside = plainWordBeside;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (acronym != null) {
      restoreState(acronym);
      acronym = null;
      term.setLength(term.length() - 1);
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (markAcronym() && plainWordBeside) {
      acronym = captureState();
    }
    return true;
  }

  /** Rewrites the term as a marked acronym if it is one. */
  private boolean markAcronym() {
    char[] chars = term.buffer();
    int length = term.length();
    int capitals = capitals(chars, length);
    if (capitals >= 2 && capitals <= 5) {
      term.append(MARKER);
      return true;
    }
    StringBuilder letters = dottedLetters(chars, length);
    if (letters == null) {
      return false;
    }
    term.setEmpty().append(letters).append(MARKER);
    return true;
  }

  /** How many letters, when the term is capital letters only; 0 otherwise. */
  private static int capitals(char[] chars, int length) {
    int count = 0;
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(chars, i, length);
      if (Character.getType(c) != Character.UPPERCASE_LETTER || ++count > 5) {
        return 0;
      }
      i += Character.charCount(c);
    }
    return count;
  }

  /**
   * The letters of a term of 2-4 single letters, each but the last followed by a dot, the last
   * optionally; null for any other term.
   */
  private static StringBuilder dottedLetters(char[] chars, int length) {
    if (length < 3) {
      return null;
    }
    int first = Character.charCount(Character.codePointAt(chars, 0, length));
    if (first >= length || chars[first] != '.') {
      return null; // most terms: no builder made for them
    }
    StringBuilder letters = new StringBuilder(4);
    int count = 0;
    int i = 0;
    while (i < length) {
      int c = Character.codePointAt(chars, i, length);
      if (!Character.isLetter(c) || ++count > 4) {
        return null;
      }
      letters.appendCodePoint(c);
      i += Character.charCount(c);
      if (i == length) {
        break;
      }
      if (chars[i] != '.') {
        return null;
      }
      i++;
    }
    return count >= 2 ? letters : null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    acronym = null;
  }
}
