package dev.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that build the index. */
final class CorpusFolderOption {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "corpus",
      description = "Folder of article files (default: ${DEFAULT-VALUE}).")
  Path folder;
}
