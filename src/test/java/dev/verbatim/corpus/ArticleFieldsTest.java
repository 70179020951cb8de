package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFieldsTest {

  @Test
  void everyRunOfWhiteSpaceBecomesOneSpaceAndTheEndsAreTrimmed() {
    assertEquals("a b c d e", ArticleFields.collapseWhitespace("  a\tb\n\nc\u00A0\u2009d  e "));
    assertEquals("", ArticleFields.collapseWhitespace(" \t\u00A0"));
  }

  @Test
  void textWithSingleSpacesComesBackAsItIs() {
    for (String text : List.of("", "word", "Two words, and “quotes” — dashes.", "café\u0001bell")) {
      assertEquals(text, ArticleFields.collapseWhitespace(text));
    }
  }
}
