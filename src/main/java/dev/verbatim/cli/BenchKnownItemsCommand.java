package dev.verbatim.cli;

import dev.verbatim.bench.KnownItems;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.lucene.LuceneSearch;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench known-items}: how often a paragraph's rarest words find its article. */
@Command(
    name = "known-items",
    description =
        "Searches for N random paragraphs of a corpus by their 4 rarest words and reports where"
            + " their articles rank: how many first, and the mean reciprocal rank (MRR).")
final class BenchKnownItemsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusFolderOption corpus;

  @Mixin IndexFolderOption index;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "100",
      description = "How many paragraphs (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Which paragraphs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--misses", description = "Also list the queries whose article was not first.")
  boolean misses;

  @Override
  public Integer call() {
    if (count < 1) {
      throw new IllegalArgumentException("--count must be 1 or more, got " + count);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneSearch searcher = LuceneSearch.open(index.folder, 0)) {
      KnownItems.Result result = KnownItems.run(new Corpus(corpus.folder), searcher, count, seed);
      if (misses) {
        result.queries().stream()
            .filter(query -> query.rank() != 1)
            .forEach(
                query ->
                    out.printf(
                        "rank %s  %s  (%s)%n",
                        query.rank() == 0 ? "-" : query.rank(), query.words(), query.article()));
      }
      out.printf(
          Locale.ROOT,
          "%d known items (seed %d): %d first, %d not in the first %d hits, MRR %.3f%n",
          result.queries().size(),
          seed,
          result.atRank(1),
          result.atRank(0),
          KnownItems.DEPTH,
          result.meanReciprocalRank());
    }
    out.flush();
    return 0;
  }
}
