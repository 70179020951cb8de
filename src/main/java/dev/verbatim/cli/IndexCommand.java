package dev.verbatim.cli;

import dev.verbatim.index.IndexBuild;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.SolrIndex;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code verbatim index}: builds or updates the index from the corpus folder, in one commit. */
@Command(
    name = "index",
    description =
        "Builds the index from the articles in the corpus folder, or updates it: unchanged articles are kept, "
            + "changed ones rewritten, deleted ones removed. The build ends in one commit, so a server reading the "
            + "index sees either the old or the new one. With --solr, builds on SolrCloud: a full build fills a new "
            + "collection and then moves the alias to it. Exit 0 when articles were indexed, 1 when none could be.")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusFolderOption corpus;

  @Mixin IndexFolderOption index;

  @Mixin SolrOptions solr;

  @Mixin SolrLayoutOptions layout;

  @Option(
      names = "--full",
      description =
          "Rewrite every article, even unchanged ones (on SolrCloud: into a new collection).")
  boolean full;

  @Option(
      names = "--part",
      paramLabel = "K/N",
      description =
          "On SolrCloud, index only the articles whose id hashes to K of N, into the current collection: N machines share a build.")
  String part;

  @Override
  public Integer call() {
    IndexRun run =
        new IndexRun(spec.commandLine().getOut(), spec.commandLine().getErr(), Clock.systemUTC());
    if (!solr.isSet()) {
      if (part != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--part shares a build between machines, on SolrCloud only (add --solr URLS)");
      }
      return run.run(corpus.folder, index.folder, full);
    }
    layout.check(spec.commandLine());
    IndexBuild.Part share = part == null ? IndexBuild.Part.ALL : IndexBuild.Part.parse(part);
    if (part != null && full) {
      throw new ParameterException(
          spec.commandLine(),
          "--part writes into the current collection; a --full build is one machine's (or run solr init first)");
    }
    try (SolrConnection connection = solr.connect()) {
      return run.run(
          corpus.folder,
          part == null
              ? () ->
                  SolrIndex.open(
                      connection,
                      solr.collection,
                      QuoteFinder.RULES_VERSION,
                      full,
                      layout.shards,
                      layout.replicas,
                      Clock.systemUTC())
              : () ->
                  SolrIndex.openCurrent(
                      connection, solr.collection, QuoteFinder.RULES_VERSION, Clock.systemUTC()),
          share);
    }
  }
}
