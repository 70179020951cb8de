package dev.verbatim.lucene;

import dev.verbatim.corpus.Article;
import dev.verbatim.index.QuoteKey;
import dev.verbatim.quotes.PersonNames;
import dev.verbatim.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Turns one article and its quotations into Lucene documents laid out as {@link Schema} says. */
final class ArticleDocuments {

  private ArticleDocuments() {}

  /** The article document, then one document per paragraph, then one per quotation. */
  static List<Document> of(Article article, List<Quote> quotes, String fingerprint) {
    List<Document> documents = new ArrayList<>(1 + article.paragraphs().size() + quotes.size());
    Document head = shared(article, article.id(), Schema.TYPE_ARTICLE, true);
    head.add(new StoredField(Schema.FINGERPRINT, fingerprint));
    head.add(new StoredField(Schema.PARAGRAPHS, article.paragraphs().size()));
    head.add(new StoredField(Schema.URL, article.url()));
    head.add(new StoredField(Schema.AUTHOR, article.author()));
    head.add(Schema.noText());
    documents.add(head);
    for (int p = 0; p < article.paragraphs().size(); p++) {
      Document paragraph = shared(article, article.id() + "#p" + p, Schema.TYPE_PARAGRAPH, true);
      paragraph.add(new StoredField(Schema.PARAGRAPH, p));
      paragraph.add(Schema.text(Schema.TEXT, article.paragraphs().get(p)));
      documents.add(paragraph);
    }
    // one value for all the article's quotations: the field copies its bytes when the document is
    // added
    BytesRef articleRef =
        quotes.isEmpty()
            ? null
            : PackedArticleRef.pack(article.id(), article.title(), article.source());
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      Document document = shared(article, article.id() + "#q" + q, Schema.TYPE_QUOTE, false);
      document.add(new StoredField(Schema.PARAGRAPH, quote.paragraph()));
      document.add(Schema.quoteText(quote.text()));
      if (!quote.speaker().isEmpty()) {
        document.add(
            Schema.text(
                PersonNames.isPerson(quote.speaker()) ? Schema.SPEAKER : Schema.SPEAKER_OTHER,
                quote.speaker()));
        document.add(new StringField(Schema.SPEAKER_NAME, quote.speaker(), Field.Store.NO));
      }
      document.add(new StoredField(Schema.CUE, quote.cue()));
      if (quote.paragraph() != Quote.HEADLINE) {
        int ownDoc = 1 + article.paragraphs().size() + q;
        document.add(
            new StoredField(Schema.PARAGRAPH_DOC_DISTANCE, ownDoc - (1 + quote.paragraph())));
      }
      document.add(new StoredField(Schema.START, quote.start()));
      document.add(new StoredField(Schema.END, quote.end()));
      long key = QuoteKey.of(quote.text());
      document.add(new NumericDocValuesField(Schema.QUOTE_KEY, key));
      document.add(new BinaryDocValuesField(Schema.ARTICLE_REF, articleRef));
      documents.add(document);
    }
    return documents;
  }

  /**
   * The fields every document has. With {@code storesArticle} false (quotation documents) the
   * article's id, title, source and date are indexed but not stored: a quotation reads them from
   * its {@link Schema#ARTICLE_REF} and date doc values ({@link ArticleRefs}), which it needs anyway
   * to list the other articles that carry it.
   */
  private static Document shared(Article article, String id, String type, boolean storesArticle) {
    Document document = new Document();
    Field.Store store = storesArticle ? Field.Store.YES : Field.Store.NO;
    // The id is only shown; the type and article id are terms without doc values: searches filter
    // and delete by them, never sort or group by them.
    document.add(new StoredField(Schema.ID, id));
    document.add(new NumericDocValuesField(Schema.ID_ORDER, Schema.idOrder(id)));
    document.add(new StringField(Schema.TYPE, type, Field.Store.YES));
    document.add(new StringField(Schema.ARTICLE_ID, article.id(), store));
    if (article.date() != null) {
      document.add(new LongField(Schema.DATE, article.date().toEpochDay(), store));
    }
    if (storesArticle) {
      document.add(new StoredField(Schema.TITLE, article.title()));
      document.add(new StoredField(Schema.SOURCE, article.source()));
    }
    return document;
  }
}
