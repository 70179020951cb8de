package dev.verbatim.lucene;

import dev.verbatim.search.ArticleRef;
import dev.verbatim.search.Hit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads hits back from stored fields: the records the API returns, and the other articles of a
 * quotation.
 */
final class StoredHits {

  private StoredHits() {}

  /**
   * The hit of document {@code doc} of {@code searcher}'s index: its {@code article}, its {@code
   * text}, for a quotation the paragraph around it as {@code context} ({@link QuoteTexts}; null for
   * a paragraph), and the text and speaker's name as marked.
   */
  static Hit hit(
      FacetedSearcher searcher,
      int doc,
      Document document,
      ArticleRef article,
      float score,
      String text,
      String context,
      String highlight,
      String speakerHighlight)
      throws IOException {
    boolean quote = Schema.TYPE_QUOTE.equals(document.get(Schema.TYPE));
    return new Hit(
        document.get(Schema.ID),
        document.get(Schema.TYPE),
        score,
        article,
        intValue(document, Schema.PARAGRAPH),
        text,
        highlight,
        quote ? Schema.speakerOf(document) : null,
        speakerHighlight,
        quote ? orEmpty(document.get(Schema.CUE)) : null,
        context,
        quote ? alsoIn(searcher, doc, article.id()) : List.of());
  }

  /** The article of an article or paragraph document, from its stored fields. */
  static ArticleRef article(Document document) {
    IndexableField date = document.getField(Schema.DATE);
    return new ArticleRef(
        document.get(Schema.ARTICLE_ID),
        document.get(Schema.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()).toString(),
        orEmpty(document.get(Schema.SOURCE)));
  }

  /**
   * The other articles with a copy of quotation {@code doc}, one entry per article: the first
   * {@value CopyArticles#LISTED} by id, so the list is the same whatever order the build wrote the
   * copies in.
   */
  private static List<ArticleRef> alsoIn(FacetedSearcher searcher, int doc, String ownArticle)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext own = leaves.get(ReaderUtil.subIndex(doc, leaves));
    DocFacts facts = searcher.facts();
    long known = facts.leaf(own.ord)[doc - own.docBase];
    if (!DocFacts.isRepeated(known)) {
      return List.of(); // most quotations have no copy
    }
    List<ArticleRef> articles = new ArrayList<>(CopyArticles.LISTED);
    for (ArticleRef article : facts.copyArticles().articlesOf(facts.groupOf(known), leaves)) {
      if (!article.id().equals(ownArticle) && articles.size() < CopyArticles.LISTED) {
        articles.add(article);
      }
    }
    return articles;
  }

  static int intValue(Document document, String field) {
    return document.getField(field).numericValue().intValue();
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
