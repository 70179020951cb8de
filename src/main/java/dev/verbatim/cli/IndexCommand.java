package dev.verbatim.cli;

import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.SolrIndex;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim index}: builds or updates the index from the corpus folder, in one commit. */
@Command(
    name = "index",
    description = "Builds the index from the articles in the corpus folder, or updates it: unchanged articles are kept, "
        + "changed ones rewritten, deleted ones removed. The build ends in one commit, so a server reading the "
        + "index sees either the old or the new one. With --solr, builds on SolrCloud: a full build fills a new "
        + "collection and then moves the alias to it. Exit 0 when articles were indexed, 1 when none could be.")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusFolderOption corpus;

  @Mixin IndexFolderOption index;

  @Mixin SolrOptions solr;

  @Mixin SolrLayoutOptions layout;

  @Option(names = "--full", description = "Rewrite every article, even unchanged ones (on SolrCloud: into a new collection).")
  boolean full;

  @Override
  public Integer call() {
    IndexRun run = new IndexRun(spec.commandLine().getOut(), spec.commandLine().getErr(), Clock.systemUTC());
    if (!solr.isSet()) {
      return run.run(corpus.folder, index.folder, full);
    }
    layout.check(spec.commandLine());
    try (SolrConnection connection = solr.connect()) {
      return run.run(corpus.folder,
          () -> SolrIndex.open(connection, solr.collection, QuoteFinder.RULES_VERSION, full, layout.shards, layout.replicas, Clock.systemUTC()));
    }
  }
}
