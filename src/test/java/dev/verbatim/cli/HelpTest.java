package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
