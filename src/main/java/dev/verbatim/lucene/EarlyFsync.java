package dev.verbatim.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;

/**
 * Syncs the files a build writes to disk while it writes them, so that the commit finds them
 * already on disk. A commit fsyncs every new file before it publishes the segments that use them;
 * at 100k paragraphs that wait was ~0.2 s of a ~4 s build, spent on one thread while both cores sat
 * idle (docs/BENCHMARKS.md, stop 46). Every few hundred milliseconds a background thread fsyncs
 * each file that has grown since its last sync.
 *
 * <p>Durability does not depend on this: the commit still syncs every file it needs, and only finds
 * less left to write. So a sync that fails here (a file deleted since the listing, a merged or
 * rolled-back segment) is skipped, and a real disk error surfaces at the commit, as before.
 */
final class EarlyFsync implements AutoCloseable {

  private final Directory directory;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("index-fsync").factory());

  /** The length each file had when it was last synced; touched only by the timer's thread. */
  private Map<String, Long> syncedLengths = new HashMap<>();

  /** Starts syncing the files of {@code directory} every {@code interval}. */
  EarlyFsync(Directory directory, Duration interval) {
    this.directory = directory;
    var unused =
        timer.scheduleWithFixedDelay(
            this::syncGrownFiles, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void syncGrownFiles() {
    String[] names;
    try {
      names = directory.listAll();
    } catch (IOException | RuntimeException e) {
      return; // the directory is closing; the commit syncs what it needs
    }
    Map<String, Long> lengths = new HashMap<>();
    for (String name : names) {
      if (!isSegmentData(name)) {
        continue;
      }
      try {
        long length = directory.fileLength(name);
        Long synced = syncedLengths.get(name);
        if (synced == null || synced != length) {
          directory.sync(List.of(name));
        }
        lengths.put(name, length);
      } catch (IOException | RuntimeException e) {
        // deleted since the listing (a rolled-back or merged-away segment), or the directory is
        // closing: the commit syncs every file it keeps and reports a real disk error
      }
    }
    syncedLengths = lengths; // forget deleted files
  }

  /**
   * A segment's files, not Lucene's short-lived temporary files (deleted before any commit), the
   * lock, nor the commit points, which the commit itself writes and syncs.
   */
  private static boolean isSegmentData(String name) {
    return !name.endsWith(".tmp")
        && !name.equals("write.lock")
        && !name.startsWith("segments")
        && !name.startsWith("pending_segments");
  }

  /**
   * Stops syncing, waiting for a round under way, so the directory can be closed after: a shut-down
   * scheduler runs no further periodic rounds.
   */
  @Override
  public void close() {
    timer.close();
  }
}
