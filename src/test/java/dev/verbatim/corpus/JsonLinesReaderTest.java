package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void readsOneArticlePerLine() throws Exception {
    String lines =
        """
        {"id": "x1", "title": "First", "date": "2024-03-05", "source": "Wire", "url": "https://example.org/1", "text": "One.\\n\\nTwo."}
        {"title": "Second", "paragraphs": ["Alpha.", "Beta."]}
        """;

    ArticleBatch batch = reader.read("dump", lines);

    assertEquals(2, batch.articles().size());
    Article first = batch.articles().get(0);
    assertEquals("dump/x1", first.id());
    assertEquals(LocalDate.of(2024, 3, 5), first.date());
    assertEquals("Wire", first.source());
    assertEquals(List.of("One.", "Two."), first.paragraphs());
    assertEquals(
        "dump/2", batch.articles().get(1).id(), "a line without id is named by its line number");
    assertEquals(List.of("Alpha.", "Beta."), batch.articles().get(1).paragraphs());
  }

  @Test
  void skipsBrokenLineWithWarningAndKeepsTheRest() throws Exception {
    ArticleBatch batch =
        reader.read(
            "dump",
            "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\"}\n");

    assertEquals(List.of("dump/a"), batch.articles().stream().map(Article::id).toList());
    assertEquals(2, batch.warnings().size());
    assertTrue(
        batch.warnings().get(0).startsWith("line 2 skipped: not valid JSON"),
        batch.warnings().get(0));
    assertTrue(
        batch.warnings().get(1).startsWith("line 3 skipped: no 'text'"), batch.warnings().get(1));
  }

  @Test
  void rejectsFileWithNoValidLine() {
    InvalidArticleException e =
        assertThrows(InvalidArticleException.class, () -> reader.read("dump", "not json\n"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }
}
