package dev.verbatim.cli;

import dev.verbatim.bench.QuoteFinderBenchmark;
import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench quotes}: the quote finder's speed over a corpus read into memory first. */
@Command(
    name = "quotes",
    description =
        "Measures the quote finder alone: median time of a pass over every article of a corpus.")
final class BenchQuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description = "Folder of article files.")
  Path corpus;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "5",
      description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--passes",
      paramLabel = "N",
      defaultValue = "15",
      description = "Timed passes; the median is reported (default: ${DEFAULT-VALUE}).")
  int passes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Corpus files = new Corpus(corpus);
    List<Article> articles = new ArrayList<>();
    long paragraphs = 0;
    for (Path file : files.files()) {
      try {
        for (Article article : files.read(file).articles()) {
          articles.add(article);
          paragraphs += article.paragraphs().size();
        }
      } catch (InvalidArticleException | UncheckedIOException e) {
        // the quotes command warns about these; a benchmark only counts what it reads
      }
    }
    QuoteFinderBenchmark.Result result =
        QuoteFinderBenchmark.run(articles, warmup, Math.max(1, passes));
    double seconds = result.medianSeconds();
    out.println(
        String.format(
            Locale.ROOT,
            "quote finder over %,d articles (%,d paragraphs): median pass %.3f s of %d (after %d warm-up; CPU %.3f s), %,.0f articles/s; %,d quotations, %,d with a speaker",
            articles.size(),
            paragraphs,
            seconds,
            result.passNanos().length,
            warmup,
            result.medianCpuSeconds(),
            articles.size() / seconds,
            result.quotations(),
            result.withSpeaker()));
    out.flush();
    return 0;
  }
}
