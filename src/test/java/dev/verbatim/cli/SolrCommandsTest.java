package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.StartingServer;
import dev.verbatim.TestIndex;
import dev.verbatim.index.IndexBuild;
import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.TestCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line on a real SolrCloud cluster: init, index, search and serve, and what a user sees
 * when something is wrong.
 */
@Tag("solr")
class SolrCommandsTest {

  @TempDir Path dir;

  @Test
  void initIndexSearchAndServeTheSeedsOnTheCluster() throws Exception {
    String solr = TestCluster.get().urls();
    String alias = "cli_seeds";

    CommandRun init = CommandRun.of("solr", "init", "--solr", solr, "--collection", alias);
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("Created " + alias + "_"), init.out());

    Path corpus = TestIndex.seedCorpus(dir);
    CommandRun index =
        CommandRun.of(
            "index", "--corpus", corpus.toString(), "--solr", solr, "--collection", alias);
    assertEquals(0, index.exitCode(), index.err());
    assertTrue(
        index
            .out()
            .startsWith(
                "Indexed 2 articles (2 written, 0 unchanged, 0 removed): 17 paragraphs, 14 quotes;"),
        index.out()); // into the empty collection init made

    CommandRun again =
        CommandRun.of(
            "index", "--corpus", corpus.toString(), "--solr", solr, "--collection", alias);
    assertTrue(
        again.out().startsWith("Indexed 2 articles (0 written, 2 unchanged, 0 removed)"),
        again.out());

    CommandRun search =
        CommandRun.of(
            "search", "money", "--type", "quote", "--json", "--solr", solr, "--collection", alias);
    assertEquals(0, search.exitCode(), search.err());
    JsonNode hit = new ObjectMapper().readTree(search.out()).get("hits").get(0);
    assertEquals("Elon Musk", hit.get("speaker").asText());
    assertTrue(hit.get("highlight").asText().contains("<mark>money</mark>"), hit.toString());

    int port = StartingServer.freePort();
    StringWriter out = new StringWriter();
    CommandLine commandLine =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()));
    ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                commandLine.execute(
                    "serve",
                    "--solr",
                    solr,
                    "--collection",
                    alias,
                    "--port",
                    Integer.toString(port)));
    try {
      JsonNode answer = get(port, "/api/search?q=money&type=quote");
      assertEquals("Elon Musk", answer.get("hits").get(0).get("speaker").asText());
      assertEquals(14, get(port, "/api/stats").get("quotes").asLong());
    } finally {
      serve.stop();
      assertEquals(0, exit.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void unreachableClusterIsAClearErrorNamingIt() {
    CommandRun run =
        CommandRun.of(
            "search", "money", "--solr", "http://127.0.0.1:" + StartingServer.freePort() + "/solr");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("error: no Solr node answers at http://127.0.0.1:"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void missingCollectionIsAClearErrorSayingHowToBuildIt() {
    CommandRun run =
        CommandRun.of(
            "search", "money", "--solr", TestCluster.get().urls(), "--collection", "never_built");

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("has no collection 'never_built'")
            && run.err().contains("verbatim index --solr"),
        run.err());
  }

  @Test
  void zooKeeperAddressFindsTheNodes() {
    CommandRun run =
        CommandRun.of(
            "solr", "init", "--solr", TestCluster.get().zooKeeper(), "--collection", "via_zk");

    assertEquals(0, run.exitCode(), run.err());
    for (String node : TestCluster.get().nodes()) {
      assertTrue(run.out().contains(node), run.out());
    }
  }

  @Test
  void unreachableZooKeeperAndNonsenseAreClearErrors() {
    CommandRun silent =
        CommandRun.of(
            "search", "money", "--solr", "127.0.0.1:" + StartingServer.freePort() + "/solr");
    CommandRun nonsense = CommandRun.of("search", "money", "--solr", "my cluster");

    assertEquals(1, silent.exitCode());
    assertTrue(
        silent.err().startsWith("error: ZooKeeper does not answer at 127.0.0.1:"), silent.err());
    assertEquals(2, nonsense.exitCode());
    assertTrue(nonsense.err().contains("is neither Solr node URLs"), nonsense.err());
  }

  private static JsonNode get(int port, String path) throws Exception {
    return new ObjectMapper()
        .readTree(
            StartingServer.firstAnswer(port, path, () -> true, Duration.ofSeconds(20)).body());
  }

  @Test
  void collectionBuiltForAnotherSchemaVersionIsAClearErrorSayingHowToRebuild() throws Exception {
    String solr = TestCluster.get().urls();
    assertEquals(
        0, CommandRun.of("solr", "init", "--solr", solr, "--collection", "old").exitCode());
    try (SolrConnection connection =
        SolrConnection.to(solr)) { // as an older Verbatim would have recorded its build
      SolrInputDocument build = new SolrInputDocument();
      build.addField("id", "_build");
      build.addField("type", "build");
      build.addField("article_id", "_build");
      build.addField("route", "_build");
      build.addField("pipeline", "12+3");
      build.addField("built", "2026-01-01T00:00:00Z");
      UpdateRequest update = new UpdateRequest();
      update.add(build);
      update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
      connection.request(update, "old");
    }

    CommandRun run = CommandRun.of("search", "money", "--solr", solr, "--collection", "old");

    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("was built for schema verbatim-12, this version reads verbatim-17")
            && run.err().contains("--full"),
        run.err());
  }

  @Test
  void twoMachinesShareABuildWithParts() throws Exception {
    String solr = TestCluster.get().urls();
    Path corpus = TestIndex.seedCorpus(dir);
    assertEquals(
        0, CommandRun.of("solr", "init", "--solr", solr, "--collection", "parts").exitCode());

    CommandRun one =
        CommandRun.of(
            "index",
            "--corpus",
            corpus.toString(),
            "--solr",
            solr,
            "--collection",
            "parts",
            "--part",
            "1/2");
    CommandRun two =
        CommandRun.of(
            "index",
            "--corpus",
            corpus.toString(),
            "--solr",
            solr,
            "--collection",
            "parts",
            "--part",
            "2/2");

    List<String> seedIds =
        TestIndex.SEED_FILES.stream().map(file -> file.replace(".txt", "")).toList();
    for (var run : List.of(Map.entry("1/2", one), Map.entry("2/2", two))) {
      boolean holdsASeed = seedIds.stream().anyMatch(IndexBuild.Part.parse(run.getKey())::contains);
      assertEquals(
          holdsASeed ? 0 : 1,
          run.getValue().exitCode(),
          run.getKey() + ": " + run.getValue().err()); // a part with no article commits nothing
    }
    CommandRun search =
        CommandRun.of("search", "", "--json", "--solr", solr, "--collection", "parts");
    assertEquals(
        31,
        new ObjectMapper().readTree(search.out()).get("mentions").asLong(),
        "17 paragraphs and 14 quotations, once each");
  }

  @Test
  void partWithoutACollectionOrOnTheIndexFolderIsRefused() {
    CommandRun none =
        CommandRun.of(
            "index",
            "--corpus",
            "corpus",
            "--solr",
            TestCluster.get().urls(),
            "--collection",
            "no_parts_yet",
            "--part",
            "1/2");
    CommandRun local =
        CommandRun.of(
            "index",
            "--corpus",
            "corpus",
            "--index",
            dir.resolve("index").toString(),
            "--part",
            "1/2");

    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("run `verbatim solr init`"), none.err());
    assertEquals(2, local.exitCode());
    assertTrue(local.err().contains("on SolrCloud only"), local.err());
  }
}
