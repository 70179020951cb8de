package dev.verbatim.quotes;

import dev.verbatim.corpus.Article;
import java.util.List;

/**
 * Runs the quote finder on an article written inline and lists what it found as "speaker | cue |
 * text".
 */
final class FoundQuotes {

  private FoundQuotes() {}

  static List<String> in(QuoteFinder finder, String title, String... paragraphs) {
    Article article = new Article("test", title, null, "", "", "", List.of(paragraphs));
    return finder.find(article).stream()
        .map(q -> q.speaker() + " | " + q.cue() + " | " + q.text())
        .toList();
  }
}
