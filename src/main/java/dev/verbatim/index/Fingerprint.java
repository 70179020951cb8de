package dev.verbatim.index;

import dev.verbatim.corpus.Article;
import java.util.Objects;

/** A hash of everything an article contributes to the index, to tell whether it changed. */
final class Fingerprint {

  private static final char SEPARATOR = '\u0000';

  private Fingerprint() {}

  static String of(Article article) {
    StringBuilder content = new StringBuilder();
    for (Object part :
        new Object[] {
          article.id(),
          article.title(),
          Objects.toString(article.date(), ""),
          article.source(),
          article.url(),
          article.author()
        }) {
      content.append(part).append(SEPARATOR);
    }
    article.paragraphs().forEach(paragraph -> content.append(paragraph).append(SEPARATOR));
    return Hashing.sha256(content.toString());
  }
}
