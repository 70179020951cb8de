package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestServer;
import dev.verbatim.search.SearchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real indexing process ({@code destroyForcibly}, as a power cut or {@code kill -9} would)
 * at random points of a build, several times: the previous commit must survive each time whole.
 */
@Tag("long")
class CrashMidBuildTest {

  private static final int KILLS = 3;

  @TempDir Path dir;

  @Test
  void killedBuildsLeaveThePreviousCommitWholeAndTheNextBuildCompletes() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    Files.copy(Path.of("corpus", "000_590e9303d48f5539.txt"), small.resolve("seed.txt"));
    Path index = dir.resolve("index");
    assertEquals(
        0,
        CommandRun.of("index", "--corpus", small.toString(), "--index", index.toString())
            .exitCode());
    int committedDocs = numDocs(index);
    Path big = dir.resolve("big");
    assertEquals(
        0,
        CommandRun.of(
                "bench",
                "generate",
                "--paragraphs",
                "40000",
                "--seed",
                "3",
                "--out",
                big.toString(),
                "--source",
                "corpus")
            .exitCode());

    Random random = new Random(42);
    for (int kill = 0; kill < KILLS; kill++) {
      Process build = indexInChildJvm(big, index);
      long after = 500L + random.nextInt(3000);
      boolean finished = build.waitFor(after, TimeUnit.MILLISECONDS);
      assertTrue(
          !finished,
          "the build ended within " + after + " ms, before the kill: make the corpus bigger");
      build.destroyForcibly().waitFor();

      assertEquals(
          committedDocs,
          numDocs(index),
          "kill " + kill + " after " + after + " ms: the previous commit opens, unchanged");
      assertTrue(checkIndex(index), "CheckIndex is clean after kill " + kill);
      assertServerAnswers(index);
    }

    CommandRun next =
        CommandRun.of("index", "--corpus", big.toString(), "--index", index.toString());
    assertEquals(0, next.exitCode(), next.err());
    assertTrue(
        numDocs(index) > committedDocs * 100,
        "the next build completes: " + numDocs(index) + " documents");
    assertTrue(checkIndex(index));
    System.out.printf("crash mid-build: %d kills survived%n", KILLS);
  }

  private Process indexInChildJvm(Path corpus, Path index) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private static int numDocs(Path index) throws Exception {
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  private static boolean checkIndex(Path index) throws Exception {
    try (Directory directory = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(directory)) {
      return check.checkIndex().clean;
    }
  }

  private static void assertServerAnswers(Path index) throws Exception {
    try (TestServer served = TestServer.over(index)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + served.port() + "/api/search?q=money"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(
          served.searcher().search(SearchRequest.of("money")).total() > 0,
          "the seed's quotation is found");
    }
  }
}
