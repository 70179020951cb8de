package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.TestServer;
import dev.verbatim.search.SearchBackend;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full rebuilds of a changing corpus run back to back while 16 clients search a running server:
 * every answer must come whole from one commit, and the server must end on the newest.
 */
@Tag("long")
class LiveRebuildUnderLoadTest {

  private static final int CLIENTS = 16;
  private static final Duration LOAD = Duration.ofSeconds(12);

  /** Edition k of the corpus has this many articles plus k, so a total tells the edition. */
  private static final int BASE_ARTICLES = 10;

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyAnswerComesWholeFromOneCommitWhileRebuildsRunBackToBack() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path index = dir.resolve("index");
    writeEdition(corpus, 0);
    assertEquals(
        0,
        CommandRun.of("index", "--corpus", corpus.toString(), "--index", index.toString())
            .exitCode());

    AtomicLong requests = new AtomicLong();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    int lastEdition;
    try (TestServer served = TestServer.over(index)) {
      SearchBackend searcher = served.searcher();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
      long deadline = System.nanoTime() + LOAD.toNanos();
      Future<?> refreshes = pool.submit(() -> refreshUntil(searcher, deadline));
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(
            pool.submit(() -> searchUntil(http, served.port(), deadline, requests, failures)));
      }
      lastEdition = 0;
      while (System.nanoTime() < deadline) {
        writeEdition(corpus, ++lastEdition);
        CommandRun build =
            CommandRun.of(
                "index", "--corpus", corpus.toString(), "--index", index.toString(), "--full");
        assertEquals(0, build.exitCode(), build.err());
      }
      for (Future<?> client : clients) {
        client.get(30, TimeUnit.SECONDS);
      }
      refreshes.get(30, TimeUnit.SECONDS);
      pool.shutdownNow();
      searcher.refresh();
      JsonNode last = search(http, served.port(), 10);
      assertEquals(
          BASE_ARTICLES + lastEdition,
          last.get("total").asInt(),
          "the server ends on the newest commit");
    }
    System.out.printf(
        "live rebuild: %,d requests, %d failures, %d full rebuilds%n",
        requests.get(), failures.size(), lastEdition);
    assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.peek());
    assertTrue(requests.get() > CLIENTS * 10L, "the clients ran: " + requests.get());
    assertTrue(lastEdition >= 3, "rebuilds ran: " + lastEdition);
  }

  private static void writeEdition(Path corpus, int edition) throws IOException {
    try (var old = Files.list(corpus)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    for (int a = 0; a < BASE_ARTICLES + edition; a++) {
      Files.writeString(
          corpus.resolve("a" + a + ".txt"),
          "Council report "
              + a
              + "\n\nThe council report "
              + a
              + " appeared in edition"
              + edition
              + " of the paper.\n");
    }
  }

  private static void refreshUntil(SearchBackend searcher, long deadline) {
    while (System.nanoTime() < deadline) {
      searcher.refresh();
      sleep(50);
    }
  }

  private void searchUntil(
      HttpClient http, int port, long deadline, AtomicLong requests, Queue<String> failures) {
    while (System.nanoTime() < deadline) {
      int size = ThreadLocalRandom.current().nextInt(1, 101);
      try {
        String problem = inconsistency(search(http, port, size), size);
        if (problem != null) {
          failures.add(problem);
        }
      } catch (Exception e) {
        failures.add(e.toString());
      }
      requests.incrementAndGet();
    }
  }

  private JsonNode search(HttpClient http, int port, int size)
      throws IOException, InterruptedException {
    URI uri =
        URI.create("http://127.0.0.1:" + port + "/api/search?q=report&type=paragraph&size=" + size);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  /** Null when the answer is whole: its total, its facets and every hit tell the same edition. */
  private static String inconsistency(JsonNode answer, int size) {
    int total = answer.get("total").asInt();
    String edition = "edition" + (total - BASE_ARTICLES);
    if (answer.get("facets").get("type").get("paragraph").asInt() != total) {
      return "facet count " + answer.get("facets").get("type") + " disagrees with total " + total;
    }
    if (answer.get("hits").size() != Math.min(size, total)) {
      return answer.get("hits").size() + " hits on a page of " + size + " with total " + total;
    }
    for (JsonNode hit : answer.get("hits")) {
      if (!hit.get("text").asText().contains(edition + " ")) {
        return "hit "
            + hit.get("text").asText()
            + " is not from "
            + edition
            + " (total "
            + total
            + ")";
      }
    }
    return null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
