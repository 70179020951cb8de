package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a load that no cache can serve: {@code count} different words of a corpus, spread
 * evenly over its words ranked by how many paragraphs hold them, from the rarest (in two
 * paragraphs) to the most common, then shuffled. Real traffic is a long tail of different queries;
 * a benchmark that repeats a few requests measures a cache.
 */
public final class QueryWords {

  /**
   * A word as written, hyphenated compounds whole ({@code co-ordinator}, not {@code ordinator}),
   * three letters or more.
   */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  private QueryWords() {}

  /** The words, shuffled by {@code seed}; fewer than {@code count} when the corpus has fewer. */
  public static List<String> pick(Corpus corpus, int count, long seed) {
    Map<String, Integer> paragraphsHolding = paragraphsHolding(CorpusArticles.of(corpus));
    List<String> ranked = new ArrayList<>();
    paragraphsHolding.forEach(
        (word, paragraphs) -> {
          if (paragraphs >= 2) {
            ranked.add(word);
          }
        });
    ranked.sort(
        Comparator.comparing((String word) -> paragraphsHolding.get(word))
            .thenComparing(Comparator.naturalOrder()));
    List<String> picked = new ArrayList<>();
    int wanted = Math.min(count, ranked.size());
    for (int i = 0; i < wanted; i++) { // both ends: the rarest word and the most common
      picked.add(
          ranked.get(wanted == 1 ? 0 : (int) ((long) i * (ranked.size() - 1) / (wanted - 1))));
    }
    Collections.shuffle(picked, new Random(seed));
    return picked;
  }

  /** For each word, how many paragraphs of {@code articles} hold it. */
  static Map<String, Integer> paragraphsHolding(List<Article> articles) {
    Map<String, Integer> paragraphsHolding = new HashMap<>();
    for (Article article : articles) {
      for (String paragraph : article.paragraphs()) {
        for (String word : words(paragraph)) {
          paragraphsHolding.merge(word, 1, Integer::sum);
        }
      }
    }
    return paragraphsHolding;
  }

  /** The different words of three letters or more in {@code paragraph}, in lower case. */
  static Set<String> words(String paragraph) {
    Set<String> words = new HashSet<>();
    Matcher matcher = WORD.matcher(paragraph);
    while (matcher.find()) {
      if (matcher.end() - matcher.start() >= 3) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
