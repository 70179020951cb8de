package dev.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim bench}: the benchmark commands (generated corpora, indexing throughput). */
@Command(
    name = "bench",
    description =
        "Benchmarks: generate a large corpus from the real ones, measure indexing, search, the quote finder and the analysis of text.",
    subcommands = {
      BenchAnalysisCommand.class,
      BenchGenerateCommand.class,
      BenchIndexCommand.class,
      BenchKnownItemsCommand.class,
      BenchPairCommand.class,
      BenchQueryCommand.class,
      BenchQuotesCommand.class,
      BenchWordsCommand.class
    })
final class BenchCommand {}
