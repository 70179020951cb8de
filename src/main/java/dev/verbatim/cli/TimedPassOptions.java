package dev.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the benchmarks that time one part alone over a corpus read into memory. */
final class TimedPassOptions {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      required = true,
      description = "Folder of article files.")
  Path corpus;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "5",
      description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--passes",
      paramLabel = "N",
      defaultValue = "15",
      description = "Timed passes; the median is reported (default: ${DEFAULT-VALUE}).")
  int passes;

  /** At least one: a median needs a pass. */
  int timedPasses() {
    return Math.max(1, passes);
  }
}
