package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir Path dir;
  private String index;

  @BeforeEach
  void indexSeeds() {
    index = dir.resolve("index").toString();
    assertEquals(0, CommandRun.of("index", "--corpus", "corpus", "--index", index).exitCode());
  }

  @Test
  void printsAsManyHitsAsItCountsWithTheirMentionsBesideAndMatchedWordsEmphasised() {
    CommandRun run = CommandRun.of("search", "money", "--index", index, "--type", "quote");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("1 hit for \"money\" (2 mentions, "), run.out());
    assertTrue(run.out().contains("1. ") && !run.out().contains("2. "), run.out());
    assertTrue(
        run.out().contains("1. Elon Musk (claimed) — ")
            || run.out().contains("1. Elon Musk (replied) — "),
        run.out()); // one quotation, two articles
    assertTrue(run.out().contains("“They don’t actually have the *money*”"), run.out());
  }

  @Test
  void misspelledQueryPrintsTheCorrectionsHitsOrAsTypedTheSuggestion() {
    CommandRun corrected = CommandRun.of("search", "hatrids", "--index", index);
    CommandRun asTyped = CommandRun.of("search", "hatrids", "--index", index, "--as-typed");

    assertTrue(
        corrected
            .out()
            .startsWith(
                "Nothing matches \"hatrids\"; showing results for \"hatreds\" (--as-typed for"
                    + " none)\n2 hits for \"hatreds\""),
        corrected.out());
    assertTrue(
        asTyped.out().startsWith("0 hits for \"hatrids\"")
            && asTyped.out().contains("Did you mean \"hatreds\"?"),
        asTyped.out());
  }

  @Test
  void printsTheApiJson() throws Exception {
    CommandRun run = CommandRun.of("search", "hatreds", "--index", index, "--json", "--limit", "1");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("hatreds", json.get("query").asText());
    assertEquals(1, json.get("size").asInt());
    JsonNode hit = json.get("hits").get(0);
    assertEquals("Donald Trump", hit.get("speaker").asText());
    assertEquals(
        "But I have certain <mark>hatreds</mark> of people, too", hit.get("highlight").asText());
    assertEquals("000_590e9303d48f5539", hit.get("article").get("id").asText());
  }

  @Test
  void filtersBySpeaker() {
    CommandRun run = CommandRun.of("search", "", "--index", index, "--speaker", "Donald Trump");

    assertTrue(run.out().startsWith("1 hit for"), run.out());
  }

  @Test
  void badLimitIsInvalidInputNamingTheOption() {
    for (String limit : new String[] {"0", "500"}) {
      CommandRun run = CommandRun.of("search", "money", "--index", index, "--limit", limit);

      assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
      assertTrue(
          run.err().contains("--limit must be 1..100, got " + limit) && !run.err().contains("size"),
          run.err());
    }
  }

  @Test
  void missingIndexSaysHowToBuildIt() {
    CommandRun run = CommandRun.of("search", "money", "--index", dir.resolve("none").toString());

    assertEquals(Main.EXIT_FAILURE, run.exitCode());
    assertTrue(run.err().contains("run `verbatim index` first"), run.err());
  }
}
