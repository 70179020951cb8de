package dev.verbatim.lucene;

import dev.verbatim.quotes.Quote;
import dev.verbatim.search.ArticleRef;
import dev.verbatim.search.ArticleView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Loads one article whole from the index: metadata, paragraphs highlighted for a query, quotations.
 */
final class ArticleViews {

  private final Highlights highlights;

  ArticleViews(Highlights highlights) {
    this.highlights = highlights;
  }

  Optional<ArticleView> load(IndexSearcher searcher, String id, Query userQuery)
      throws IOException {
    int count = searcher.count(Schema.articleQuery(id));
    if (count == 0) {
      return Optional.empty();
    }
    Document head = null;
    List<Document> paragraphs = new ArrayList<>();
    List<Integer> paragraphDocs = new ArrayList<>();
    List<Document> quoteDocuments = new ArrayList<>();
    for (ScoreDoc match : searcher.search(Schema.articleQuery(id), count).scoreDocs) {
      Document document = searcher.storedFields().document(match.doc);
      switch (document.get(Schema.TYPE)) {
        case Schema.TYPE_ARTICLE -> head = document;
        case Schema.TYPE_PARAGRAPH -> {
          paragraphs.add(document);
          paragraphDocs.add(match.doc);
        }
        default -> quoteDocuments.add(document);
      }
    }
    if (head == null) {
      return Optional.empty();
    }
    int[] docIds = paragraphDocs.stream().mapToInt(Integer::intValue).toArray();
    String[] texts =
        paragraphs.stream().map(paragraph -> paragraph.get(Schema.TEXT)).toArray(String[]::new);
    String[] marked = highlights.of(searcher, userQuery, docIds, texts, true);
    List<ArticleView.Paragraph> views = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Document paragraph = paragraphs.get(i);
      views.add(
          new ArticleView.Paragraph(
              StoredHits.intValue(paragraph, Schema.PARAGRAPH),
              paragraph.get(Schema.TEXT),
              marked[i]));
    }
    views.sort(Comparator.comparingInt(ArticleView.Paragraph::index)); // a quotation's context
    List<ArticleView.QuoteRef> quotes = new ArrayList<>();
    for (Document quote : quoteDocuments) {
      int paragraph = StoredHits.intValue(quote, Schema.PARAGRAPH);
      String context =
          paragraph == Quote.HEADLINE ? head.get(Schema.TITLE) : views.get(paragraph).text();
      quotes.add(quote(quote, QuoteTexts.of(quote, context)));
    }
    ArticleRef article = StoredHits.article(head);
    return Optional.of(
        new ArticleView(
            article.id(),
            article.title(),
            article.date(),
            article.source(),
            StoredHits.orEmpty(head.get(Schema.URL)),
            StoredHits.orEmpty(head.get(Schema.AUTHOR)),
            views,
            quotes));
  }

  private static ArticleView.QuoteRef quote(Document document, String text) {
    return new ArticleView.QuoteRef(
        document.get(Schema.ID),
        StoredHits.intValue(document, Schema.PARAGRAPH),
        StoredHits.intValue(document, Schema.START),
        StoredHits.intValue(document, Schema.END),
        text,
        Schema.speakerOf(document),
        StoredHits.orEmpty(document.get(Schema.CUE)));
  }
}
