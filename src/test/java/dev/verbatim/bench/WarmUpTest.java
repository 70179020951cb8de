package dev.verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {

  /** A build of 8 s of CPU that spent {@code compileSeconds} of it in the JIT compiler. */
  private static IndexRunResult build(double compileSeconds) {
    return new IndexRunResult("verbatim", 10, 100, 1_000, 4.0, 8.0, compileSeconds, 2_000);
  }

  @Test
  void theMinimumRunsEvenWhenTheFirstRoundHasSettled() {
    WarmUp warmUp = new WarmUp(3, 12);

    for (int round = 0; round < 3; round++) {
      assertTrue(warmUp.wantsAnother());
      warmUp.ended(build(0.1));
    }

    assertFalse(warmUp.wantsAnother());
    assertEquals(3, warmUp.rounds());
    assertTrue(warmUp.settled());
  }

  @Test
  void roundsGoOnWhileTheCompilerTakesFivePerCentOfABuildsCpu() {
    WarmUp warmUp = new WarmUp(1, 12);

    warmUp.ended(build(1.2)); // 15%
    assertTrue(warmUp.wantsAnother());
    warmUp.ended(build(0.4)); // exactly 5%
    assertTrue(warmUp.wantsAnother());
    warmUp.ended(build(0.36)); // 4.5%

    assertFalse(warmUp.wantsAnother());
    assertEquals(3, warmUp.rounds());
    assertTrue(warmUp.settled());
  }

  @Test
  void theMaximumEndsTheWarmUpUnsettled() {
    WarmUp warmUp = new WarmUp(1, 2);

    warmUp.ended(build(2.0));
    warmUp.ended(build(2.0));

    assertFalse(warmUp.wantsAnother());
    assertFalse(warmUp.settled());
  }

  @Test
  void noMinimumMeansNoWarmUp() {
    WarmUp warmUp = new WarmUp(0, 12);

    assertFalse(warmUp.wantsAnother());
    assertEquals(0, warmUp.rounds());
    assertFalse(warmUp.settled(), "nothing was measured");
  }

  @Test
  void aMaximumBelowTheMinimumIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WarmUp(4, 2));
    assertThrows(IllegalArgumentException.class, () -> new WarmUp(-1, 2));
  }
}
