package dev.verbatim.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * How a typed speaker name meets a known one: case, accents and spacing aside ("francois HOLLANDE"
 * = "François Hollande"), and which known name to suggest when it meets none.
 */
public final class SpeakerNames {

  private SpeakerNames() {}

  /** The form two names share when they name the same speaker. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
          key.append(' ');
        }
      } else {
        key.append(c);
      }
    }
    return key.toString().strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The known name a typed one most likely means when it meets none: one holding every typed word
   * ("altman" → "Sam Altman"), else the nearest within a typo or two per name ("Sam Altmann"). Null
   * when none is near. Among equals the first of {@code known} wins, so list the most quoted first.
   */
  public static String closest(String typed, Iterable<String> known) {
    String wanted = key(typed);
    if (wanted.isEmpty()) {
      return null;
    }
    List<String> words = List.of(wanted.split(" "));
    int allowed = Math.max(1, wanted.length() / 6);
    String best = null;
    int bestDistance = allowed + 1;
    for (String name : known) {
      String candidate = key(name);
      if (List.of(candidate.split(" ")).containsAll(words)) {
        return name;
      }
      int distance = distance(wanted, candidate, bestDistance);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The edit distance of {@code a} and {@code b}, or {@code limit} when it is {@code limit} or
   * more.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }
}
