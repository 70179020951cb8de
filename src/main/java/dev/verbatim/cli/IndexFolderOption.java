package dev.verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write the index. */
final class IndexFolderOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path folder;
}
