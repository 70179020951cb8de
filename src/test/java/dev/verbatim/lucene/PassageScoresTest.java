package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {

  /** A passage from {@code start} of {@code length} chars, with a match of each term, in order. */
  private static Passage passage(int start, int length, List<String> terms, int freqInDoc) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + length);
    for (int i = 0; i < terms.size(); i++) {
      passage.addMatch(start + i * 5, start + i * 5 + 4, new BytesRef(terms.get(i)), freqInDoc + i);
    }
    return passage;
  }

  @Test
  void scoresAsLucenesDefaultScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    for (List<String> terms :
        List.of(
            List.of("money"),
            List.of("money", "money", "money"),
            List.of("tax", "plan", "tax"),
            List.of("prime", "minister", "prime", "minister", "said"),
            List.<String>of())) {
      for (int start : new int[] {0, 40, 900}) {
        Passage passage = passage(start, 120, terms, 3);

        assertEquals(
            lucene.score(passage, 2000), ours.score(passage, 2000), terms + " at " + start);
      }
    }
  }
}
