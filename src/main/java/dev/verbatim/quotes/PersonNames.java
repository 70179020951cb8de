package dev.verbatim.quotes;

import java.util.Set;

/**
 * Whether a speaker's name is a name ({@code Sam Altman}, {@code Charles de Gaulle}, {@code
 * Wenger}, {@code Unilever}) rather than an organisation's name made of common words ({@code
 * Norwich Union International}, {@code Economy Ministry}, {@code Treasury}), a group's or a
 * description ({@code The government}, {@code a spokesman}): a search that names the speaker finds
 * their quotations first, while a topic word that is part of such a name does not lift its
 * statements above the quotations that say it.
 */
public final class PersonNames {

  /** Lower-case words inside persons' names. */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
          "la", "le", "ter", "van", "von", "y");

  private PersonNames() {}

  /**
   * True for words each capitalised (or a particle such as {@code de}), the first not {@code The},
   * none the head of an organisation's or a group's name ({@code Ministry}, {@code Union}).
   */
  public static boolean isPerson(String speaker) {
    // a loop over the words rather than a split on a pattern: this runs for every quotation written
    int length = speaker.length();
    int start = 0;
    boolean first = true;
    while (true) {
      while (start < length && Character.isWhitespace(speaker.charAt(start))) {
        start++;
      }
      if (start == length) {
        return !first; // an empty or blank name is no person's
      }
      int end = start;
      while (end < length && !Character.isWhitespace(speaker.charAt(end))) {
        end++;
      }
      String word = speaker.substring(start, end);
      if (first && word.equals("The")
          || !Character.isUpperCase(word.codePointAt(0)) && !PARTICLES.contains(word)
          || Lexicon.isOrganisationHead(word)) {
        return false;
      }
      first = false;
      start = end;
    }
  }
}
