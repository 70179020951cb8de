package dev.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim bench}: the benchmark commands (generated corpora, indexing throughput). */
@Command(
    name = "bench",
    description =
        "Benchmarks: generate a large corpus from the real ones, measure indexing, search and the quote finder.",
    subcommands = {
      BenchGenerateCommand.class,
      BenchIndexCommand.class,
      BenchKnownItemsCommand.class,
      BenchQueryCommand.class,
      BenchQuotesCommand.class,
      BenchWordsCommand.class
    })
final class BenchCommand {}
