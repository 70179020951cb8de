package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and hostile requests against a real server: each is answered 200, 400 or 404
 * (or 401, behind access keys) within a time bound, errors are JSON, and the server is healthy
 * afterwards. Seeded, so a failure repeats.
 */
@Tag("long")
class ApiFuzzTest {

  private static final int REQUESTS = 3000;
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final Set<Integer> ALLOWED = Set.of(200, 400, 404);
  private static final Set<Integer> ALLOWED_WITH_KEYS = Set.of(200, 400, 401, 404);

  /** Where the wrong keys come from, so that the limiter they wake does not stop the right ones. */
  private static final String GUESSER = "127.0.0.3";

  private static final String SYNTAX = "\"*~|+-()\\&!^[]{}:/?'’“”`";
  private static final List<String> HOSTILE_PATHS =
      List.of(
          "/../pom.xml",
          "/%2e%2e/pom.xml",
          "/%2e%2e%2fpom.xml",
          "/..%2fpom.xml",
          "/web/../../pom.xml",
          "/.%2e/.%2e/etc/passwd",
          "/%252e%252e/pom.xml",
          "//etc/passwd",
          "/api/articles/..%2f..%2fpom.xml",
          "/api/articles/%2e%2e",
          "/dev/verbatim/cli/Main.class",
          "/openapi.json/../simplelogger.properties",
          "/web/app.js",
          "/index.html/",
          "/api/search/",
          "/api",
          "/%00",
          "/%c0%ae%c0%ae/pom.xml");

  @TempDir Path folder;
  private TestServer served;
  private final Random random = new Random(2026);

  @BeforeEach
  void build() {
    TestIndex.build(folder, WebServerTest.ARTICLES);
  }

  @AfterEach
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void randomAndHostileRequestsGetOnly200_400Or404QuicklyAndTheServerStaysHealthy()
      throws Exception {
    served = TestServer.over(folder);
    fuzz(ALLOWED, i -> null);
  }

  @Test
  void behindKeysTheyGetOnly200_400_401Or404AndTheServerStaysHealthy() throws Exception {
    served = TestServer.over(folder, AccessKeys.parse(AccessControlTest.KEY, "test"));
    List<String> wrong =
        List.of(
            AccessControlTest.basic("x", "wrong-key-0000000000"),
            "Bearer " + text(30),
            "Basic " + text(20),
            "Basic",
            "Bearer ",
            AccessControlTest.basic(text(5), text(40)),
            text(50));
    fuzz(
        ALLOWED_WITH_KEYS,
        i ->
            switch (random.nextInt(10)) {
              case 0, 1 -> wrong.get(random.nextInt(wrong.size())).replaceAll("[\\r\\n]", " ");
              case 2 -> "";
              case 3, 4 -> AccessControlTest.basic(text(8).replace(":", ""), AccessControlTest.KEY);
              default -> "Bearer " + AccessControlTest.KEY;
            });
  }

  /**
   * Sends {@link #REQUESTS} requests, the {@code i}th with the Authorization header {@code
   * authorization} gives (none when null or empty), and checks each answer and the server after.
   */
  private void fuzz(Set<Integer> allowed, IntFunction<String> authorization) throws Exception {
    Map<Integer, Integer> statuses = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < REQUESTS; i++) {
      String pathAndQuery = request(i);
      String key = authorization.apply(i);
      long started = System.nanoTime();
      Answer answer = send(pathAndQuery, key);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      statuses.merge(answer.status(), 1, Integer::sum);
      assertTrue(
          allowed.contains(answer.status()),
          pathAndQuery + " -> " + answer.status() + " " + answer.body());
      assertTrue(took.compareTo(BOUND) < 0, pathAndQuery + " took " + took);
      if (answer.status() != 200) {
        assertTrue(
            json.readTree(answer.body()).hasNonNull("error"),
            pathAndQuery + " -> " + answer.body());
        assertTrue(
            answer.head().contains("Content-Security-Policy: default-src 'self'"),
            pathAndQuery + ": " + answer.head());
      }
      assertTrue(
          !answer.body().contains("<artifactId>") && !answer.body().contains("simpleLogger"),
          pathAndQuery + " leaked a file");
    }
    System.out.printf("API fuzz: %,d requests, statuses %s%n", REQUESTS, statuses);

