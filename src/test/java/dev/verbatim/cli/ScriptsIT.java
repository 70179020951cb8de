package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void packagingAgainWithoutCleanIsAsQuietAsTheFirstTime(@TempDir Path copy) throws Exception {
    for (String part : List.of("pom.xml", "mvnw", ".mvn", "scripts", "src/main", "web")) {
      copyTree(Path.of(part), copy.resolve(part));
    }
    String mvn = copy.resolve("scripts/mvn").toString();

    String first = run(0, mvn, "-q", "-B", "-o", "-DskipTests", "package");
    String second = run(0, mvn, "-q", "-B", "-o", "-DskipTests", "package");

    assertFalse(first.contains("WARNING"), first);
    assertFalse(second.contains("WARNING"), "the shaded jar was shaded again: " + second);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
