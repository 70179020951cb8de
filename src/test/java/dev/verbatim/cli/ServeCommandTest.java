package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  /** An article added to the corpus after the first build; the seed never mentions a zebra. */
  private static final String ZOO =
      "Zebra escapes\n\nA zebra escaped and was found grazing nearby.";

  private static final Pattern SERVING = Pattern.compile("on http://[\\d.]+:(\\d+)/");

  private static final String KEY = "serve-test-key-7c41e9a0";

  private final HttpClient http = HttpClient.newHttpClient();

  private long total(int port, String query) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?q=" + query);
    String body =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    return new ObjectMapper().readTree(body).get("total").asLong();
  }

  /**
   * A {@code serve} running on a free port until closed, which also checks that it exits with 0.
   */
  private record Running(
      ServeCommand serve, CompletableFuture<Integer> exit, StringWriter out, int port)
      implements AutoCloseable {

    static Running serve(Path corpus, Path index, String... options) throws InterruptedException {
      StringWriter out = new StringWriter();
      CommandLine commandLine =
          Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
      ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
      List<String> args =
          new ArrayList<>(
              List.of(
                  "serve",
                  "--corpus",
                  corpus.toString(),
                  "--index",
                  index.toString(),
                  "--port",
                  "0"));
      args.addAll(List.of(options));
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(() -> commandLine.execute(args.toArray(String[]::new)));
      return new Running(serve, exit, out, awaitPort(out));
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
      serve.stop();
      try {
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void buildsTheMissingIndexServesItAndPicksUpARebuild(@TempDir Path dir) throws Exception {
    Path corpus = seedCorpus(dir);
    Path index = dir.resolve("index");
    try (Running server = Running.serve(corpus, index)) {
      assertTrue(
          server
              .out()
              .toString()
              .contains("No index in " + index + " yet; building it from " + corpus),
          server.out().toString());
      assertEquals(1, total(server.port(), "flattery"));
      assertEquals(0, total(server.port(), "zebra"));

      Files.writeString(corpus.resolve("zoo.txt"), ZOO);
      assertEquals(
          0,
          CommandRun.of("index", "--corpus", corpus.toString(), "--index", index.toString())
              .exitCode());

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (total(server.port(), "zebra") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals(
          1,
          total(server.port(), "zebra"),
          "the running server sees the new commit without a restart");
    }
  }

  @Test
  void rebuildsAnIndexOlderThanTheCorpusBeforeServing(@TempDir Path dir) throws Exception {
    Path corpus = seedCorpus(dir);
    Path index = dir.resolve("index");
    assertEquals(
        0,
        CommandRun.of("index", "--corpus", corpus.toString(), "--index", index.toString())
            .exitCode());
    Path zoo = Files.writeString(corpus.resolve("zoo.txt"), ZOO);
    Files.setLastModifiedTime(zoo, FileTime.from(Instant.now().plusSeconds(60)));

    try (Running server = Running.serve(corpus, index)) {
      assertTrue(
          server
              .out()
              .toString()
              .contains("The index in " + index + " is older than the corpus in " + corpus),
          server.out().toString());
      assertEquals(1, total(server.port(), "zebra"));
      assertEquals(1, total(server.port(), "flattery"));
    }
  }

  @Test
  void aTakenPortIsReportedBeforeAnyBuild(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandRun run = serve(dir, "--port", String.valueOf(taken.getLocalPort()));

      assertEquals(Main.EXIT_FAILURE, run.exitCode());
      assertTrue(
          run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
      assertFalse(Files.exists(index), "nothing was built for a server that cannot listen");
    }
  }

  @Test
  void portOutOfRangeIsInvalidInputNamingTheOption(@TempDir Path dir) throws Exception {
    CommandRun run = serve(dir, "--port", "99999");

    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("--port must be 0..65535, got 99999"), run.err());
  }

  @Test
  void aTakenPortGivesOurMessageOnlyNotJavalinsLogLine(@TempDir Path dir) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
      serve(dir, "--port", String.valueOf(taken.getLocalPort()));
    } finally {
      System.setErr(original);
    }
    assertFalse(
        logged.toString(StandardCharsets.UTF_8).contains("Failed to start Javalin"),
        logged.toString(StandardCharsets.UTF_8));
  }

  @Test
  void missingCorpusAndIndexIsInvalidInput(@TempDir Path dir) {
    CommandRun run =
        CommandRun.of(
            "serve",
            "--corpus",
            dir.resolve("none").toString(),
            "--index",
            dir.resolve("index").toString());

    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("does not exist"), run.err());
  }

  /** A corpus folder in {@code dir} holding one seed article (the only one mentioning flattery). */
  @Test
  void offLoopbackWithoutKeysRefusesToStartAndNamesBothWays(@TempDir Path dir) throws Exception {
    CommandRun run = serve(dir, "--host", "0.0.0.0", "--port", "0");
    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "--host 0.0.0.0 serves the archive beyond this machine; give access keys (set"
                    + " VERBATIM_KEYS or pass --keys-file FILE), or pass --no-auth"),
        run.err());
    assertFalse(Files.exists(dir.resolve("index")), "refused before any build");
  }

  @Test
  void noAuthServesBeyondLoopbackAndSaysSo(@TempDir Path dir) throws Exception {
    try (Running server =
        Running.serve(seedCorpus(dir), dir.resolve("index"), "--host", "0.0.0.0", "--no-auth")) {
      assertEquals(1, total(server.port(), "flattery"));
      assertTrue(
          server.out().toString().contains("warning: no access keys (--no-auth)"),
          server.out().toString());
    }
  }

  @Test
  void noAuthWithKeysIsAContradiction(@TempDir Path dir) throws Exception {
    Path keys = Files.writeString(dir.resolve("keys"), KEY);
    CommandRun run = serve(dir, "--keys-file", keys.toString(), "--no-auth");
    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("--no-auth and access keys (--keys-file)"), run.err());
  }

  @Test
  void aKeysFileGuardsEveryRouteAndNoKeyIsEverPrinted(@TempDir Path dir) throws Exception {
    Path keys = Files.writeString(dir.resolve("keys"), "# the desk\n" + KEY + "\n");
    String wrong = "guessed-key-0000000000";
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    String printed;
    try {
      PrintStream capture = new PrintStream(logged, true, StandardCharsets.UTF_8);
      System.setErr(capture);
      System.setOut(capture);
      try (Running server =
          Running.serve(seedCorpus(dir), dir.resolve("index"), "--keys-file", keys.toString())) {
        assertTrue(server.out().toString().contains("access keys required"));
        URI search = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=flattery");
        assertEquals(401, status(search, null));
        assertEquals(401, status(search, "Bearer " + wrong));
        assertEquals(
            401,
            status(
                search,
                "Basic " + Base64.getEncoder().encodeToString(("desk:" + wrong).getBytes(UTF_8))));
        assertEquals(200, status(search, "Bearer " + KEY));
        assertEquals(
            200,
            status(
                search,
                "Basic " + Base64.getEncoder().encodeToString(("desk:" + KEY).getBytes(UTF_8))));
        printed = server.out().toString();
      }
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    String everything = printed + logged.toString(StandardCharsets.UTF_8);
    assertFalse(everything.contains(KEY), everything);
    assertFalse(everything.contains(wrong), everything);
  }

  /**
   * One run of {@code serve} over the seed corpus and an index in {@code dir}, with {@code
   * options}.
   */
  private static CommandRun serve(Path dir, String... options) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--corpus",
                seedCorpus(dir).toString(),
                "--index",
                dir.resolve("index").toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private int status(URI uri, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Path seedCorpus(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/004_a6f5ed7597a8b164.txt"), corpus.resolve("seed.txt"));
    return corpus;
  }

  private static int awaitPort(StringWriter out) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Matcher serving = SERVING.matcher(out.toString());
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server did not start: " + out);
  }
}
