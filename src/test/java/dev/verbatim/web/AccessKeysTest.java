package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessKeysTest {

  private static final String DESK = "desk-key-0123456789abcdef";
  private static final String NIGHT = "night-key-0123456789abcdef";

  @Test
  void keysAreSeparatedByCommasSpacesOrLinesAndCommentsAreSkipped() {
    AccessKeys keys = AccessKeys.parse("# the desk\n" + DESK + ", " + NIGHT + "\n\n", "test");
    assertTrue(keys.accepts(DESK));
    assertTrue(keys.accepts(NIGHT));
    assertFalse(keys.accepts("# the desk"));
    assertFalse(keys.accepts(DESK + "x"));
    assertFalse(keys.accepts(""));
  }

  @Test
  void aShortKeyIsRefusedByItsPlaceNeverShown() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccessKeys.parse(DESK + "\nswordfish", "keys.txt"));
    assertEquals(
        "access key 2 in keys.txt has 9 characters; keys need at least 16 (make one with: openssl"
            + " rand -base64 32)",
        e.getMessage());
    assertFalse(e.getMessage().contains("swordfish"));
  }

  @Test
  void noKeyOrOneWithControlOrNonAsciiCharactersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> AccessKeys.parse("# none\n", "test"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccessKeys.parse("clé-secrète-0123456789", "VERBATIM_KEYS"));
    assertTrue(e.getMessage().contains("visible ASCII"), e.getMessage());
  }

  @Test
  void aKeysFileComesBeforeTheEnvironmentAndNeitherMeansNoKeys(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("keys"), NIGHT + "\n");
    Map<String, String> environment = Map.of(AccessKeys.ENVIRONMENT_VARIABLE, DESK);
    AccessKeys fromFile = AccessKeys.configured(file, environment);
    assertTrue(fromFile.accepts(NIGHT));
    assertFalse(fromFile.accepts(DESK));
    assertTrue(AccessKeys.configured(null, environment).accepts(DESK));
    assertNull(AccessKeys.configured(null, Map.of()));
    assertNull(AccessKeys.configured(null, Map.of(AccessKeys.ENVIRONMENT_VARIABLE, " ")));
  }

  @Test
  void aMissingKeysFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AccessKeys.read(missing));
    assertEquals("no keys file at " + missing, e.getMessage());
  }
}
