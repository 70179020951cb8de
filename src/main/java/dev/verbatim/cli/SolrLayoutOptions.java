package dev.verbatim.cli;

import picocli.CommandLine.Option;

/** How a new collection is laid out over the cluster. */
final class SolrLayoutOptions {

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "2",
      description = "On SolrCloud, a new collection's shards (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "On SolrCloud, copies of each shard, on different nodes where there are enough (default: ${DEFAULT-VALUE}).")
  int replicas;

  void check(picocli.CommandLine commandLine) {
    if (shards < 1 || replicas < 1) {
      throw new picocli.CommandLine.ParameterException(
          commandLine,
          "--shards and --replicas must be 1 or more, got " + shards + " and " + replicas);
    }
  }
}
