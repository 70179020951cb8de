package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void printsOneJsonLinePerQuotation() throws Exception {
    CommandRun run = CommandRun.of("quotes", "corpus/004_a6f5ed7597a8b164.txt");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(6, lines.size());
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("004_a6f5ed7597a8b164", first.get("article").asText());
    assertEquals(1, first.get("paragraph").asInt());
    assertEquals("They don’t actually have the money", first.get("text").asText());
    assertEquals("Elon Musk", first.get("speaker").asText());
    assertEquals("replied", first.get("cue").asText());
    assertEquals(
        first.get("end").asInt() - first.get("start").asInt(), first.get("text").asText().length());
  }

  @Test
  void readsFoldersAndPrintsNullForUnknownSpeaker(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "Title\n\n“Nobody saw this coming at all, not one of us,” she concluded.");

    CommandRun run = CommandRun.of("quotes", dir.toString(), "corpus");

    List<String> lines = run.out().lines().toList();
    assertEquals(1 + 8 + 6, lines.size());
    JsonNode first = json.readTree(lines.get(0));
    assertTrue(first.get("speaker").isNull());
    assertEquals("concluded", first.get("cue").asText());
  }

  @Test
  void warnsAboutUnreadableFilesAndGoesOn(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("bad.txt"), new byte[] {0, 0, 0});

    CommandRun run = CommandRun.of("quotes", dir.toString(), "corpus/000_590e9303d48f5539.txt");

    assertEquals(0, run.exitCode());
    assertTrue(run.err().contains("warning: bad.txt skipped: binary file"), run.err());
    assertEquals(8, run.out().lines().count());
  }

  @Test
  void missingPathIsInvalidInputWithoutAnOptionQuotesDoesNotHave(@TempDir Path dir) {
    CommandRun run = CommandRun.of("quotes", dir.resolve("missing.txt").toString());

    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(
        run.err().contains("missing.txt") && run.err().contains("no such file or folder"),
        run.err());
    assertFalse(run.err().contains("--corpus"), run.err());
  }
}
