package dev.verbatim.cli;

import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.solr.SolrCollections;
import dev.verbatim.solr.SolrConnection;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim solr init}: uploads the configset and creates the collection, empty, behind its
 * alias.
 */
@Command(
    name = "init",
    description =
        "Uploads Verbatim's configset to the SolrCloud cluster and, when the alias has no collection yet, "
            + "creates an empty one behind it. Run it once per cluster, and again after an upgrade that changes the schema.")
final class SolrInitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SolrOptions solr;

  @Mixin SolrLayoutOptions layout;

  @Override
  public Integer call() {
    if (!solr.isSet()) {
      throw new ParameterException(
          spec.commandLine(),
          "say which cluster: --solr http://host:8983/solr (or set "
              + SolrConnection.ENVIRONMENT_VARIABLE
              + ")");
    }
    layout.check(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    try (SolrConnection connection = solr.connect()) {
      SolrCollections.Initialised done =
          new SolrCollections(connection)
              .init(
                  solr.collection,
                  QuoteFinder.RULES_VERSION,
                  layout.shards,
                  layout.replicas,
                  Clock.systemUTC());
      out.println(
          "Uploaded the configset "
              + SolrCollections.configSet()
              + " to "
              + String.join(", ", connection.urls())
              + ".");
      out.println(
          done.created()
              ? "Created "
                  + done.collection()
                  + " ("
                  + layout.shards
                  + " shards × "
                  + layout.replicas
                  + " replicas) behind the alias "
                  + solr.collection
                  + "; fill it with `verbatim index --solr …`."
              : "The alias "
                  + solr.collection
                  + " already points at "
                  + done.collection()
                  + "; `verbatim index --solr … --full` rebuilds it.");
    }
    out.flush();
    return 0;
  }
}
