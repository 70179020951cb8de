package dev.verbatim.cli;

import dev.verbatim.corpus.Corpus;
import dev.verbatim.index.BuildResult;
import dev.verbatim.index.IndexBuilder;
import dev.verbatim.quotes.QuoteFinder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim index}: builds or updates the index from the corpus folder, in one commit. */
@Command(
    name = "index",
    description = {
      "Builds the index from the articles in the corpus folder, or updates it: unchanged articles are kept,",
      "changed ones rewritten, deleted ones removed. The build ends in one commit, so a server reading the",
      "index sees either the old or the new one. Exit 0 when articles were indexed, 1 when none could be."
    })
final class IndexCommand implements Callable<Integer> {

  private static final int SKIPPED_SHOWN = 20;

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Folder of article files (default: ${DEFAULT-VALUE}).")
  Path corpusFolder;

  @Mixin IndexFolderOption index;

  @Option(names = "--full", description = "Rewrite every article, even unchanged ones.")
  boolean full;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = Clock.systemUTC();
    long started = System.nanoTime();
    Corpus corpus = new Corpus(corpusFolder);
    List<Path> files = corpus.files();
    CorpusIndexer indexer = new CorpusIndexer(corpus, new QuoteFinder(),
        problem -> err.println("warning: " + problem.file() + ": " + problem.reason()));
    CorpusIndexer.Outcome outcome;
    try (IndexBuilder builder = IndexBuilder.open(index.folder, QuoteFinder.RULES_VERSION, full, clock);
        Progress progress = Terminal.isInteractive()
            ? Progress.bar("Indexing", files.size(), System.err)
            : Progress.lines("indexing", files.size(), err, clock, Duration.ofSeconds(5))) {
      outcome = indexer.run(files, builder, progress);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    printSkipped(outcome.skipped(), err);
    if (outcome.result() == null) {
      err.printf("error: no usable article in %s (%d files, %d skipped); the index was left as it was%n",
          corpusFolder, outcome.files(), outcome.skipped().size());
      return Main.EXIT_FAILURE;
    }
    BuildResult result = outcome.result();
    out.println(String.format(Locale.ROOT,
        "Indexed %,d articles (%,d written, %,d unchanged, %,d removed%s): %,d paragraphs, %,d quotes; %,d files skipped; %.1f s, %.1f articles/s",
        result.articles(), result.written(), result.unchanged(), result.removed(),
        result.fullRebuild() ? ", full rebuild" : "",
        result.paragraphs(), result.quotes(), outcome.skipped().size(), seconds, outcome.articlesRead() / seconds));
    out.flush();
    return 0;
  }

  private static void printSkipped(List<CorpusIndexer.Problem> skipped, PrintWriter err) {
    if (skipped.isEmpty()) {
      return;
    }
    err.printf("Skipped %d file%s:%n", skipped.size(), skipped.size() == 1 ? "" : "s");
    skipped.stream().limit(SKIPPED_SHOWN).forEach(problem -> err.println("  " + problem.file() + ": " + problem.reason()));
    if (skipped.size() > SKIPPED_SHOWN) {
      err.printf("  … and %d more (see the warnings above)%n", skipped.size() - SKIPPED_SHOWN);
    }
    err.flush();
  }
}
