package dev.verbatim;

import dev.verbatim.corpus.Article;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.quotes.QuoteFinder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Builds a real index in a folder from articles written inline in a test. */
public final class TestIndex {

  private TestIndex() {}

  /** Writes {@code articles} with their quotations into {@code folder} in one commit, replacing what was there. */
  public static void build(Path folder, List<Article> articles) {
    QuoteFinder finder = new QuoteFinder();
    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, Clock.systemUTC())) {
      articles.forEach(article -> index.write(article, finder.find(article), article.id()));
      index.commit();
    }
  }

  /** A one-paragraph article with no date. */
  public static Article article(String id, String title, String... paragraphs) {
    return new Article(id, title, null, "", "", "", List.of(paragraphs));
  }
}
