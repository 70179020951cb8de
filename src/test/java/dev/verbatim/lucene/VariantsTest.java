package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.verbatim.search.Spellings;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

class VariantsTest {

  private final Variants variants = Variants.read(Spellings.VARIANTS);

  @Test
  void everyRuleIsFoundFromTheStemThatStartsIt() {
    List<Spellings.Rule> rules = Spellings.rules(Spellings.VARIANTS);
    assertFalse(rules.isEmpty());
    for (Spellings.Rule rule : rules) {
      String first = rule.variant().split(" ")[0];
      assertNotNull(variants.startedBy(stem(first)), rule.toString());
    }
  }

  @Test
  void stemsThatStartNoRuleHaveNone() {
    for (String stem : new String[] {"said", "the", "a", "", "organ", "percent"}) {
      assertNull(variants.startedBy(stem(stem)), stem);
    }
  }

  private static CharTermAttributeImpl stem(String text) {
    CharTermAttributeImpl term = new CharTermAttributeImpl();
    term.append(text);
    return term;
  }
}
