package dev.verbatim.bench;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A corpus read into memory for a benchmark: every article the index would read. */
public final class CorpusArticles {

  private CorpusArticles() {}

  /**
   * The articles of {@code corpus}, in file order (so runs are repeatable). Files that are not
   * articles (a corpus's SOURCE.md) are skipped without a word: the index warns about them.
   */
  public static List<Article> of(Corpus corpus) {
    List<Article> articles = new ArrayList<>();
    for (Path file : corpus.files()) {
      try {
        articles.addAll(corpus.read(file).articles());
      } catch (InvalidArticleException notAnArticle) {
        // nothing to measure in it
      }
    }
    return articles;
  }
}