    assertEquals(200, send("/health", null).status());
    assertTrue(served.searcher().search(SearchRequest.of("money")).total() > 0, "still searching");
  }

  private record Answer(int status, String head, String body) {}

  /**
   * Sends the request line as given, byte for byte: HTTP clients refuse to send, or tidy up, the
   * malformed escapes and dot segments this test is about. HTTP/1.0, so the answer is never
   * chunked. A request with an Authorization header other than the right bearer key comes from
   * {@link #GUESSER}.
   */
  private Answer send(String pathAndQuery, String authorization) throws IOException {
    boolean guess =
        authorization != null && !authorization.equals("Bearer " + AccessControlTest.KEY);
    InetAddress from = guess ? InetAddress.getByName(GUESSER) : InetAddress.getLoopbackAddress();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), served.port(), from, 0)) {
      socket.setSoTimeout((int) BOUND.toMillis());
      String header =
          authorization == null || authorization.isEmpty()
              ? ""
              : "Authorization: " + authorization + "\r\n";
      socket
          .getOutputStream()
          .write(
              ("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1\r\n" + header + "\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = raw.indexOf("\r\n\r\n");
      if (raw.length() < 12 || split < 0) {
        throw new AssertionError(
            "no complete HTTP answer to GET "
                + pathAndQuery
                + " (Authorization: "
                + authorization
                + "): '"
                + raw
                + "'");
      }
      return new Answer(
          Integer.parseInt(raw.substring(9, 12)),
          raw.substring(0, split),
          raw.substring(split + 4));
    }
  }

  /**
   * One request: mostly searches with hostile parameters, some article look-ups and hostile paths.
   */
  private String request(int i) {
    return switch (i % 10) {
      case 0 -> HOSTILE_PATHS.get(random.nextInt(HOSTILE_PATHS.size()));
      case 1 ->
          "/api/articles/"
              + encode(text(random.nextInt(40)))
              + (random.nextBoolean() ? "?q=" + encode(text(20)) : "");
      case 2 ->
          "/api/search?q="
              + encode(
                  IntStream.range(0, 10_000)
                      .mapToObj(n -> "w" + n)
                      .collect(Collectors.joining(" ")));
      case 3 -> "/api/search?q=" + encode("x".repeat(1 + random.nextInt(60_000)));
      case 4 -> "/api/search?q=" + rawPercent();
      default -> "/api/search?q=" + encode(text(random.nextInt(120))) + params();
    };
  }

  private String params() {
    StringBuilder params = new StringBuilder();
    String[] names = {"type", "speaker", "article", "from", "to", "page", "size", "q"};
    String[] values = {
      "1e9",
      "-1",
      "0",
      "",
      "NaN",
      "99999999999999999999",
      "quote",
      "paragraph",
      "2025-13-45",
      "2025-02-30",
      "9999-12-31",
      "-999999999-01-01",
      "1",
      "100",
      "101",
      "10000",
      "Elon Musk",
      "<script>alert(1)</script>"
    };
    for (int n = random.nextInt(4); n > 0; n--) {
      String value = random.nextInt(4) == 0 ? text(10) : values[random.nextInt(values.length)];
      params
          .append('&')
          .append(names[random.nextInt(names.length)])
          .append('=')
          .append(encode(value));
    }
    return params.toString();
  }

  /** Words, Lucene syntax, control characters, emoji and other planes, mixed. */
  private String text(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        case 1 -> text.append((char) random.nextInt(0x20));
        case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(80));
        case 3 -> text.appendCodePoint(random.nextInt(0x2FFFF));
        default ->
            text.append(
                List.of("money", "said", "musk", "AND", "OR", "NOT", " ", "*", "\"the money\"")
                    .get(random.nextInt(9)));
      }
    }
    return text.toString();
  }

  /** Percent signs that do not form valid escapes, or escapes of invalid UTF-8. */
  private String rawPercent() {
    return List.of("%", "%zz", "%00", "%ff%fe", "%c0%af", "%e2%82", "a%2", "%%41")
        .get(random.nextInt(8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
