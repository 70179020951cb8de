package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark harness on a tiny generated corpus, so the harness cannot rot. */
class BenchCommandTest {

  @TempDir Path dir;

  /** {@code bench index} over the generated "corpus" into "work", with {@code rounds} options. */
  private CommandRun benchIndex(String... rounds) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "index",
                "--corpus",
                dir.resolve("corpus").toString(),
                "--work",
                dir.resolve("work").toString()));
    args.addAll(List.of(rounds));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private CommandRun generate(String out, String seed) {
    return CommandRun.of(
        "bench",
        "generate",
        "--paragraphs",
        "200",
        "--seed",
        seed,
        "--out",
        dir.resolve(out).toString(),
        "--source",
        "corpus");
  }

  @Test
  void generatorIsDeterministicForASeed() throws Exception {
    assertEquals(0, generate("a", "7").exitCode());
    assertEquals(0, generate("b", "7").exitCode());

    Path file = Path.of("generated-00000.jsonl");
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a").resolve(file)),
        Files.readAllBytes(dir.resolve("b").resolve(file)));
    assertTrue(
        Files.readString(dir.resolve("a").resolve(file)).contains("\"source\":\"generated\""));
  }

  @Test
  void indexAndQueryBenchmarksReportBothPipelines() {
    generate("corpus", "1");

    CommandRun run = benchIndex("--warmup", "1", "--max-warmup", "1", "--rounds", "1");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).matches("warm-up 1 +bare Lucene .* ratio [0-9.]+"), run.out());
    assertTrue(
        lines.get(1).matches("timed 1 +bare Lucene +[0-9.]+ s  verbatim +[0-9.]+ s .*"), run.out());
    assertTrue(
        lines.get(2).startsWith("bare Lucene") && lines.get(2).contains("200 paragraphs"),
        run.out());
    assertTrue(
        lines.get(3).startsWith("verbatim  ") && lines.get(3).contains("200 paragraphs"),
        run.out());
    assertTrue(
        lines.get(4).startsWith("verbatim, merged") && lines.get(4).contains("200 paragraphs"),
        run.out());
    assertTrue(
        lines
                .get(5)
                .matches(
                    "ratio +verbatim / bare Lucene throughput = [0-9.]+ searchable, [0-9.]+ merged .*")
            && lines.get(5).contains("after 1 warm-up rounds, the JIT compiler ")
            && lines.get(5).contains("CPU time verbatim / bare = "),
        run.out());
    assertTrue(lines.get(3).matches(".* s \\(CPU +[0-9.]+ s, JIT +[0-9.]+ s\\) .*"), run.out());

    CommandRun query =
        CommandRun.of(
            "bench",
            "query",
            "--index",
            dir.resolve("work").resolve("verbatim").toString(),
            "--warmup",
            "2",
            "--iterations",
            "5");

    assertEquals(0, query.exitCode(), query.err());
    List<String> latencies = query.out().lines().toList();
    assertTrue(latencies.get(0).contains("200 paragraphs"), query.out());
    assertTrue(
        latencies.stream()
            .anyMatch(line -> line.startsWith("verbatim, all") && line.contains("p99")),
        query.out());
    assertTrue(
        latencies.stream()
            .anyMatch(
                line ->
                    line.startsWith("verbatim, common word") && line.matches(".* [0-9,]+ matches")),
        query.out());
    assertTrue(
        latencies.stream().anyMatch(line -> line.startsWith("bare Lucene, all")), query.out());
  }

  @Test
  void indexBenchmarkRefusesBadRoundCountsBeforeBuildingAnything() {
    generate("corpus", "1");

    CommandRun run = benchIndex("--rounds", "0");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--rounds must be at least 1"), run.err());
    assertTrue(Files.notExists(dir.resolve("work")), "nothing is built");

    CommandRun fewerAtMost = benchIndex("--warmup", "4", "--max-warmup", "2");

    assertEquals(2, fewerAtMost.exitCode(), fewerAtMost.err());
    assertTrue(fewerAtMost.err().contains("--max-warmup at least --warmup"), fewerAtMost.err());
    assertTrue(Files.notExists(dir.resolve("work")), "nothing is built");
  }

  @Test
  void wordsOfAnUncachedLoadAreDifferentSpreadFromRareToCommonAndTimedEachOnce() throws Exception {
    generate("corpus", "1");
    Path words = dir.resolve("words.txt");

    CommandRun run =
        CommandRun.of(
            "bench",
            "words",
            "--corpus",
            dir.resolve("corpus").toString(),
            "--count",
            "50",
            "--out",
            words.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> list = Files.readAllLines(words);
    assertEquals(50, list.size());
    assertEquals(50, Set.copyOf(list).size(), "no word twice");
    assertTrue(list.contains("the"), "the most common word is in the spread: " + list);
    assertTrue(list.stream().allMatch(word -> word.matches("\\p{L}{3,}")), list.toString());

    assertEquals(
        0,
        CommandRun.of(
                "index",
                "--corpus",
                dir.resolve("corpus").toString(),
                "--index",
                dir.resolve("index").toString())
            .exitCode());
    CommandRun query =
        CommandRun.of(
            "bench",
            "query",
            "--index",
            dir.resolve("index").toString(),
            "--warmup",
            "1",
            "--iterations",
            "1",
            "--words",
            words.toString());
    assertEquals(0, query.exitCode(), query.err());
    assertTrue(
        query
            .out()
            .lines()
            .anyMatch(
                line -> line.startsWith("verbatim, different words (50)") && line.contains("p99")),
        query.out());
    assertTrue(query.out().contains("ms CPU per search"), query.out());
  }

  @Test
  void knownItemSearchFindsEachParagraphsArticleByItsRarestWords() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("known"));
    Files.writeString(
        corpus.resolve("desk.jsonl"),
        """
        {"id":"a","title":"A","paragraphs":["Zebras played oboes near glaciers and the harbour."]}
        {"id":"b","title":"B","paragraphs":["Pelicans sold violins beside volcanoes and the harbour."]}
        {"id":"c","title":"C","paragraphs":["Walruses painted murals under lighthouses and the harbour."]}
        """);
    Path index = dir.resolve("known-index");
    CommandRun.of("index", "--corpus", corpus.toString(), "--index", index.toString());

    CommandRun run =
        CommandRun.of(
            "bench",
            "known-items",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--count",
            "10",
            "--misses");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "3 known items (seed 1): 3 first, 0 not in the first 100 hits, MRR 1.000",
        run.out().strip(),
        "every paragraph is found, and no miss is listed");
  }

  @Test
  void quoteFinderBenchmarkReportsThePassAndWhatItFound() {
    CommandRun run =
        CommandRun.of("bench", "quotes", "--corpus", "corpus", "--warmup", "1", "--passes", "2");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .matches(
                "(?s)quote finder over 2 articles \\([0-9]+ paragraphs\\): median pass [0-9.]+ s of 2 \\(after 1 warm-up; CPU [0-9.]+ s\\), .* 14 quotations, 14 with a speaker\\s*"),
        run.out());
  }

  @Test
  void analysisBenchmarkReportsThePassAndTheTermsItGave() {
    CommandRun run =
        CommandRun.of("bench", "analysis", "--corpus", "corpus", "--warmup", "1", "--passes", "2");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .matches(
                "(?s)index analysis over 17 paragraphs \\([0-9.]+ MB\\): median pass [0-9.]+ s of 2 \\(after 1 warm-up; CPU [0-9.]+ s\\), [0-9.]+ MB/s; 1,392 terms\\s*"),
        run.out());
  }

  @Test
  void pairTimesTwoBuildsAgainstEachOtherRoundByRound() throws Exception {
    generate("corpus", "1");
    String thisBuild = System.getProperty("java.class.path");

    CommandRun run =
        CommandRun.of(
            "bench",
            "pair",
            "--baseline",
            thisBuild,
            "--candidate",
            thisBuild,
            "--corpus",
            dir.resolve("corpus").toString(),
            "--work",
            dir.resolve("work").toString(),
            "--forks",
            "2",
            "--warmup",
            "1",
            "--rounds",
            "2");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(5, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith("fork 1 warmup searchable"), run.out());
    assertTrue(lines.get(1).startsWith("fork 1 timed  searchable"), run.out());
    assertTrue(lines.get(2).startsWith("fork 2 warmup searchable"), run.out());
    assertTrue(lines.get(3).startsWith("fork 2 timed  searchable"), run.out());
    assertTrue(lines.get(4).startsWith("candidate / baseline: time to searchable"), run.out());
    for (String build : List.of("baseline", "candidate")) {
      try (var files = Files.list(dir.resolve("work").resolve(build))) {
        assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("segments_")));
      }
    }
  }

  @Test
  void pairRejectsABaselineThatIsNoBuild() {
    CommandRun run =
        CommandRun.of(
            "bench",
            "pair",
            "--baseline",
            dir.resolve("missing.jar").toString(),
            "--corpus",
            "corpus",
            "--work",
            dir.resolve("work").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no jar at"), run.err());
  }

  @Test
  void pairRejectsAClassPathWithoutVerbatim() {
    CommandRun run =
        CommandRun.of(
            "bench",
            "pair",
            "--baseline",
            dir.toString(),
            "--corpus",
            "corpus",
            "--work",
            dir.resolve("work").toString(),
            "--forks",
            "1",
            "--rounds",
            "1");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("holds no Verbatim build"), run.err());
  }
}
