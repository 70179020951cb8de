package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke run of the HTTP benchmark's request mix ({@code scripts/bench-http.lua}) against a real
 * server, so a renamed route or parameter breaks the build rather than the next benchmark (which
 * needs wrk and is never part of the suite).
 */
class BenchHttpMixTest {

  private static final Pattern PATH = Pattern.compile("\"(/api/[^\"]+)\"");

  @TempDir Path folder;

  @Test
  void everyRequestOfTheHttpMixIsAnsweredAsASearch() throws Exception {
    List<String> paths =
        PATH.matcher(Files.readString(Path.of("scripts", "bench-http.lua")))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertTrue(paths.size() >= 6, "the mix: " + paths);
    TestIndex.build(folder, WebServerTest.ARTICLES);
    try (TestServer served = TestServer.over(folder)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : paths) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.body().contains("\"facets\""), path);
      }
    }
  }

  @Test
  void theUncachedLoadsDefaultRequestIsASearchForItsWord() throws Exception {
    List<String> paths =
        PATH.matcher(Files.readString(Path.of("scripts", "bench-words.lua")))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertEquals(List.of("/api/search?q=%s"), paths);
    TestIndex.build(folder, WebServerTest.ARTICLES);
    try (TestServer served = TestServer.over(folder)) {
      URI uri =
          URI.create("http://127.0.0.1:" + served.port() + paths.get(0).replace("%s", "money"));
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("\"query\":\"money\""), response.body());
    }
  }
}
