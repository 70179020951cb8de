package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  private Article read(String text) throws InvalidArticleException {
    return reader.read("a", text).articles().get(0);
  }

  @Test
  void readsTitleThenBlankSeparatedParagraphs() throws Exception {
    Article article =
        read("Ad sales boost profit\n\nProfits jumped 76%.\n\nThe firm said sales rose.\n");

    assertEquals("Ad sales boost profit", article.title());
    assertEquals(List.of("Profits jumped 76%.", "The firm said sales rose."), article.paragraphs());
  }

  @Test
  void joinsLinesWrappedInsideAParagraph() throws Exception {
    Article article = read("Title here\n\nfirst line\nsecond line\n\nnext paragraph");

    assertEquals(List.of("first line second line", "next paragraph"), article.paragraphs());
  }

  @Test
  void readsHeaderBlock() throws Exception {
    ArticleBatch batch =
        reader.read(
            "a",
            "Title: Budget passes\nDate: 2024-03-05\nSource: Daily Planet\nURL: https://example.org/a\nAuthor: Lois Lane\n\nThe budget passed.");
    Article article = batch.articles().get(0);

    assertEquals("Budget passes", article.title());
    assertEquals(LocalDate.of(2024, 3, 5), article.date());
    assertEquals("Daily Planet", article.source());
    assertEquals("https://example.org/a", article.url());
    assertEquals("Lois Lane", article.author());
    assertEquals(List.of("The budget passed."), article.paragraphs());
    assertEquals(List.of(), batch.warnings());
  }

  @Test
  void keepsArticleWithUnparseableDateAndWarns() throws Exception {
    ArticleBatch batch = reader.read("a", "title: T\ndate: next Tuesday\n\nText.");

    assertEquals(null, batch.articles().get(0).date());
    assertTrue(batch.warnings().get(0).contains("'next Tuesday' is not an ISO date"));
  }

  @Test
  void headlineNeedsTextAfterIt() throws Exception {
    Article article = read("Just one line of text.");

    assertEquals("Just one line of text.", article.title());
    assertEquals(List.of("Just one line of text."), article.paragraphs());
  }

  @Test
  void stripsSemicolonEndingAHeadlineWithADekBelow() throws Exception {
    Article article =
        read("Clinton Plan for Taxes Is Expansive; \nA dek under the headline.\n\nBody text.");

    assertEquals("Clinton Plan for Taxes Is Expansive", article.title());
    assertEquals(List.of("A dek under the headline.", "Body text."), article.paragraphs());
  }

  @Test
  void derivesTitleFromFirstSentenceShortened() {
    String long_ =
        "The committee, after a long and at times heated session that ran well past midnight and into the early hours, voted to approve the plan. More text.";

    String title = ArticleFields.deriveTitle(long_);

    assertTrue(title.length() <= 101, title);
    assertTrue(title.endsWith("…"), title);
    assertTrue(title.startsWith("The committee, after a long"), title);
  }

  @Test
  void doesNotCutTitleAtAbbreviation() {
    assertEquals(
        "Mr. Smith went to Washington.",
        ArticleFields.deriveTitle("Mr. Smith went to Washington. He stayed."));
  }

  @Test
  void rejectsFileWithoutText() {
    InvalidArticleException e =
        assertThrows(InvalidArticleException.class, () -> reader.read("a", " \n\n \n"));
    assertTrue(e.getMessage().contains("no text"));
  }
}
