package dev.verbatim.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article: its id, metadata and paragraphs of plain text.
 *
 * @param id the path of its file relative to the corpus root, without extension, {@code
 *     /}-separated
 * @param title the headline, or one derived from the first sentence when the file gives none
 * @param date the publication date, or {@code null} when unknown
 * @param source the publisher or site name, empty when unknown
 * @param url the article's address, empty when unknown
 * @param author the byline, empty when unknown
 * @param paragraphs the text, one entry per paragraph, never empty
 */
public record Article(
    String id,
    String title,
    LocalDate date,
    String source,
    String url,
    String author,
    List<String> paragraphs) {

  public Article {
    Objects.requireNonNull(id, "Article id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Article id must not be blank");
    }
    title = Objects.requireNonNullElse(title, "");
    source = Objects.requireNonNullElse(source, "");
    url = Objects.requireNonNullElse(url, "");
    author = Objects.requireNonNullElse(author, "");
    paragraphs =
        List.copyOf(Objects.requireNonNull(paragraphs, "Article paragraphs must not be null"));
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("Article " + id + " must have at least one paragraph");
    }
  }
}
