package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark harness on a tiny generated corpus, so the harness cannot rot. */
class BenchCommandTest {

  @TempDir Path dir;

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

    CommandRun run =
        CommandRun.of(
            "bench",
            "index",
            "--corpus",
            dir.resolve("corpus").toString(),
            "--work",
            dir.resolve("work").toString(),
            "--rounds",
            "1");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines.get(0).startsWith("bare Lucene") && lines.get(0).contains("200 paragraphs"),
        run.out());
    assertTrue(
        lines.get(1).startsWith("verbatim") && lines.get(1).contains("200 paragraphs"), run.out());
    assertTrue(
        lines.get(2).startsWith("ratio        verbatim / bare Lucene throughput = ")
            && lines.get(2).contains("CPU time verbatim / bare = "),
        run.out());
    assertTrue(lines.get(1).matches(".* s \\(CPU +[0-9.]+ s\\) .*"), run.out());

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
}
