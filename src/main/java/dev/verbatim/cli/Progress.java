package dev.verbatim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports progress through a known number of steps: a live bar on a terminal, periodic lines
 * otherwise.
 */
interface Progress extends AutoCloseable {

  void step();

  @Override
  void close();

  /** No progress shown: for measurements. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }

  /** A bar redrawn in place on {@code terminal}. */
  static Progress bar(String task, long total, PrintStream terminal) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .setUnit(" files", 1)
            .showSpeed()
            .build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /**
   * A line such as "indexing: 1200/2225 files (53%)" at most every {@code interval}, for logs and
   * pipes.
   */
  static Progress lines(String task, long total, PrintWriter out, Clock clock, Duration interval) {
    return new Progress() {
      private long done;
      private Instant next = clock.instant().plus(interval);

      @Override
      public void step() {
        done++;
        Instant now = clock.instant();
        if (now.isAfter(next) && done < total) {
          out.printf(
              "%s: %d/%d files (%d%%)%n", task, done, total, done * 100 / Math.max(total, 1));
          out.flush();
          next = now.plus(interval);
        }
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }
}
