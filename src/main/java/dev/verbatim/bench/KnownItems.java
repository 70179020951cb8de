package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.search.Hit;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Known-item search, as a reader who remembers a few unusual words of a paragraph uses it: {@code
 * count} random paragraphs of a corpus, each searched for by its four rarest words (fewest
 * paragraphs holding them, counted over the corpus itself, so the queries do not depend on how the
 * index analyses text), and the rank of the paragraph's article among the articles of the hits. The
 * corpus alone picks the queries: an index built another way is measured on the same ones.
 */
public final class KnownItems {

  /** Words per query. */
  static final int WORDS = 4;

  /** Hits looked through for the article; one further down counts as not found. */
  public static final int DEPTH = SearchRequest.MAX_SIZE;

  /**
   * One query: the words, the article they came from, and its rank among the hits' articles (1 is
   * first), 0 when it is not in the first {@value #DEPTH} hits.
   */
  public record Query(String words, String article, int rank) {}

  /** The queries and their mean reciprocal rank (a miss counts 0). */
  public record Result(List<Query> queries) {

    public double meanReciprocalRank() {
      return queries.stream()
          .mapToDouble(q -> q.rank() == 0 ? 0 : 1.0 / q.rank())
          .average()
          .orElse(0);
    }

    public long atRank(int rank) {
      return queries.stream().filter(q -> q.rank() == rank).count();
    }
  }

  private KnownItems() {}

  /** Runs {@code count} known-item searches, chosen by {@code seed}, against {@code search}. */
  public static Result run(Corpus corpus, SearchBackend search, int count, long seed) {
    List<Article> articles = CorpusArticles.of(corpus);
    Map<String, Integer> paragraphsHolding = QueryWords.paragraphsHolding(articles);
    List<Query> queries = new ArrayList<>();
    for (Sample sample : sample(articles, count, seed)) {
      List<String> words = new ArrayList<>(QueryWords.words(sample.paragraph()));
      words.sort(
          Comparator.comparing((String word) -> paragraphsHolding.get(word))
              .thenComparing(Comparator.naturalOrder()));
      String query = String.join(" ", words.subList(0, WORDS));
      queries.add(new Query(query, sample.article(), rank(search, query, sample.article())));
    }
    return new Result(queries);
  }

  private record Sample(String article, String paragraph) {}

  /** {@code count} paragraphs with at least {@value #WORDS} different words, chosen by seed. */
  private static List<Sample> sample(List<Article> articles, int count, long seed) {
    List<Sample> all = new ArrayList<>();
    for (Article article : articles) {
      for (String paragraph : article.paragraphs()) {
        if (QueryWords.words(paragraph).size() >= WORDS) {
          all.add(new Sample(article.id(), paragraph));
        }
      }
    }
    Collections.shuffle(all, new Random(seed));
    return all.subList(0, Math.min(count, all.size()));
  }

  private static int rank(SearchBackend search, String query, String article) {
    List<Hit> hits =
        search.search(new SearchRequest(query, null, null, null, null, null, 1, DEPTH)).hits();
    Set<String> ranked = new LinkedHashSet<>();
    for (Hit hit : hits) {
      ranked.add(hit.article().id());
      if (hit.article().id().equals(article)) {
        return ranked.size();
      }
    }
    return 0;
  }
}
