package dev.verbatim.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops apostrophes from tokens, straight or curly ({@code don’t}, {@code don't} → {@code dont}),
 * in place. A character loop rather than a regular expression: it runs on every token of every
 * field.
 */
final class ApostropheFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ApostropheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (!isApostrophe(c)) {
        buffer[kept++] = c;
      }
    }
    if (kept > 0) {
      term.setLength(
          kept); // a token made only of apostrophes keeps them rather than becoming empty
    }
    return true;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '′' || c == '`';
  }
}
