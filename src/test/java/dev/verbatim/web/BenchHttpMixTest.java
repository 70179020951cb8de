package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** The request paths a wrk script of {@code scripts/} sends. */
  private static List<String> paths(String script) throws IOException {
    return PATH.matcher(Files.readString(Path.of("scripts", script)))
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  /** Answers to {@code paths}, in order, from a real server over the test articles. */
  private List<HttpResponse<String>> answers(List<String> paths) throws Exception {
    TestIndex.build(folder, WebServerTest.ARTICLES);
    List<HttpResponse<String>> answers = new ArrayList<>();
    try (TestServer served = TestServer.over(folder)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : paths) {
        URI uri = URI.create("http://127.0.0.1:" + served.port() + path);
        answers.add(
            http.send(
                HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
      }
    }
    return answers;
  }

  @Test
  void everyRequestOfTheHttpMixIsAnsweredAsASearch() throws Exception {
    List<String> paths = paths("bench-http.lua");
    assertTrue(paths.size() >= 6, "the mix: " + paths);
    List<HttpResponse<String>> answers = answers(paths);
    for (int i = 0; i < paths.size(); i++) {
      assertEquals(200, answers.get(i).statusCode(), paths.get(i) + ": " + answers.get(i).body());
      assertTrue(answers.get(i).body().contains("\"facets\""), paths.get(i));
    }
  }

  @Test
  void theUncachedLoadsDefaultRequestIsASearchForItsWord() throws Exception {
    List<String> paths = paths("bench-words.lua");
    assertEquals(List.of("/api/search?q=%s"), paths);
    HttpResponse<String> answer = answers(List.of(paths.get(0).replace("%s", "money"))).get(0);
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"query\":\"money\""), answer.body());
  }
}
