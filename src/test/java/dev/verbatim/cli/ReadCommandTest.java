package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void printsEachArticleWithItsMetadataAndParagraphs(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("page.html"),
        """
        <html><head><title>Storm hits coast | The Wire</title>
        <meta property="og:site_name" content="The Wire">
        <meta property="article:published_time" content="2025-03-04T08:00:00Z">
        <link rel="canonical" href="https://wire.example/storm"></head>
        <body><article><h1>Storm hits coast</h1>
        <p>The storm reached the coast at dawn.</p><p>Roads were closed.</p></article></body></html>
        """);
    Files.writeString(dir.resolve("note.txt"), "A title\n\nOne paragraph of text.");

    CommandRun run = CommandRun.of("read", dir.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> lines = run.out().lines().map(this::parse).toList();
    assertEquals(2, lines.size());
    JsonNode note = lines.get(0);
    assertEquals("note", note.get("id").asText());
    assertTrue(note.get("date").isNull());
    JsonNode page = lines.get(1);
    assertEquals("page", page.get("id").asText());
    assertEquals("Storm hits coast", page.get("title").asText());
    assertEquals("2025-03-04", page.get("date").asText());
    assertEquals("The Wire", page.get("source").asText());
    assertEquals("https://wire.example/storm", page.get("url").asText());
    assertEquals(
        List.of("The storm reached the coast at dawn.", "Roads were closed."),
        json.convertValue(page.get("paragraphs"), List.class));
  }

  @Test
  void aFileWithNoArticleIsSkippedWithAWarningNamingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav></body></html>");

    CommandRun run = CommandRun.of("read", dir.toString());

    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("warning: empty.html skipped: "), run.err());
  }

  @Test
  void aMissingPathIsInvalidInput(@TempDir Path dir) {
    CommandRun run = CommandRun.of("read", dir.resolve("nope").toString());

    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("no such file or folder"), run.err());
  }

  private JsonNode parse(String line) {
    try {
      return json.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
