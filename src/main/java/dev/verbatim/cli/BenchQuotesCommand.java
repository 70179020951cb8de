package dev.verbatim.cli;

import dev.verbatim.bench.CorpusArticles;
import dev.verbatim.bench.QuoteFinderBenchmark;
import dev.verbatim.bench.TimedPasses;
import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verbatim bench quotes}: the quote finder's speed over a corpus read into memory first. */
@Command(
    name = "quotes",
    description =
        "Measures the quote finder alone: median time of a pass over every article of a corpus.")
final class BenchQuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TimedPassOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = CorpusArticles.of(new Corpus(options.corpus));
    long paragraphs = articles.stream().mapToLong(article -> article.paragraphs().size()).sum();
    TimedPasses<QuoteFinderBenchmark.Found> result =
        QuoteFinderBenchmark.run(articles, options.warmup, options.timedPasses());
    out.println(
        String.format(
            Locale.ROOT,
            "quote finder over %,d articles (%,d paragraphs): %s, %,.0f articles/s; %,d quotations, %,d with a speaker",
            articles.size(),
            paragraphs,
            result.summary(),
            articles.size() / result.medianSeconds(),
            result.found().quotations(),
            result.found().withSpeaker()));
    out.flush();
    return 0;
  }
}
