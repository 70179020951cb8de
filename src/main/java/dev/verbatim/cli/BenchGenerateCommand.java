package dev.verbatim.cli;

import dev.verbatim.bench.CorpusGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim bench generate}: writes a deterministic generated corpus of N paragraphs. */
@Command(
    name = "generate",
    description =
        "Writes a generated corpus of N paragraphs recombined from real articles (JSON Lines).")
final class BenchGenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--paragraphs",
      paramLabel = "N",
      required = true,
      description = "Number of paragraphs to write.")
  long paragraphs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write to (keep it outside the repository).")
  Path out;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      split = ",",
      defaultValue = "../shared/corpora/bbc,../shared/corpora/polnear",
      description = "Corpora to recombine (default: ${DEFAULT-VALUE}).")
  List<Path> sources;

  @Override
  public Integer call() {
    if (paragraphs < 1) {
      throw new IllegalArgumentException("--paragraphs must be 1 or more, got " + paragraphs);
    }
    long started = System.nanoTime();
    CorpusGenerator generator = CorpusGenerator.from(sources);
    int articles = generator.write(out, paragraphs, seed);
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf(
        "Generated %,d paragraphs in %,d articles from %,d source articles (seed %d) into %s in %.1f s%n",
        paragraphs,
        articles,
        generator.sourceCount(),
        seed,
        out,
        (System.nanoTime() - started) / 1e9);
    printer.flush();
    return 0;
  }
}
