package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

  @Test
  void paragraphsAndQuotationsComeInReadingOrderWhateverOrderTheyWereReadIn() {
    ArticleView view =
        new ArticleView(
            "a/1",
            "Title",
            null,
            "Wire",
            "",
            "",
            List.of(
                new ArticleView.Paragraph(2, "c", "c"),
                new ArticleView.Paragraph(0, "a", "a"),
                new ArticleView.Paragraph(1, "b", "b")),
            List.of(
                quote("a/1#q3", 2, 40),
                quote("a/1#q2", 2, 5),
                quote("a/1#q1", 0, 0),
                quote("a/1#q0", -1, 7))); // from the headline

    assertEquals(
        List.of(0, 1, 2), view.paragraphs().stream().map(ArticleView.Paragraph::index).toList());
    assertEquals(
        List.of("a/1#q0", "a/1#q1", "a/1#q2", "a/1#q3"),
        view.quotes().stream().map(ArticleView.QuoteRef::id).toList());
  }

  private static ArticleView.QuoteRef quote(String id, int paragraph, int start) {
    return new ArticleView.QuoteRef(id, paragraph, start, start + 3, "yes", "Ann Lee", "said");
  }
}
