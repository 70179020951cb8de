package dev.verbatim.cli;

import dev.verbatim.bench.QueryBenchmark;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench query}: in-process latency of a fixed query mix, full search against bare
 * Lucene.
 */
@Command(
    name = "query",
    description =
        "Measures in-process query latency (p50/p99) with highlighting and facets, against bare Lucene.")
final class BenchQueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexFolderOption index;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "200",
      description = "Warm-up rounds of the mix (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "500",
      description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--words",
      paramLabel = "FILE",
      description =
          "Also time each word of FILE (`bench words`) searched once, after one warm-up pass: a"
              + " load no cache can serve, with the mean CPU time per search.")
  Path words;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneSearch searcher =
        LuceneSearch.open(index.folder, 0)) { // no kept answers: every run searches in full
      String speaker =
          searcher
              .search(new SearchRequest("", "quote", null, null, null, null, 1, 1))
              .facets()
              .speaker()
              .keySet()
              .stream()
              .findFirst()
              .orElse(null);
      Map<String, SearchRequest> mix = QueryBenchmark.mix(speaker);
      long paragraphs = searcher.stats().paragraphs();
      out.printf(
          "index %s: %,d paragraphs; speaker filter: %s; %d warm-up rounds, %d timed runs per query%n",
          index.folder, paragraphs, speaker, warmup, iterations);
      for (QueryBenchmark.Series series :
          QueryBenchmark.verbatim(searcher, mix, warmup, iterations)) {
        print(out, "verbatim, " + series.name(), series);
      }
      print(out, "", QueryBenchmark.bare(index.folder, mix, warmup, iterations));
      if (words != null) {
        List<String> list = Files.readAllLines(words);
        QueryBenchmark.Series different = QueryBenchmark.differentWords(searcher, list);
        print(out, "verbatim, " + different.name(), different);
        out.printf(
            Locale.ROOT,
            "%-34s mean %6.2f ms CPU per search%n",
            "",
            different.cpuMillisPerSearch());
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String name, QueryBenchmark.Series series) {
    String matches =
        series.matches() == QueryBenchmark.Series.MIXED
            ? ""
            : String.format(Locale.ROOT, "   %,d matches", series.matches());
    out.println(
        String.format(
            Locale.ROOT,
            "%-34s p50 %7.2f ms   p99 %7.2f ms%s",
            name.isEmpty() ? series.name() : name,
            series.percentileMillis(50),
            series.percentileMillis(99),
            matches));
  }
}
