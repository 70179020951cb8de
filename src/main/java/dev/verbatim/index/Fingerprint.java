package dev.verbatim.index;

import dev.verbatim.corpus.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A hash of everything an article contributes to the index, to tell whether it changed. */
final class Fingerprint {

  private static final char SEPARATOR = '\u0000';

  private Fingerprint() {}

  static String of(Article article) {
    List<String> parts = new ArrayList<>(6 + article.paragraphs().size());
    for (Object part :
        new Object[] {
          article.id(),
          article.title(),
          Objects.toString(article.date(), ""),
          article.source(),
          article.url(),
          article.author()
        }) {
      parts.add(String.valueOf(part));
    }
    parts.addAll(article.paragraphs());
    return Hashing.sha256(parts, SEPARATOR);
  }
}
