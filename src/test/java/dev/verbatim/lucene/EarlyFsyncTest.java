package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // the syncing runs while its try block does, unreferenced
class EarlyFsyncTest {

  private static final Duration INTERVAL = Duration.ofMillis(10);

  @TempDir Path folder;

  /** A real file system directory that records the files it was asked to sync. */
  private static final class RecordingDirectory extends FilterDirectory {
    final List<String> synced = new CopyOnWriteArrayList<>();
    private final String failing;

    RecordingDirectory(Directory in, String failing) {
      super(in);
      this.failing = failing;
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
      for (String name : names) {
        if (name.equals(failing)) {
          throw new IOException("cannot sync " + name);
        }
      }
      super.sync(names);
      synced.addAll(names);
    }
  }

  private RecordingDirectory directory(String failing) throws IOException {
    return new RecordingDirectory(FSDirectory.open(folder), failing);
  }

  private static void write(Directory directory, String name) throws IOException {
    try (IndexOutput output = directory.createOutput(name, IOContext.DEFAULT)) {
      output.writeBytes(new byte[10_000], 10_000);
    }
  }

  private static void awaitSynced(RecordingDirectory directory, String name) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!directory.synced.contains(name)) {
      if (System.nanoTime() > deadline) {
        fail(name + " was not synced; synced: " + directory.synced);
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void syncsAWrittenFileWithoutWaitingForACommit() throws IOException {
    try (RecordingDirectory directory = directory(null);
        EarlyFsync early = new EarlyFsync(directory, INTERVAL)) {
      write(directory, "_0.fdt");
      awaitSynced(directory, "_0.fdt");
    }
  }

  @Test
  void doesNotSyncAFileAgainUntilItGrows() throws IOException {
    try (RecordingDirectory directory = directory(null);
        EarlyFsync early = new EarlyFsync(directory, INTERVAL)) {
      write(directory, "_0.fdt");
      write(directory, "_1.fdt");
      awaitSynced(directory, "_1.fdt"); // a round after _0.fdt was whole
      long times = directory.synced.stream().filter("_0.fdt"::equals).count();
      write(directory, "_2.fdt");
      awaitSynced(directory, "_2.fdt"); // later rounds
      write(directory, "_3.fdt");
      awaitSynced(directory, "_3.fdt");
      assertEquals(times, directory.synced.stream().filter("_0.fdt"::equals).count());
    }
  }

  @Test
  void leavesTemporaryFilesAndCommitPointsToLucene() throws IOException {
    try (RecordingDirectory directory = directory(null);
        EarlyFsync early = new EarlyFsync(directory, INTERVAL)) {
      String temporary;
      try (IndexOutput output = directory.createTempOutput("_0", "sort", IOContext.DEFAULT)) {
        output.writeBytes(new byte[100], 100);
        temporary = output.getName();
      }
      write(directory, "segments_1");
      write(directory, "_0.tim");
      awaitSynced(directory, "_0.tim");
      assertFalse(directory.synced.contains(temporary), directory.synced::toString);
      assertFalse(directory.synced.contains("segments_1"), directory.synced::toString);
    }
  }

  @Test
  void aFileThatCannotBeSyncedDoesNotStopTheOthers() throws IOException {
    try (RecordingDirectory directory = directory("_0.fdt");
        EarlyFsync early = new EarlyFsync(directory, INTERVAL)) {
      write(directory, "_0.fdt");
      write(directory, "_1.fdt");
      awaitSynced(directory, "_1.fdt");
      write(directory, "_2.fdt"); // and later rounds still run
      awaitSynced(directory, "_2.fdt");
    }
  }

  @Test
  void syncsNothingOnceClosed() throws Exception {
    try (RecordingDirectory directory = directory(null)) {
      try (EarlyFsync early = new EarlyFsync(directory, INTERVAL)) {
        write(directory, "_0.fdt");
        awaitSynced(directory, "_0.fdt");
      }
      write(directory, "_1.fdt");
      Thread.sleep(INTERVAL.multipliedBy(20).toMillis());
      assertTrue(directory.synced.stream().noneMatch("_1.fdt"::equals), directory.synced::toString);
    }
  }
}
