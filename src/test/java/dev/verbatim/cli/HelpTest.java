package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"index", "serve", "search", "quotes", "bench"})
  void everyCommandExplainsItselfOnHelp(String command) {
    CommandRun run = CommandRun.of(command, "--help");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: verbatim " + command), run.out());
    assertTrue(run.out().contains("-h, --help"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "serve", "search", "quotes", "bench"})
  void helpCommandExplainsEachCommand(String command) {
    CommandRun run = CommandRun.of("help", command);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: verbatim " + command), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"generate", "index", "query"})
  void everyBenchCommandExplainsItselfOnHelp(String command) {
    CommandRun run = CommandRun.of("bench", command, "--help");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: verbatim bench " + command), run.out());
  }

  /** Picocli formats descriptions as format strings and, on a stray {@code %}, warns on stderr. */
  @Test
  void everyCommandsHelpRendersWithoutAFormatWarning() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    List<String> rendered = new ArrayList<>();
    System.setErr(new PrintStream(warnings, true, UTF_8));
    try {
      renderHelpOfEach(Main.commandLine(), rendered);
    } finally {
      System.setErr(stderr);
    }

    assertTrue(rendered.contains("verbatim bench words"), rendered::toString);
    assertEquals("", warnings.toString(UTF_8));
  }

  private static void renderHelpOfEach(CommandLine command, List<String> rendered) {
    command.getUsageMessage();
    rendered.add(command.getCommandSpec().qualifiedName());
    command.getSubcommands().values().forEach(sub -> renderHelpOfEach(sub, rendered));
  }
}
