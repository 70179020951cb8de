package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.TestIndex;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  private static Process verbatim(Path log, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static String run(Path log, String... args) throws Exception {
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

    run(dir.resolve("init.log"), "solr", "init", "--solr", zooKeeper, "--collection", "jar");
    String indexed =
        run(
            dir.resolve("index.log"),
            "index",
            "--corpus",
            corpus.toString(),
            "--solr",
            zooKeeper,
            "--collection",
            "jar");
    assertTrue(indexed.contains("Indexed 2 articles"), indexed);

    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
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
      HttpResponse<String> page = null;
      for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); page == null; ) {
        try {
          page =
              http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notYet) {
          assertTrue(
              serve.isAlive() && System.nanoTime() < deadline,
              Files.readString(dir.resolve("serve.log")));
          Thread.sleep(200);
        }
      }
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
}
