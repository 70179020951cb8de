package dev.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

  @Test
  void keyIsTheFirst64BitsOfTheSha256OfTheWordsInLowerCase() throws Exception {
    // what another backend, in another language, computes for the same quotation
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest("dont stop 2 cafe gruß".getBytes(StandardCharsets.UTF_8));
    assertEquals(ByteBuffer.wrap(digest).getLong(), QuoteKey.of("  “Don’t STOP — 2 Café, Grüß!”"));
  }
}
