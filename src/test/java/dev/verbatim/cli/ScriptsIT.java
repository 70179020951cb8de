package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.StartingServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts users run, after the jar is built: what they print and leave behind. */
class ScriptsIT {

  /** The JIT's optimising compiler (C2) left out: what the script adds for a short run. */
  private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

  private static String run(int expectedExit, String... command) throws Exception {
    return run(Map.of(), expectedExit, List.of(command));
  }

  /** Runs {@code command} with {@code environment} added to ours; its output, errors included. */
  private static String run(Map<String, String> environment, int expectedExit, List<String> command)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
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
  void jdkScriptKeepsANewEnoughJavaHomeAndReplacesAnOlderOne(@TempDir Path dir) throws Exception {
    Path newer = fakeJdk(dir.resolve("jdk-99"), "99.0.1");
    Path older = fakeJdk(dir.resolve("jdk-17"), "17.0.9");

    assertEquals(newer.toString(), javaHomeChosenFrom(newer));
    String chosen = javaHomeChosenFrom(older);
    assertNotEquals(older.toString(), chosen);
    assertTrue(Files.isExecutable(Path.of(chosen, "bin", "javac")), chosen);
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

  @Test
  void serveSizesItsHeapKeepsBothCompilersAndOnTwoCoresPicksTheSerialCollector(@TempDir Path dir)
      throws Exception {
    List<String> arguments = serveArguments(dir, null);

    assertTrue(arguments.stream().anyMatch(a -> a.matches("-Xmx\\d+m")), arguments.toString());
    assertFalse(arguments.contains(QUICK_COMPILER_ONLY), arguments.toString());
    assertEquals(
        Runtime.getRuntime().availableProcessors() <= 2,
        arguments.contains("-XX:+UseSerialGC"),
        arguments.toString());
  }

  @Test
  void aCollectorChosenInTheOptionsIsKept(@TempDir Path dir) throws Exception {
    List<String> arguments = serveArguments(dir, "-XX:+UseG1GC");

    assertTrue(arguments.contains("-XX:+UseG1GC"), arguments.toString());
    assertFalse(arguments.contains("-XX:+UseSerialGC"), arguments.toString());
  }

  @Test
  void indexAsksForTransparentHugePagesWhereTheKernelOffersThem(@TempDir Path dir)
      throws Exception {
    Path settings = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean offered = Files.isReadable(settings) && !Files.readString(settings).contains("[never]");

    String flags = indexFlags(oneArticleCorpus(dir), dir);

    assertEquals(offered, flags.contains("-XX:+UseTransparentHugePages"), flags);
  }

  @Test
  void indexOfAFewArticlesRunsOnTheQuickCompilerAlone(@TempDir Path dir) throws Exception {
    String flags = indexFlags(oneArticleCorpus(dir), dir);

    assertTrue(flags.contains(QUICK_COMPILER_ONLY), flags);
  }

  @Test
  void indexOfALargeCorpusKeepsBothCompilers(@TempDir Path dir) throws Exception {
    Path corpus = oneArticleCorpus(dir);
    Files.write(corpus.resolve("large.bin"), new byte[64 << 20]);

    String flags = indexFlags(corpus, dir, "--help"); // sized, not read

    assertFalse(flags.contains(QUICK_COMPILER_ONLY), flags);
  }

  /**
   * What `scripts/verbatim index` over {@code corpus} prints, the JVM's flags first, with its index
   * in {@code dir}.
   */
  private static String indexFlags(Path corpus, Path dir, String... more) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "scripts/verbatim",
                "index",
                "--corpus",
                corpus.toString(),
                "--index",
                dir.resolve("index").toString()));
    command.addAll(List.of(more));
    return run(Map.of("VERBATIM_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), 0, command);
  }

  /** A folder that looks like a JDK to scripts/jdk.sh: a release file and a javac. */
  private static Path fakeJdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path javac = Files.writeString(home.resolve("bin/javac"), "#!/bin/sh\n");
    assertTrue(javac.toFile().setExecutable(true));
    return home;
  }

  /** The JAVA_HOME scripts/jdk.sh settles on when it starts from {@code javaHome}. */
  private static String javaHomeChosenFrom(Path javaHome) throws Exception {
    return run(
        Map.of("JAVA_HOME", javaHome.toString()),
        0,
        List.of(
            "bash", "-c", "set -euo pipefail; source scripts/jdk.sh; printf %s \"$JAVA_HOME\""));
  }

  private static Path oneArticleCorpus(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "A title\n\n\"We will,\" said Ada Quill.\n");
    return corpus;
  }

  /** The JVM arguments `scripts/verbatim serve` starts with, over a one-article corpus. */
  private static List<String> serveArguments(Path dir, String javaOptions) throws Exception {
    Path corpus = oneArticleCorpus(dir);
    int port = StartingServer.freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                "scripts/verbatim",
                "serve",
                "--corpus",
                corpus.toString(),
                "--index",
                dir.resolve("index").toString(),
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("serve.log").toFile());
    if (javaOptions != null) {
      builder.environment().put("VERBATIM_JAVA_OPTS", javaOptions);
    }
    Process server = builder.start(); // the script execs java, so this is the JVM
    try {
      StartingServer.firstAnswer(port, "/health", server::isAlive, Duration.ofSeconds(60));
      return List.of(server.info().arguments().orElseThrow());
    } catch (IllegalStateException notServing) {
      throw new AssertionError(Files.readString(dir.resolve("serve.log")), notServing);
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
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
