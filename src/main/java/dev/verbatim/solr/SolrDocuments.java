package dev.verbatim.solr;

import dev.verbatim.corpus.Article;
import dev.verbatim.index.HitKey;
import dev.verbatim.index.QuoteKey;
import dev.verbatim.quotes.PersonNames;
import dev.verbatim.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/** Turns one article and its quotations into Solr documents laid out as {@link SolrFields} says. */
final class SolrDocuments {

  private SolrDocuments() {}

  /** The article document, then one document per paragraph, then one per quotation. */
  static List<SolrInputDocument> of(Article article, List<Quote> quotes, String fingerprint) {
    List<SolrInputDocument> documents =
        new ArrayList<>(1 + article.paragraphs().size() + quotes.size());
    SolrInputDocument head = shared(article, article.id(), SolrFields.TYPE_ARTICLE);
    head.addField(SolrFields.FINGERPRINT, fingerprint);
    head.addField(SolrFields.PARAGRAPHS, article.paragraphs().size());
    head.addField(SolrFields.URL, article.url());
    head.addField(SolrFields.AUTHOR, article.author());
    documents.add(head);
    for (int p = 0; p < article.paragraphs().size(); p++) {
      String id = article.id() + "#p" + p;
      SolrInputDocument paragraph = shared(article, id, SolrFields.TYPE_PARAGRAPH);
      paragraph.addField(SolrFields.PARAGRAPH, p);
      paragraph.addField(SolrFields.TEXT, article.paragraphs().get(p));
      paragraph.addField(SolrFields.HIT_KEY, HitKey.ofParagraph(id));
      documents.add(paragraph);
    }
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      SolrInputDocument document = shared(article, article.id() + "#q" + q, SolrFields.TYPE_QUOTE);
      document.addField(SolrFields.PARAGRAPH, quote.paragraph());
      document.addField(SolrFields.TEXT, quote.text());
      if (!quote.speaker().isEmpty()) {
        document.addField(
            PersonNames.isPerson(quote.speaker()) ? SolrFields.SPEAKER : SolrFields.SPEAKER_OTHER,
            quote.speaker());
        document.addField(SolrFields.SPEAKER_NAME, quote.speaker());
      }
      document.addField(SolrFields.CUE, quote.cue());
      document.addField(
          SolrFields.CONTEXT,
          quote.paragraph() == Quote.HEADLINE
              ? article.title()
              : article.paragraphs().get(quote.paragraph()));
      document.addField(SolrFields.START, quote.start());
      document.addField(SolrFields.END, quote.end());
      long key = QuoteKey.of(quote.text());
      document.addField(SolrFields.QUOTE_KEY, key);
      document.addField(SolrFields.HIT_KEY, key);
      document.setField(SolrFields.ROUTE, "quote-" + key);
      documents.add(document);
    }
    return documents;
  }

  private static SolrInputDocument shared(Article article, String id, String type) {
    SolrInputDocument document = new SolrInputDocument();
    document.addField(SolrFields.ID, id);
    document.addField(
        SolrFields.ID_ORDER, (long) id.hashCode()); // as the embedded index: ties in the same order
    document.addField(SolrFields.TYPE, type);
    document.addField(SolrFields.ARTICLE_ID, article.id());
    document.addField(SolrFields.ROUTE, article.id());
    document.addField(SolrFields.TITLE, article.title());
    if (article.date() != null) {
      document.addField(SolrFields.DATE, article.date().toEpochDay());
      document.addField(SolrFields.MONTH, article.date().toString().substring(0, 7));
    }
    document.addField(SolrFields.SOURCE, article.source());
    return document;
  }
}
