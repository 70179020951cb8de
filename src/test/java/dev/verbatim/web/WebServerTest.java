package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import dev.verbatim.corpus.Article;
import dev.verbatim.search.SearchBackend;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP: a real server on a free loopback port over a real temporary index. */
class WebServerTest {

  static final List<Article> ARTICLES =
      List.of(
          new Article(
              "news/musk",
              "Musk and Altman clash",
              LocalDate.of(2025, 1, 23),
              "Wire",
              "",
              "",
              List.of(
                  "Elon Musk posted on X about the Stargate money.",
                  "“They don’t actually have the money,” Musk claimed.")),
          new Article(
              "news/altman",
              "Altman replies",
              LocalDate.of(2025, 2, 2),
              "Wire",
              "",
              "",
              List.of(
                  "Sam Altman answered within the hour.",
                  "“Wrong, as you surely know, and the money is real,” Altman wrote.",
                  "Elon Musk did not reply. “They don’t actually have the money,” Musk had claimed earlier, as the Wire reported.")),
          new Article(
              "news/xss",
              "<script>alert('title')</script> payload",
              null,
              "",
              "",
              "",
              List.of("The payload <img src=x onerror=alert(1)> & <b>bold</b> money.")));

  @TempDir Path folder;
  private TestServer served;
  private SearchBackend searcher;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    TestIndex.build(folder, ARTICLES);
    served = TestServer.over(folder);
    searcher = served.searcher();
  }

  @AfterEach
  void stop() {
    served.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + served.port() + pathAndQuery);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String pathAndQuery, int expectedStatus) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertEquals(expectedStatus, response.statusCode(), response.body());
    assertEquals(
        "application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return json.readTree(response.body());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void searchAnswerKeepsTheContractShape() throws Exception {
    JsonNode answer = getJson("/api/search?q=money&size=5", 200);

    assertEquals(
        Set.of(
            "query",
            "total",
            "mentions",
            "page",
            "size",
            "tookMs",
            "hits",
            "facets",
            "suggestion",
            "speakerSuggestion",
            "searched"),
        Set.copyOf(fieldNames(answer)));
    assertEquals("money", answer.get("query").asText());
    assertEquals(1, answer.get("page").asInt());
    assertEquals(5, answer.get("size").asInt());
    JsonNode quote = answer.get("hits").get(0);
    assertEquals(
        List.of(
            "id",
            "type",
            "score",
            "article",
            "paragraph",
            "text",
            "highlight",
            "speaker",
            "speakerHighlight",
            "cue",
            "context",
            "alsoIn"),
        fieldNames(quote));
    assertEquals(List.of("id", "title", "date", "source"), fieldNames(quote.get("article")));
    assertTrue(
        quote.get("score").isNumber() && quote.get("score").asDouble() > 0, quote.toString());
    assertEquals(List.of("type", "speaker", "date"), fieldNames(answer.get("facets")));
  }

  @Test
  void requestsBeyondTheServersThreadsWaitTheirTurnAndAreAllAnswered() throws Exception {
    long total = getJson("/api/search?q=money", 200).get("total").asLong();
    assertTrue(total > 0);
    // HTTP/1.1: concurrent requests go over connections of their own, four per request thread
    HttpClient oneConnectionEach =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create("http://127.0.0.1:" + served.port() + "/api/search?q=money");
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 4 * WebServer.HTTP_THREADS; i++) {
      answers.add(
          oneConnectionEach.sendAsync(
              HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode(), response.body());
      assertEquals(total, json.readTree(response.body()).get("total").asLong(), response.body());
    }
  }

  @Test
  void repeatedSearchGivesTheSameAnswerWithItsOwnTimeAndOthersNeverShareIt() throws Exception {
    ObjectNode first = (ObjectNode) getJson("/api/search?q=money", 200);
    ObjectNode again = (ObjectNode) getJson("/api/search?q=money", 200);
    ObjectNode other = (ObjectNode) getJson("/api/search?q=zzzyzx", 200);

    assertTrue(again.get("tookMs").isIntegralNumber());
    first.remove("tookMs");
    again.remove("tookMs");
    assertEquals(first, again);
    assertEquals(
        "zzzyzx",
        other.get("query").asText(),
        "an empty answer is its own, not another empty one's");
    assertEquals(0, other.get("total").asInt());
  }

  @Test
  void sameQuotationInSeveralArticlesIsOneHitListingTheOthers() throws Exception {
    JsonNode hits = getJson("/api/search?q=%22actually+have%22&type=quote", 200).get("hits");

    assertEquals(1, hits.size());
    JsonNode hit = hits.get(0);
    assertEquals("Elon Musk", hit.get("speaker").asText());
    List<String> others = new ArrayList<>();
    hit.get("alsoIn").forEach(article -> others.add(article.get("id").asText()));
    assertEquals(1, others.size());
    assertNotEquals(hit.get("article").get("id").asText(), others.get(0));
  }

  @Test
  void phraseIsHighlightedAsOneMark() throws Exception {
    JsonNode hit = getJson("/api/search?q=%22have+the+money%22&type=quote", 200).get("hits").get(0);

    assertEquals("They don’t actually <mark>have the money</mark>", hit.get("highlight").asText());
  }

  @Test
  void highlightEscapesArticleTextAndAddsOnlyMarks() throws Exception {
    JsonNode hit =
        getJson("/api/search?q=payload&article=news/xss&type=paragraph", 200).get("hits").get(0);

    String highlight = hit.get("highlight").asText();
    assertTrue(
        highlight.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;&#x2F;b&gt;"),
        highlight);
    assertFalse(highlight.replace("<mark>", "").replace("</mark>", "").contains("<"), highlight);
    assertEquals(
        "<script>alert('title')</script> payload",
        hit.get("article").get("title").asText(),
        "JSON carries raw text; the page escapes it");
  }

  @Test
  void speakerFacetIsCountedSidewaysSoOtherSpeakersStayVisible() throws Exception {
    JsonNode all = getJson("/api/search?q=money&type=quote", 200).get("facets").get("speaker");
    JsonNode chosen = getJson("/api/search?q=money&type=quote&speaker=Sam+Altman", 200);

    assertEquals(1, chosen.get("total").asInt());
    assertEquals(all, chosen.get("facets").get("speaker"));
    assertTrue(chosen.get("facets").get("speaker").has("Elon Musk"), chosen.toString());
  }

  @Test
  void typeFacetIsCountedSideways() throws Exception {
    JsonNode facets = getJson("/api/search?q=money&type=quote", 200).get("facets");

    assertTrue(facets.get("type").get("paragraph").asInt() > 0, facets.toString());
    assertEquals(
        Map.of("2025-01", 1, "2025-02", 2),
        json.convertValue(facets.get("date"), Map.class),
        "quotations per month");
  }

  @Test
  void filtersByDateRange() throws Exception {
    JsonNode answer = getJson("/api/search?q=money&from=2025-02-01&to=2025-02-28", 200);

    answer
        .get("hits")
        .forEach(hit -> assertEquals("news/altman", hit.get("article").get("id").asText()));
  }

  @Test
  void suggestsACorrectionWhenNothingMatchesAsTyped() throws Exception {
    JsonNode answer = getJson("/api/search?q=mony+clamed&correct=false", 200);

    assertEquals(0, answer.get("total").asInt());
    assertEquals("money claimed", answer.get("suggestion").asText());
  }

  @Test
  void answersWithTheCorrectionsHitsWhenNothingMatchesAndSaysWhatWasSearched() throws Exception {
    JsonNode answer = getJson("/api/search?q=mony+clamed", 200);

    assertEquals("mony clamed", answer.get("query").asText());
    assertEquals("money claimed", answer.get("searched").asText());
    assertTrue(answer.get("total").asInt() > 0, answer.toString());
    assertTrue(answer.get("suggestion").isNull(), answer.toString());
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("/api/search?q=x&size=101", "size"),
            Map.entry("/api/search?q=x&size=1e9", "size"),
            Map.entry("/api/search?q=x&page=0", "page"),
            Map.entry("/api/search?q=x&page=-1", "page"),
            Map.entry("/api/search?q=x&type=tweet", "type"),
            Map.entry("/api/search?q=x&from=2025-13-01", "from"),
            Map.entry("/api/search?q=x&to=yesterday", "to"),
            Map.entry("/api/search?q=" + "a".repeat(1001), "q"),
            Map.entry("/api/articles/news/altman?q=" + "a+".repeat(1100), "q"),
            Map.entry("/api/search?q=x&page=200&size=100", "page"),
            Map.entry("/api/search?q=x&correct=maybe", "correct"));
    for (var entry : cases.entrySet()) {
      JsonNode error = getJson(entry.getKey(), 400);
      assertEquals(entry.getValue(), error.get("param").asText(), entry.getKey());
      assertTrue(
          error.get("error").asText().contains("'" + entry.getValue() + "'")
              || error.get("error").asText().contains("page × size"),
          error.toString());
    }
  }

  @Test
  void queryOfSyntaxSoupIsNotAnError() throws Exception {
    for (String q :
        List.of(
            "%22",
            "(((", "-", "*", "a+%7C+%7C+b", "~2", "%2B-%2B", "AND+OR", "%5C", "%F0%9F%98%80")) {
      getJson("/api/search?q=" + q, 200);
    }
  }

  @Test
  void articleRouteReturnsParagraphsHighlightedAndQuotes() throws Exception {
    JsonNode article = getJson("/api/articles/news/altman?q=money", 200);

    assertEquals("Altman replies", article.get("title").asText());
    assertEquals("2025-02-02", article.get("date").asText());
    assertEquals(3, article.get("paragraphs").size());
    assertEquals(
        "Sam Altman answered within the hour.",
        article.get("paragraphs").get(0).get("highlight").asText());
    assertTrue(
        article.get("paragraphs").get(1).get("highlight").asText().contains("<mark>money</mark>"));
    JsonNode quote = article.get("quotes").get(0);
    assertEquals("Sam Altman", quote.get("speaker").asText());
    assertEquals(1, quote.get("paragraph").asInt());
  }

  @Test
  void unknownArticleAndRouteAre404Json() throws Exception {
    assertEquals(
        "no article with id 'news/none'",
        getJson("/api/articles/news/none", 404).get("error").asText());
    assertTrue(getJson("/api/nothing", 404).get("error").asText().contains("/api/nothing"));
  }

  @Test
  void statsHealthAndOpenApiAnswer() throws Exception {
    JsonNode stats = getJson("/api/stats", 200);
    assertEquals(3, stats.get("articles").asInt());
    assertEquals(6, stats.get("paragraphs").asInt());
    assertTrue(
        stats.get("committed").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), stats.toString());

    assertEquals("ok", getJson("/health", 200).get("status").asText());

    JsonNode openApi = getJson("/api/openapi.json", 200);
    assertTrue(
        openApi.get("paths").has("/api/search") && openApi.get("paths").has("/api/articles/{id}"),
        openApi.toString());
  }

  @Test
  void servesThePageWithSecurityHeadersOnEveryResponse() throws Exception {
    for (String path :
        List.of("/", "/app.js", "/api/search?q=money", "/api/nothing", "/api/search?size=0")) {
      HttpResponse<String> response = get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"/app.js\" defer></script>"));
    assertFalse(page.body().contains("<script>"), "no inline script");
  }

  @Test
  void staticFilesCannotReachOutsideTheWebFolder() throws Exception {
    for (String path :
        List.of(
            "/../pom.xml",
            "/%2e%2e/pom.xml",
            "/..%2fpom.xml",
            "/web/../../pom.xml",
            "/dev/verbatim/cli/Main.class",
            "/openapi.json/../simplelogger.properties")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(
          response.statusCode() == 400 || response.statusCode() == 404,
          path + " -> " + response.statusCode());
      assertFalse(
          response.body().contains("<artifactId>") || response.body().contains("simpleLogger"),
          path);
    }
  }

  @Test
  void withoutAnIndexToAnswerFromSearchesAre503WithTheReasonAndThePageStillLoads()
      throws Exception {
    ServedIndex index = new ServedIndex();
    WebServer waiting = new WebServer(index).start("127.0.0.1", 0);
    try {
      URI search = URI.create("http://127.0.0.1:" + waiting.port() + "/api/search?q=money");
      index.unavailable("the index is being built; try again in a moment");

      HttpResponse<String> answer =
          http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(503, answer.statusCode());
      assertEquals(
          "the index is being built; try again in a moment",
          json.readTree(answer.body()).get("error").asText());
      assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + waiting.port() + "/"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());

      index.ready(searcher);
      HttpResponse<String> later =
          http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, later.statusCode(), later.body());
    } finally {
      waiting.close();
    }
  }

  @Test
  void newCommitIsPickedUpOnRefreshWhileServing() throws Exception {
    assertEquals(0, getJson("/api/search?q=zebra", 200).get("total").asInt());

    List<Article> more = new ArrayList<>(ARTICLES);
    more.add(TestIndex.article("news/zoo", "Zoo", "A zebra escaped and was found grazing nearby."));
    TestIndex.build(folder, more);
    assertEquals(
        0,
        getJson("/api/search?q=zebra", 200).get("total").asInt(),
        "still on the old commit until a refresh");
    searcher.refresh();

    assertEquals(1, getJson("/api/search?q=zebra", 200).get("total").asInt());
  }

  @Test
  void headOfThePageAndTheApiDocumentHasGetsHeadersAndNoBody() throws Exception {
    for (String path : List.of("/", "/api/openapi.json")) {
      HttpResponse<String> get = get(path);
      HttpResponse<String> head =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, head.statusCode(), path);
      assertEquals(
          get.headers().firstValue("Content-Type"),
          head.headers().firstValue("Content-Type"),
          path);
      assertEquals(
          String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
          head.headers().firstValue("Content-Length").orElse("none"),
          path);
      assertEquals("", head.body(), path);
    }
  }
}
