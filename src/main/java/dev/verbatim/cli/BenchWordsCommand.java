package dev.verbatim.cli;

import dev.verbatim.bench.QueryWords;
import dev.verbatim.corpus.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench words}: the words of a cache-defeating load, one per line. */
@Command(
    name = "words",
    description =
        "Writes N different words of a corpus, spread from rare to common and shuffled, one per line:"
            + " the requests of a load no cache can serve (scripts/bench-http).")
final class BenchWordsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description = "The corpus whose words to take.")
  Path corpus;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "50000",
      description =
          "How many words at most (default: ${DEFAULT-VALUE}, every word of a generated corpus: no"
              + " cache of a thousand recent answers can then serve more than a few requests in a"
              + " hundred; of 5,000 words cycled, the kept answers' frequency-aware eviction served"
              + " 15%%).")
  int count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "File to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("--count must be 1 or more, got " + count);
    }
    List<String> words = QueryWords.pick(new Corpus(corpus), count, seed);
    Files.write(out, words);
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("Wrote %,d words of %s (seed %d) to %s%n", words.size(), corpus, seed, out);
    printer.flush();
    return 0;
  }
}
