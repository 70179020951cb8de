package dev.verbatim.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
  private static final String COMPOUNDS = "/dev/verbatim/search/compounds.txt";

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

  /** A line of a spellings file: a variant and what it is rewritten to, as the file writes them. */
  public record Rule(String variant, String canonical) {}

  /** The compounds, as written ({@code e-mail => email}). */
  public static List<Rule> compounds() {
    return rules(COMPOUNDS);
  }

  /**
   * The rules of the classpath resource {@code resource}: lines {@code variant => canonical}, and
   * comments after {@code #}.
   *
   * @throws IllegalStateException naming the line, for a line that is no rule
   */
  public static List<Rule> rules(String resource) {
    List<Rule> rules = new ArrayList<>();
    try (InputStream file = Spellings.class.getResourceAsStream(resource)) {
      if (file == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] sides = line.split("=>", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
          throw new IllegalStateException(
              resource + ":" + number + ": a rule is `variant => canonical`, not `" + line + "`");
        }
        rules.add(new Rule(sides[0].strip(), sides[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rules;
  }

  /** The two-word variants of the compounds file, in lower case, their words joined by a space. */
  private static Set<String> openCompounds() {
    Set<String> compounds = new HashSet<>();
    for (Rule compound : compounds()) {
      String[] parts = PARTS.split(compound.variant().toLowerCase(Locale.ROOT));
      if (parts.length == 2) {
        compounds.add(parts[0] + " " + parts[1]);
      }
    }
    return compounds;
  }
}
