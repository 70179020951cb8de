package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingsTest {

  @Test
  void compoundsTypedAsTwoWordsAreJoinedOutsidePhrasesOnly() {
    assertEquals("rose 5 per-cent", Spellings.joinOpenCompounds("rose 5 per cent"));
    assertEquals("Per-Cent co-operation", Spellings.joinOpenCompounds("Per Cent co operation"));
    assertEquals(
        "-co operation", Spellings.joinOpenCompounds("-co operation"), "an operator is as typed");
    assertEquals("\"per cent\" on-line", Spellings.joinOpenCompounds("\"per cent\" on line"));
    assertEquals("per cents per", Spellings.joinOpenCompounds("per cents per"));
  }

  @Test
  void everyCompoundHasAVariantAndAClosedForm() {
    assertTrue(Spellings.compounds().size() > 10);
    for (Spellings.Rule rule : Spellings.compounds()) {
      assertTrue(rule.variant().matches("\\p{L}+[ -]\\p{L}+"), rule.toString());
      assertTrue(rule.canonical().matches("\\p{L}+"), rule.toString());
    }
  }
}
