package dev.verbatim.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks a correction of a whole query that finds something: each word gets its own candidates, and
 * the rewrites are tried best first (the sum of each word's candidate rank), each checked against
 * the index, so a suggestion never leads to an empty page. A word the index knows ({@code blare})
 * may still be replaced ({@code blair}) when the query as typed finds nothing.
 */
public final class Collation {

  /** Rewrites checked against the index, at most. */
  public static final int TRIES = 8;

  /**
   * What an edit costs against how common a word is, in natural log units: a word two edits away
   * must be held by e^2.5 ≈ 12 times as many documents to beat one an edit away ({@code blare}:
   * {@code blair} before {@code blake}).
   */
  private static final double EDIT_COST = 2.5;

  /** Edits counted at most: a word further away is as far as this. */
  private static final int MAX_EDITS = 3;

  /**
   * A word of the query: where it is, whether the index has it as typed, and what else it could be,
   * best first.
   */
  public record Word(int start, int end, boolean known, List<String> alternatives) {

    public Word {
      alternatives = List.copyOf(alternatives);
    }

    /** What the word may be in a rewrite, best first: as typed when the index knows it. */
    List<String> options(String query) {
      List<String> options = new ArrayList<>();
      if (known) {
        options.add(query.substring(start, end));
      }
      options.addAll(alternatives);
      return options;
    }
  }

  private Collation() {}

  /**
   * The {@code limit} likeliest words {@code typed} was meant to be, of {@code candidates} (each
   * with how many documents hold it): the fewer edits and the more common, the likelier.
   */
  public static List<String> likeliest(String typed, Map<String, Integer> candidates, int limit) {
    Map<String, Double> score = new HashMap<>();
    candidates.forEach(
        (word, documents) ->
            score.put(
                word,
                Math.log1p(documents) - EDIT_COST * SpeakerNames.distance(typed, word, MAX_EDITS)));
    return candidates.keySet().stream()
        .sorted(
            Comparator.comparing((String word) -> score.get(word))
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .toList();
  }

  /**
   * The best rewrite of {@code query} whose {@code words} are replaced by their options and which
   * {@code finds} something, or null when none of the first {@value #TRIES} does. The query as
   * typed is not tried: it found nothing.
   */
  public static String correct(String query, List<Word> words, Predicate<String> finds) {
    List<List<String>> options = new ArrayList<>();
    for (Word word : words) {
      List<String> these = word.options(query);
      if (these.isEmpty()) {
        return null; // a word nothing replaces: every rewrite still holds it and finds nothing
      }
      options.add(these);
    }
    // best first: the lowest sum of ranks, then the fewest words changed ("tony blair" before
    // "tory blame" when both rank 1)
    PriorityQueue<int[]> next =
        new PriorityQueue<>(
            Comparator.comparingInt((int[] choice) -> Arrays.stream(choice).sum())
                .thenComparingInt(choice -> changed(words, choice)));
    Set<List<Integer>> seen = new HashSet<>();
    next.add(new int[words.size()]);
    int tries = 0;
    while (!next.isEmpty() && tries < TRIES) {
      int[] choice = next.poll();
      String rewrite = rewrite(query, words, options, choice);
      if (!rewrite.equals(query)) {
        tries++;
        if (finds.test(rewrite)) {
          return rewrite;
        }
      }
      for (int i = 0; i < choice.length; i++) {
        if (choice[i] + 1 < options.get(i).size()) {
          int[] worse = choice.clone();
          worse[i]++;
          if (seen.add(Arrays.stream(worse).boxed().toList())) {
            next.add(worse);
          }
        }
      }
    }
    return null;
  }

  /** How many words {@code choice} changes from the query as typed. */
  private static int changed(List<Word> words, int[] choice) {
    int changed = 0;
    for (int i = 0; i < choice.length; i++) {
      if (!words.get(i).known() || choice[i] > 0) {
        changed++;
      }
    }
    return changed;
  }

  private static String rewrite(
      String query, List<Word> words, List<List<String>> options, int[] choice) {
    StringBuilder rewrite = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      rewrite.append(query, copied, word.start()).append(options.get(i).get(choice[i]));
      copied = word.end();
    }
    return rewrite.append(query.substring(copied)).toString();
  }
}
