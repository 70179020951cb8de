package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void readsFrontMatterAndParagraphsAsPlainText() throws Exception {
    String text =
        """
        ---
        title: "Budget: the vote"
        date: 2024-03-05
        source: Daily Planet
        author: Lois Lane
        ---
        # A heading that is not the title

        The **budget** passed, said [the mayor](https://example.org).

        - a list item
        """;

    Article article = reader.read("notes/a", text).articles().get(0);

    assertEquals("Budget: the vote", article.title());
    assertEquals(LocalDate.of(2024, 3, 5), article.date());
    assertEquals("Daily Planet", article.source());
    assertEquals("Lois Lane", article.author());
    assertEquals(
        List.of("The budget passed, said the mayor.", "a list item"), article.paragraphs());
  }

  @Test
  void takesTitleFromFirstHeadingWhenFrontMatterHasNone() throws Exception {
    Article article =
        reader.read("a", "---\ndate: 2024-01-02\n---\n# The Heading\n\nBody.").articles().get(0);

    assertEquals("The Heading", article.title());
  }

  @Test
  void rejectsMarkdownWithoutFrontMatter() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class, () -> reader.read("README", "# Read me\n\nText."));
    assertTrue(e.getMessage().contains("no YAML front matter"), e.getMessage());
  }

  @Test
  void rejectsInvalidYaml() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class,
            () -> reader.read("a", "---\ntitle: [unclosed\n---\nText."));
    assertTrue(e.getMessage().startsWith("front matter is not valid YAML"), e.getMessage());
  }
}
