package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentKeysTest {

  @Test
  void keyIsNewTheFirstTimeAndSeenTheSecond() {
    RecentKeys recent = new RecentKeys(16);

    assertFalse(recent.seenBefore("money".hashCode()));
    assertTrue(recent.seenBefore("money".hashCode()));
    assertFalse(recent.seenBefore("said".hashCode()));
  }

  @Test
  void zeroIsAKeyLikeAnyOther() {
    RecentKeys recent = new RecentKeys(16);

    assertFalse(recent.seenBefore(0));
    assertTrue(recent.seenBefore(0));
  }

  @Test
  void remembersMostOfAsManyKeysAsItWasSizedFor() {
    RecentKeys recent = new RecentKeys(1024);
    IntStream.range(0, 1024).forEach(key -> recent.seenBefore(key * 31 + 7));

    long remembered =
        IntStream.range(0, 1024).filter(key -> recent.seenBefore(key * 31 + 7)).count();

    assertTrue(
        remembered > 600, // ~63% if the hashes fell on slots at random
        remembered + " of 1024 remembered");
  }

  @Test
  void forgetsKeysOnceManyOthersHaveCome() {
    RecentKeys recent = new RecentKeys(1024);
    IntStream.range(0, 1024).forEach(recent::seenBefore);
    IntStream.range(1024, 1024 * 17).forEach(recent::seenBefore);

    long remembered = IntStream.range(0, 1024).filter(recent::seenBefore).count();

    assertTrue(remembered < 50, remembered + " of 1024 still remembered");
  }

  @Test
  void refusesToRememberNothing() {
    assertThrows(IllegalArgumentException.class, () -> new RecentKeys(0));
  }
}
