package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.StartingServer;
import dev.verbatim.TestIndex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar users run, on the real cluster: SolrJ and ZooKeeper beside Javalin's Jetty 12 in
 * one JVM, as packaged (a clash of Jetty classes would show here, not in unit tests).
 */
@Tag("solr")
class ServedJarOnSolrIT {

  private static final Path JAR = Path.of("target/verbatim.jar");

  @TempDir Path dir;

  /** Environment variables the jar runs with, beside this JVM's. */
  private final Map<String, String> environment = new HashMap<>();

  private Process verbatim(Path log, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    process.environment().putAll(environment);
    return process.start();
  }

  private String run(Path log, String... args) throws Exception {
    Process process = verbatim(log, args);
    assertTrue(
        process.waitFor(120, TimeUnit.SECONDS),
        "verbatim " + String.join(" ", args) + " did not end");
    String output = Files.readString(log);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  @Test
  void jarInitsIndexesAndServesTheSeedsOnTheCluster() throws Exception {
    String zooKeeper = TestCluster.get().zooKeeper();
    Path corpus = TestIndex.seedCorpus(dir);

    String indexed = initAndIndex(corpus, zooKeeper, "jar");
    assertTrue(indexed.contains("Indexed 2 articles"), indexed);

    int port = StartingServer.freePort();
    Process serve =
        verbatim(
            dir.resolve("serve.log"),
            "serve",
            "--solr",
            TestCluster.get().nodes().get(0),
            "--collection",
            "jar",
            "--port",
            Integer.toString(port));
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          StartingServer.firstAnswer(port, "/", serve::isAlive, Duration.ofSeconds(60));
      assertEquals(200, page.statusCode());
      String body =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/search?q=money&type=quote"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      JsonNode hit = new ObjectMapper().readTree(body).get("hits").get(0);
      assertEquals("Elon Musk", hit.get("speaker").asText(), body);
      assertTrue(hit.get("highlight").asText().contains("<mark>money</mark>"), body);
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void jarTakesAccessKeysAndSolrCredentialsFromTheEnvironment() throws Exception {
    String key = "jar-test-key-93b0c1d7e2";
    TestCluster cluster = TestCluster.secured();
    environment.put(SolrCredentials.USER_VARIABLE, TestCluster.USER.user());
    environment.put(SolrCredentials.PASSWORD_VARIABLE, TestCluster.USER.password());
    environment.put("VERBATIM_KEYS", key);
    Path corpus = TestIndex.seedCorpus(dir);
    initAndIndex(corpus, cluster.urls(), "keys");
    int port = StartingServer.freePort();
    Path log = dir.resolve("serve.log");
    Process serve =
        verbatim(
            log,
            "serve",
            "--solr",
            cluster.urls(),
            "--collection",
            "keys",
            "--port",
            Integer.toString(port));
    try {
      assertEquals(
          200,
          StartingServer.firstAnswer(port, "/health", serve::isAlive, Duration.ofSeconds(60))
              .statusCode());
      HttpClient http = HttpClient.newHttpClient();
      URI search = URI.create("http://127.0.0.1:" + port + "/api/search?q=money&type=quote");
      assertEquals(
          401,
          http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
              .statusCode());
      HttpResponse<String> found =
          http.send(
              HttpRequest.newBuilder(search).header("Authorization", "Bearer " + key).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, found.statusCode(), found.body());
      assertTrue(new ObjectMapper().readTree(found.body()).get("total").asLong() > 0, found.body());
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
    String printed = Files.readString(log);
    assertTrue(printed.contains("access keys required"), printed);
    assertFalse(printed.contains(key) || printed.contains(TestCluster.USER.password()), printed);
  }

  /** Runs the jar's {@code solr init} and {@code index} into {@code collection}; index's output. */
  private String initAndIndex(Path corpus, String solr, String collection) throws Exception {
    run(dir.resolve("init.log"), "solr", "init", "--solr", solr, "--collection", collection);
    return run(
        dir.resolve("index.log"),
        "index",
        "--corpus",
        corpus.toString(),
        "--solr",
        solr,
        "--collection",
        collection);
  }
}
