package dev.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.verbatim.corpus.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final Article ARTICLE =
      new Article(
          "a1",
          "Musk’s “deal”",
          LocalDate.of(2025, 3, 1),
          "BBC",
          "https://example.org/a1",
          "",
          List.of("First paragraph — with “quotes”.", "Second, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 beyond the BMP."));

  @Test
  void isTheSha256OfEveryFieldAndParagraphEachEndedByANulCharacter() throws Exception {
    String content =
        "a1\0Musk’s “deal”\u00002025-03-01\0BBC\0https://example.org/a1\0\0"
            + "First paragraph — with “quotes”.\0Second, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 beyond the BMP.\0";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));

    assertEquals(expected, Fingerprint.of(ARTICLE));
  }

  @Test
  void changesWithAnyParagraph() {
    Article edited =
        new Article(
            ARTICLE.id(),
            ARTICLE.title(),
            ARTICLE.date(),
            ARTICLE.source(),
            ARTICLE.url(),
            ARTICLE.author(),
            List.of("First paragraph — with “quotes”.", "Second, edited."));

    assertNotEquals(Fingerprint.of(ARTICLE), Fingerprint.of(edited));
  }
}
