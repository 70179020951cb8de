package dev.verbatim.corpus;

import java.util.List;

/**
 * What one file yielded: its articles, and warnings about parts that were skipped or ignored.
 *
 * @param articles the articles read, in file order
 * @param warnings problems that did not stop the file, e.g. a broken line of a JSON Lines file
 */
public record ArticleBatch(List<Article> articles, List<String> warnings) {

  public ArticleBatch {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
  }

  static ArticleBatch of(Article article, List<String> warnings) {
    return new ArticleBatch(List.of(article), warnings);
  }
}
