package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scripts users run, after the jar is built: what they print and leave behind. */
class ScriptsIT {

  private static String run(int expectedExit, String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(expectedExit, process.exitValue(), output);
    return output;
  }

  @Test
  void mistypedCommandLeavesNoClassArchiveOfItsOwn() throws Exception {
    String output = run(2, "scripts/verbatim", "frobnicate");

    assertTrue(output.contains("frobnicate"), output);
    assertFalse(Files.exists(Path.of("target/verbatim-frobnicate.jsa")));
  }

  @Test
  void mavenThroughTheScriptPrintsNoColourEscapes() throws Exception {
    String output = run(0, "scripts/mvn", "-q", "-B", "-o", "validate");

    assertFalse(output.contains("\u001b["), "raw escapes: " + output);
  }
}
