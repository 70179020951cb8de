package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server with access keys: what each route answers without a key, with a wrong and a right
 * one.
 */
class AccessControlTest {

  static final String KEY = "newsroom-key-5f1d8a2c9b";
  private static final String WRONG = "newsroom-key-00000000000";

  /** Every route but /health, and one that does not exist. */
  private static final List<String> ROUTES =
      List.of(
          "/",
          "/app.js",
          "/style.css",
          "/api/search?q=money",
          "/api/articles/news%2Fmusk",
          "/api/stats",
          "/api/speakers",
          "/api/openapi.json",
          "/no/such/page");

  @TempDir Path folder;
  private TestServer served;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() {
    TestIndex.build(folder, WebServerTest.ARTICLES);
    served = TestServer.over(folder, AccessKeys.parse(KEY, "test"));
  }

  @AfterEach
  void stop() {
    served.close();
  }

  static String basic(String user, String key) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(HttpClient client, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertRefused(HttpResponse<String> answer, String error) throws Exception {
    String what = answer.uri() + " -> " + answer.body();
    assertEquals(401, answer.statusCode(), what);
    assertEquals(error, json.readTree(answer.body()).get("error").asText(), what);
    assertEquals(
        "Basic realm=\"Verbatim\", charset=\"UTF-8\"",
        answer.headers().firstValue("WWW-Authenticate").orElse(null),
        what);
    assertEquals(
        WebServer.CONTENT_SECURITY_POLICY,
        answer.headers().firstValue("Content-Security-Policy").orElse(null),
        what);
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void everyRouteButHealthNeedsAKey() throws Exception {
    for (String route : ROUTES) {
      assertRefused(
          get(http, route, null),
          "this server needs an access key: give it as the password (any user name) or as"
              + " 'Authorization: Bearer KEY'");
    }
    HttpResponse<String> head =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + "/"))
                .HEAD()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, head.statusCode());
    HttpResponse<String> health = get(http, "/health", null);
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\"}", health.body(), "health tells nothing of the archive");
  }

  @Test
  void aWrongKeyIsRefusedAsBasicOrBearerOrGarbled() throws Exception {
    for (String authorization :
        List.of(basic("desk", WRONG), "Bearer " + WRONG, "Basic !!not-base64!!", basic("", ""))) {
      assertRefused(get(http, "/api/search?q=money", authorization), "wrong access key");
    }
    assertRefused(
        get(http, "/api/search?q=money", "Digest username=\"desk\""),
        "this server needs an access key: give it as the password (any user name) or as"
            + " 'Authorization: Bearer KEY'");
  }

  @Test
  void theRightKeyOpensEveryRouteAsBasicWithAnyUserOrAsBearer() throws Exception {
    for (String authorization : List.of(basic("maria", KEY), basic("", KEY), "Bearer " + KEY)) {
      for (String route : ROUTES) {
        HttpResponse<String> answer = get(http, route, authorization);
        assertEquals(route.equals("/no/such/page") ? 404 : 200, answer.statusCode(), route);
      }
    }
    assertTrue(
        json.readTree(get(http, "/api/search?q=money", "Bearer " + KEY).body())
                .get("total")
                .asLong()
            > 0);
  }

  @Test
  void aBurstOfWrongKeysIsSlowedThenRecoversAndOtherAddressesStillGetIn() throws Exception {
    int wrongAnswers = 0;
    HttpResponse<String> slowed = null;
    for (int i = 0; i < 3 * KeyCheck.BURST && slowed == null; i++) {
      HttpResponse<String> answer = get(http, "/api/stats", "Bearer " + WRONG + i);
      assertEquals(401, answer.statusCode());
      if (answer.headers().firstValue("Retry-After").isPresent()) {
        slowed = answer;
      } else {
        wrongAnswers++;
      }
    }
    assertNotNull(slowed, "never slowed");
    assertTrue(wrongAnswers >= KeyCheck.BURST, wrongAnswers + " wrong keys checked");
    assertTrue(json.readTree(slowed.body()).get("error").asText().startsWith("too many wrong"));
    assertEquals("1", slowed.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(
        401,
        get(http, "/api/stats", "Bearer " + KEY).statusCode(),
        "while slowed, no key from the address is checked: a guess that hit would tell");

    HttpClient colleague =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
    assertEquals(200, get(colleague, "/api/stats", basic("ana", KEY)).statusCode());

    Thread.sleep(KeyCheck.INTERVAL.toMillis() + 100);
    assertEquals(200, get(http, "/api/stats", "Bearer " + KEY).statusCode(), "recovered");
    assertFalse(
        get(http, "/api/stats", "Bearer " + WRONG).headers().firstValue("Retry-After").isPresent(),
        "a wrong key after the wait is checked again");
  }
}
