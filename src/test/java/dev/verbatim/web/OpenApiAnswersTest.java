package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import dev.verbatim.corpus.Article;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real answers of every route, and of each error, validate against the OpenAPI document's schemas
 * (JSON Schema 2020-12), which mark every field that is always there as required and allow no
 * other: a generated client can rely on the document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiAnswersTest {

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private JsonNode document;
  private TestServer served;

  private Path folder;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    folder = dir;
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      document = json.readTree(in);
    }
    List<Article> articles = new ArrayList<>(TestIndex.seedArticles());
    TestIndex.build(dir, articles);
    served = TestServer.over(dir);
  }

  @AfterAll
  void stop() {
    served.close();
  }

  /** The errors the schema of {@code route}'s {@code status} answer finds in {@code body}. */
  private List<String> errors(String route, int status, JsonNode body) {
    String pointer =
        "#/paths/"
            + route.replace("~", "~0").replace("/", "~1")
            + "/get/responses/"
            + status
            + "/content/application~1json/schema";
    ObjectNode schema = document.deepCopy();
    schema.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
    schema.put("$ref", pointer);
    Schema validator =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://verbatim.invalid/openapi.json"), schema);
    return validator.validate(body).stream().map(Error::toString).toList();
  }

  private void check(String route, String pathAndQuery, int status) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + pathAndQuery))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), pathAndQuery + ": " + response.body());
    assertEquals(
        List.of(),
        errors(route, status, json.readTree(response.body())),
        pathAndQuery + ": " + response.body());
  }

  @Test
  void searchAnswersWithEveryParameterMatchTheDocument() throws Exception {
    for (String query :
        List.of(
            "q=money",
            "q=",
            "q=money&type=quote",
            "q=said&speaker=Elon+Musk",
            "q=musk&article=000_590e9303d48f5539",
            "q=musk&from=2025-01-01&to=2025-12-31",
            "q=musk&page=2&size=2",
            "q=mony")) {
      check("/api/search", "/api/search?" + query, 200);
    }
  }

  @Test
  void articleStatsSpeakersAndHealthMatchTheDocument() throws Exception {
    check("/api/articles/{id}", "/api/articles/000_590e9303d48f5539?q=money", 200);
    check("/api/stats", "/api/stats", 200);
    check("/api/speakers", "/api/speakers", 200);
    check("/health", "/health", 200);
  }

  @Test
  void errorsMatchTheDocument() throws Exception {
    check("/api/search", "/api/search?q=x&size=500", 400);
    check("/api/search", "/api/search?q=x&from=yesterday", 400);
    check("/api/articles/{id}", "/api/articles/no-such-article", 404);
  }

  @Test
  void aRefusedKeyMatchesTheDocumentOnEveryApiRoute() throws Exception {
    try (TestServer keyed =
        TestServer.over(folder, AccessKeys.parse(AccessControlTest.KEY, "test"))) {
      for (String route :
          List.of("/api/search", "/api/articles/{id}", "/api/stats", "/api/speakers")) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + keyed.port()
                                + route.replace("{id}", "000_590e9303d48f5539")))
                    .header("Authorization", "Bearer wrong-key-0000000000")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertEquals(
            List.of(), errors(route, 401, json.readTree(response.body())), response.body());
      }
    }
  }

  @Test
  void anIndexStillBeingBuiltMatchesTheDocument() throws Exception {
    ServedIndex building = new ServedIndex();
    building.unavailable("the index is being built; try again in a moment");
    WebServer server = new WebServer(building).start("127.0.0.1", 0);
    try {
      for (String route : List.of("/api/search", "/api/stats", "/api/speakers")) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + route + "?q=x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode());
        assertEquals(
            List.of(), errors(route, 503, json.readTree(response.body())), response.body());
      }
    } finally {
      server.close();
    }
  }

  @Test
  void aMissingOrUnknownFieldFailsTheDocument() throws Exception {
    JsonNode stats =
        json.readTree(
            "{\"articles\": 2, \"paragraphs\": 17, \"quotes\": 14, \"speakers\": 3, \"committed\": null}");

    assertEquals(List.of(), errors("/api/stats", 200, stats));
    assertFalse(
        errors("/api/stats", 200, ((ObjectNode) stats.deepCopy()).without("quotes")).isEmpty(),
        "a required field missing");
    assertFalse(
        errors("/api/stats", 200, ((ObjectNode) stats.deepCopy()).put("extra", 1)).isEmpty(),
        "a field the document does not name");
  }
}
