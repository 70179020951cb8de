package dev.verbatim.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/**
 * A quotation document's text and the paragraph around it, read back from stored fields. The text
 * is not stored a second time: it is its paragraph's, or for a quotation from the headline the
 * title's, from {@link Schema#START} to {@link Schema#END}.
 */
final class QuoteTexts {

  private QuoteTexts() {}

  /**
   * The paragraph around quotation document {@code doc}, read with {@code stored}, or its article's
   * {@code title} for a quotation from the headline.
   */
  static String context(StoredFields stored, int doc, Document quote, String title)
      throws IOException {
    IndexableField distance = quote.getField(Schema.PARAGRAPH_DOC_DISTANCE);
    if (distance == null) {
      return title;
    }
    return stored
        .document(doc - distance.numericValue().intValue(), Set.of(Schema.TEXT))
        .get(Schema.TEXT);
  }

  /** The quotation's own words, cut from its {@code context}. */
  static String of(Document quote, String context) {
    return context.substring(
        StoredHits.intValue(quote, Schema.START), StoredHits.intValue(quote, Schema.END));
  }
}
