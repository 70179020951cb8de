package dev.verbatim.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void capitalisedWordsAndParticlesAreAPersonsName() {
    for (String name : List.of("Sam Altman", "Charles de Gaulle", "Wenger", " Recep  Erdoğan ")) {
      assertTrue(PersonNames.isPerson(name), name);
    }
  }

  @Test
  void organisationsGroupsAndDescriptionsAreNot() {
    for (String name :
        List.of(
            "Norwich Union International",
            "Economy Ministry",
            "The Treasury",
            "a spokesman",
            "Mark Oaten's spokesman",
            "",
            "  ")) {
      assertFalse(PersonNames.isPerson(name), name);
    }
  }
}
