package dev.verbatim.cli;

import dev.verbatim.bench.AnalysisBenchmark;
import dev.verbatim.bench.CorpusArticles;
import dev.verbatim.bench.TimedPasses;
import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verbatim bench analysis}: the index analyzer's speed over a corpus's paragraphs. */
@Command(
    name = "analysis",
    description =
        "Measures the analysis documents are written with, alone: median time of a pass over every paragraph of a corpus.")
final class BenchAnalysisCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TimedPassOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> paragraphs =
        CorpusArticles.of(new Corpus(options.corpus)).stream()
            .map(Article::paragraphs)
            .flatMap(List::stream)
            .toList();
    long bytes =
        paragraphs.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
    TimedPasses<Long> result =
        AnalysisBenchmark.run(paragraphs, options.warmup, options.timedPasses());
    out.println(
        String.format(
            Locale.ROOT,
            "index analysis over %,d paragraphs (%.1f MB): %s, %.2f MB/s; %,d terms",
            paragraphs.size(),
            bytes / 1e6,
            result.summary(),
            bytes / 1e6 / result.medianSeconds(),
            result.found()));
    out.flush();
    return 0;
  }
}
