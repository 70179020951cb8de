package dev.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {

  @Test
  void sameWordsGiveTheSameKey() {
    assertEquals(
        QuoteKey.of("They don’t actually have the money,"),
        QuoteKey.of("they dont  actually have the Money"));
    assertEquals(QuoteKey.of("Café society."), QuoteKey.of("cafe society"));
  }

  @Test
  void otherWordsGiveAnotherKey() {
    assertNotEquals(QuoteKey.of("They have the money"), QuoteKey.of("They had the money"));
  }
}
