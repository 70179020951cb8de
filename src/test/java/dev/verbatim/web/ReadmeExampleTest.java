package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import dev.verbatim.corpus.Article;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example answer is what the API answers for the seeds: the same fields, and the same
 * first hit.
 */
class ReadmeExampleTest {

  @TempDir Path folder;

  @Test
  void readmeExampleMatchesARealAnswer() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## JSON API");
    int start = readme.indexOf("```json\n", section) + "```json\n".length();
    JsonNode example =
        new ObjectMapper().readTree(readme.substring(start, readme.indexOf("```", start)));

    List<Article> seeds = new ArrayList<>(TestIndex.seedArticles());
    TestIndex.build(folder, seeds);
    JsonNode real;
    try (TestServer server = TestServer.over(folder)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=money");
      real =
          new ObjectMapper()
              .readTree(
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                      .body());
    }

    assertEquals(fields(real, ""), fields(example, ""));
    JsonNode hit = example.get("hits").get(0);
    JsonNode realHit = real.get("hits").get(0);
    for (String field : List.of("id", "type", "paragraph", "text", "highlight", "speaker", "cue")) {
      assertEquals(realHit.get(field), hit.get(field), field);
    }
    assertEquals(real.get("facets"), example.get("facets"));
    assertEquals(real.get("total"), example.get("total"));
  }

  /** Every field path in {@code node}, array elements as their first. */
  private static SortedSet<String> fields(JsonNode node, String path) {
    SortedSet<String> paths = new TreeSet<>();
    if (node.isObject()
        && !path.endsWith("facets.speaker")
        && !path.endsWith("facets.type")
        && !path.endsWith("facets.date")) {
      node.fieldNames()
          .forEachRemaining(
              name -> {
                paths.add(path + "." + name);
                paths.addAll(fields(node.get(name), path + "." + name));
              });
    } else if (node.isArray() && !node.isEmpty()) {
      paths.addAll(fields(node.get(0), path + "[]"));
    }
    return paths;
  }
}
