package dev.verbatim;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.quotes.QuoteFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a real index in a folder from articles written inline in a test. */
public final class TestIndex {

  private TestIndex() {}

  /**
   * Writes {@code articles} with their quotations into {@code folder} in one commit, replacing what
   * was there.
   */
  public static void build(Path folder, List<Article> articles) {
    QuoteFinder finder = new QuoteFinder();
    try (LuceneIndex index =
        LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, Clock.systemUTC())) {
      articles.forEach(article -> index.write(article, finder.find(article), article.id()));
      index.commit();
    }
  }

  /** The repository's seed article files. */
  public static final List<String> SEED_FILES =
      List.of("000_590e9303d48f5539.txt", "004_a6f5ed7597a8b164.txt");

  /** The seed articles, as the readers read them from the corpus folder. */
  public static List<Article> seedArticles() {
    Corpus corpus = new Corpus(Path.of("corpus"));
    List<Article> articles = new ArrayList<>();
    for (Path file : corpus.files()) {
      try {
        articles.addAll(corpus.read(file).articles());
      } catch (InvalidArticleException e) {
        throw new IllegalStateException("a seed article cannot be read: " + e.getMessage(), e);
      }
    }
    return articles;
  }

  /** A corpus folder {@code dir/corpus} holding copies of the seed files. */
  public static Path seedCorpus(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String seed : SEED_FILES) {
      Files.copy(Path.of("corpus", seed), corpus.resolve(seed));
    }
    return corpus;
  }

  /** A one-paragraph article with no date. */
  public static Article article(String id, String title, String... paragraphs) {
    return new Article(id, title, null, "", "", "", List.of(paragraphs));
  }

  /** Article {@code wire/NN} of the wire service, dated the 1st of {@code month} 2025. */
  public static Article wireCopy(int number, int month, String... paragraphs) {
    return new Article(
        String.format("wire/%02d", number),
        "Copy " + number,
        LocalDate.of(2025, month, 1),
        "Wire",
        "",
        "",
        List.of(paragraphs));
  }
}
