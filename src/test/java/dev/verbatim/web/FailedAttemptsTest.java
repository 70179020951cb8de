package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final FailedAttempts failures = new FailedAttempts(3, Duration.ofSeconds(1), now::get);

  @Test
  void anAddressMayFailABurstThenWaitsForEachNextTry() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, failures.wait("10.0.0.1"));
      failures.failed("10.0.0.1");
    }
    assertEquals(Duration.ofSeconds(1), failures.wait("10.0.0.1"));
    now.addAndGet(Duration.ofMillis(400).toNanos());
    assertEquals(Duration.ofMillis(600), failures.wait("10.0.0.1"));
    now.addAndGet(Duration.ofMillis(600).toNanos());
    assertEquals(Duration.ZERO, failures.wait("10.0.0.1"));
    failures.failed("10.0.0.1");
    assertEquals(Duration.ofSeconds(1), failures.wait("10.0.0.1"), "one try came back, not more");
  }

  @Test
  void otherAddressesAreNotSlowed() {
    for (int i = 0; i < 10; i++) {
      failures.failed("10.0.0.1");
    }
    assertEquals(Duration.ZERO, failures.wait("10.0.0.2"));
  }

  @Test
  void aQuietAddressGetsItsWholeBurstBack() {
    for (int i = 0; i < 10; i++) {
      failures.failed("10.0.0.1");
    }
    now.addAndGet(Duration.ofSeconds(60).toNanos());
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, failures.wait("10.0.0.1"));
      failures.failed("10.0.0.1");
    }
    assertEquals(Duration.ofSeconds(1), failures.wait("10.0.0.1"));
  }
}
