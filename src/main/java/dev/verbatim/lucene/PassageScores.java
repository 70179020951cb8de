package dev.verbatim.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Lucene's passage scoring (BM25 over the query terms a passage holds, times a norm favouring early
 * passages), computed without the hash set the default allocates for every passage it scores: its
 * 32 KB block was a fifth of all the memory the server allocated under a load of different queries.
 * A passage holds a handful of matches, so finding each term's earlier occurrence by a scan is
 * cheaper than hashing, and gives the same scores.
 */
final class PassageScores extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    double score = 0; // summed in double, as Lucene does, so the scores are the same to the bit
    for (int i = 0; i < matches; i++) {
      if (seenBefore(passage, i)) {
        continue; // each term counts once, with its frequency in the passage
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (passage.getMatchTerms()[j].bytesEquals(passage.getMatchTerms()[i])) {
          inPassage++;
        }
      }
      score +=
          tf(inPassage, passage.getLength())
              * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(Passage passage, int i) {
    for (int j = 0; j < i; j++) {
      if (passage.getMatchTerms()[j].bytesEquals(passage.getMatchTerms()[i])) {
        return true;
      }
    }
    return false;
  }
}
