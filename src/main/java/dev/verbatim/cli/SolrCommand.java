package dev.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim solr}: sets up a SolrCloud cluster for Verbatim. */
@Command(
    name = "solr",
    description = "Sets up a SolrCloud cluster for Verbatim.",
    subcommands = SolrInitCommand.class)
final class SolrCommand {}
