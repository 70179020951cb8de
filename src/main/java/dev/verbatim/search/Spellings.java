package dev.verbatim.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spellings both backends search alike: where the variants file is (rules in stems, which the
 * embedded analysis applies and the Solr configset uploads), and the joining of open compounds a
 * user types as two words.
 */
public final class Spellings {

  /** The variants file, a classpath resource in Solr's synonyms format (scripts/make-variants). */
  public static final String VARIANTS = "/dev/verbatim/search/variants.txt";

  /** The compounds, as written: {@code variant => closed form}. */
  static final String COMPOUNDS = "/dev/verbatim/search/compounds.txt";

  private static final Pattern PARTS = Pattern.compile("[ -]");
  private static final Set<String> OPEN_COMPOUNDS = openCompounds();

  private Spellings() {}

  /**
   * {@code query} with every compound of the compounds file typed as two words ({@code per cent})
   * joined by a hyphen ({@code per-cent}): the query parsers hand the analysis one word at a time,
   * so it would never see both. A phrase in quotes reaches the analysis whole and is left alone.
   */
  public static String joinOpenCompounds(String query) {
    String[] words = query.split(" ", -1);
    StringBuilder joined = new StringBuilder(words[0]);
    boolean inPhrase = odd(words[0]);
    for (int i = 1; i < words.length; i++) {
      boolean compound =
          !inPhrase
              && OPEN_COMPOUNDS.contains(
                  words[i - 1].toLowerCase(Locale.ROOT) + " " + words[i].toLowerCase(Locale.ROOT));
      joined.append(compound ? '-' : ' ').append(words[i]);
      inPhrase ^= odd(words[i]);
    }
    return joined.toString();
  }

  private static boolean odd(String word) {
    return word.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** The two-word variants of the compounds file, their words joined by one space. */
  private static Set<String> openCompounds() {
    Set<String> compounds = new HashSet<>();
    try (InputStream file = Spellings.class.getResourceAsStream(COMPOUNDS)) {
      if (file == null) {
        throw new IllegalStateException("the jar lacks " + COMPOUNDS);
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = PARTS.split(line.split("=>", 2)[0].strip().toLowerCase(Locale.ROOT));
          if (parts.length == 2) {
            compounds.add(parts[0] + " " + parts[1]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COMPOUNDS, e);
    }
    return compounds;
  }
}
