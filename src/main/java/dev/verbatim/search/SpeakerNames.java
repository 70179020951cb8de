package dev.verbatim.search;

import java.text.Normalizer;
import java.util.Locale;

/** How a typed speaker name meets a known one: case, accents and spacing aside ("francois  HOLLANDE" = "François Hollande"). */
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
}
