package dev.verbatim.cli;

import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.SolrCredentials;
import picocli.CommandLine.Option;

/** The options that put a command on SolrCloud instead of the index folder. */
final class SolrOptions {

  @Option(
      names = "--solr",
      paramLabel = "URLS",
      description =
          "Use a SolrCloud cluster instead of the index folder: node URLs (http://host:8983/solr, comma-separated; one is "
              + "enough, the others are discovered) or its ZooKeeper (host:2181,host2:2181/solr); "
              + "default: the "
              + SolrConnection.ENVIRONMENT_VARIABLE
              + " environment variable when set. A cluster with basic authentication takes its user and password from "
              + SolrCredentials.USER_VARIABLE
              + " and "
              + SolrCredentials.PASSWORD_VARIABLE
              + ".")
  String urls = System.getenv(SolrConnection.ENVIRONMENT_VARIABLE);

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = "verbatim",
      description =
          "On SolrCloud: the alias users search; each full build is a new collection behind it (default: ${DEFAULT-VALUE}).")
  String collection;

  /** True when the command runs on SolrCloud. */
  boolean isSet() {
    return urls != null && !urls.isBlank();
  }

  /**
   * The cluster at the URLs given, and its other live nodes, with the credentials the environment
   * holds ({@link SolrCredentials}).
   */
  SolrConnection connect() {
    return SolrConnection.to(urls, SolrCredentials.fromEnvironment(System.getenv()))
        .discoverNodes();
  }
}
