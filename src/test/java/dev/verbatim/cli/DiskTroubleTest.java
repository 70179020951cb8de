package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only index folder and a corpus folder deleted mid-build: a clear error, the index as it
 * was.
 */
class DiskTroubleTest {

  @TempDir Path dir;

  @Test
  void readOnlyIndexFolderIsAClearErrorAndTheIndexIsUntouched() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(
        0, CommandRun.of("index", "--corpus", "corpus", "--index", index.toString()).exitCode());
    List<String> filesBefore = listing(index);
    int docsBefore = numDocs(index);

    makeReadOnly(index);
    try {
      CommandRun run =
          CommandRun.of("index", "--corpus", "corpus", "--index", index.toString(), "--full");

      assertEquals(Main.EXIT_FAILURE, run.exitCode());
      assertTrue(run.err().contains("not writable"), run.err());
    } finally {
      makeWritable(index);
    }
    assertEquals(filesBefore, listing(index));
    assertEquals(docsBefore, numDocs(index));
    assertEquals(0, CommandRun.of("search", "money", "--index", index.toString()).exitCode());
  }

  @Test
  void corpusFolderDeletedMidBuildIsAClearErrorAndTheIndexIsUntouched() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(
        0, CommandRun.of("index", "--corpus", "corpus", "--index", index.toString()).exitCode());
    int docsBefore = numDocs(index);
    Path doomed = Files.createDirectories(dir.resolve("doomed"));
    for (int i = 0; i < 8000; i++) {
      Files.writeString(
          doomed.resolve("a" + i + ".txt"),
          "Story " + i + "\n\n“We will build it,” said Ann Lee " + i + ". The plan passed.\n");
    }

    CompletableFuture<CommandRun> build =
        CompletableFuture.supplyAsync(
            () ->
                CommandRun.of("index", "--corpus", doomed.toString(), "--index", index.toString()));
    Thread.sleep(300);
    deleteTree(doomed);
    CommandRun run = build.get(2, TimeUnit.MINUTES);

    assertEquals(Main.EXIT_FAILURE, run.exitCode(), run.out());
    assertTrue(
        run.err().contains("disappeared during the build")
            || run.err().contains("cannot list the corpus folder"),
        run.err().lines().filter(line -> !line.startsWith("warning: ")).toList().toString());
    assertEquals(docsBefore, numDocs(index), "nothing was committed");
  }

  /**
   * Read-only for this process: permissions for a user, the immutable attribute for root, who
   * ignores permissions.
   */
  private static void makeReadOnly(Path folder) throws Exception {
    if (isRoot()) {
      Assumptions.assumeTrue(
          run("chattr", "+i", folder.toString()),
          "chattr +i is not available here, so root cannot be refused a write");
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    Assumptions.assumeFalse(
        canCreateFileIn(folder), "the folder is still writable for this process");
  }

  private static void makeWritable(Path folder) throws Exception {
    if (isRoot()) {
      run("chattr", "-i", folder.toString());
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean isRoot() throws Exception {
    return "0"
        .equals(
            new String(
                    new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8)
                .strip());
  }

  private static boolean run(String... command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static boolean canCreateFileIn(Path folder) {
    try {
      Files.delete(Files.createFile(folder.resolve("probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName() + ":" + file.toFile().length()).sorted().toList();
    }
  }

  private static int numDocs(Path index) throws IOException {
    try (var directory = FSDirectory.open(index);
        var reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
