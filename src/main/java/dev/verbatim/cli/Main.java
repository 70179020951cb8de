package dev.verbatim.cli;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command: indexes news articles and searches what was said in them. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // every subcommand takes --help and --version too
    versionProvider = VersionProvider.class,
    description =
        "Indexes news articles and searches what was said in them: paragraphs and quotations with their speakers.")
public final class Main {

  /** The subcommands, in the order usage lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  /** Exit code for a command that ran and failed (nothing indexed, index locked, I/O error). */
  static final int EXIT_FAILURE = 1;

  /** Exit code for bad input: an unknown option, a missing folder, a bad parameter value. */
  static final int EXIT_INVALID_INPUT = 2;

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line for {@code args}; tests set its output streams and call {@code
   * execute}. When the first argument names a subcommand other than {@code help}, only that one is
   * built: picocli reads every command's annotations by reflection before it parses anything, a
   * tenth of a second or more at every start. Usage and help, which list all commands, get them
   * all.
   */
  static CommandLine commandLine(String... args) {
    String first = args.length == 0 ? "" : args[0];
    CommandLine commandLine = new CommandLine(new Main());
    boolean justOne = COMMANDS.containsKey(first) && !first.equals("help");
    COMMANDS.forEach(
        (name, command) -> {
          if (!justOne || first.equals(name)) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("error: " + exception.getMessage());
          cmd.getErr().flush();
          if (exception instanceof IllegalArgumentException) {
            return EXIT_INVALID_INPUT;
          }
          if (exception instanceof IllegalStateException
              || exception instanceof UncheckedIOException) {
            return EXIT_FAILURE;
          }
          throw exception;
        });
    return commandLine;
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("index", IndexCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("quotes", QuotesCommand::new);
    commands.put("read", ReadCommand::new);
    commands.put("solr", SolrCommand::new);
    commands.put("bench", BenchCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }
}
