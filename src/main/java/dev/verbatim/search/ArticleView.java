package dev.verbatim.search;

import java.util.Comparator;
import java.util.List;

/**
 * A whole article as indexed: its metadata, paragraphs (highlighted for a query) and quotations,
 * each in reading order whatever order a backend read them in: paragraphs by index, quotations by
 * paragraph (the headline's first), then by where they start.
 *
 * @param date ISO date or null
 */
public record ArticleView(
    String id,
    String title,
    String date,
    String source,
    String url,
    String author,
    List<Paragraph> paragraphs,
    List<QuoteRef> quotes) {

  public ArticleView {
    paragraphs = paragraphs.stream().sorted(Comparator.comparingInt(Paragraph::index)).toList();
    quotes =
        quotes.stream()
            .sorted(Comparator.comparingInt(QuoteRef::paragraph).thenComparingInt(QuoteRef::start))
            .toList();
  }

  /**
   * One paragraph.
   *
   * @param highlight the text HTML-escaped, with the query's matches in {@code <mark>} elements
   */
  public record Paragraph(int index, String text, String highlight) {}

  /** One quotation, with its offsets in its paragraph. */
  public record QuoteRef(
      String id, int paragraph, int start, int end, String text, String speaker, String cue) {}
}
