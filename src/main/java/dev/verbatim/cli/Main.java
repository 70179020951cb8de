package dev.verbatim.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command: indexes news articles and searches what was said in them. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // every subcommand takes --help and --version too
    versionProvider = VersionProvider.class,
    description = "Indexes news articles and searches what was said in them: paragraphs and quotations with their speakers.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, QuotesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code for a command that ran and failed (nothing indexed, index locked, I/O error). */
  static final int EXIT_FAILURE = 1;
  /** Exit code for bad input: an unknown option, a missing folder, a bad parameter value. */
  static final int EXIT_INVALID_INPUT = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests set its output streams and call {@code execute}. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      cmd.getErr().println("error: " + exception.getMessage());
      cmd.getErr().flush();
      if (exception instanceof IllegalArgumentException) {
        return EXIT_INVALID_INPUT;
      }
      if (exception instanceof IllegalStateException || exception instanceof UncheckedIOException) {
        return EXIT_FAILURE;
      }
      throw exception;
    });
    return commandLine;
  }
}
