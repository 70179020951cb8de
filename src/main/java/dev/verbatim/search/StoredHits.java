package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/** Reads hits back from stored fields: the records the API returns, and the other articles of a quotation. */
final class StoredHits {

  private static final int ALSO_IN_MAX = 20;

  private StoredHits() {}

  static Hit hit(IndexSearcher searcher, Document document, float score, String highlight) throws IOException {
    boolean quote = Schema.TYPE_QUOTE.equals(document.get(Schema.TYPE));
    ArticleRef article = article(document);
    return new Hit(
        document.get(Schema.ID),
        document.get(Schema.TYPE),
        score,
        article,
        intValue(document, Schema.PARAGRAPH),
        document.get(Schema.TEXT),
        highlight,
        quote ? orEmpty(document.get(Schema.SPEAKER)) : null,
        quote ? orEmpty(document.get(Schema.CUE)) : null,
        quote ? document.get(Schema.CONTEXT) : null,
        quote ? alsoIn(searcher, document.get(Schema.QUOTE_KEY), article.id()) : List.of());
  }

  static ArticleRef article(Document document) {
    IndexableField date = document.getField(Schema.DATE);
    return new ArticleRef(
        document.get(Schema.ARTICLE_ID),
        document.get(Schema.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()).toString(),
        orEmpty(document.get(Schema.SOURCE)));
  }

  /**
   * The other articles with a quotation of the same key, one entry per article: the first {@value
   * #ALSO_IN_MAX} by id, so the list is the same whatever order the build wrote the copies in.
   */
  private static List<ArticleRef> alsoIn(IndexSearcher searcher, String quoteKey, String ownArticle) throws IOException {
    Term key = new Term(Schema.QUOTE_KEY, quoteKey);
    TreeMap<String, ArticleRef> articles = new TreeMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      // One term look-up per segment; a docFreq check first would look the term up twice.
      PostingsEnum quotes = leaf.reader().postings(key, PostingsEnum.NONE); // only quotations have a key
      if (quotes == null) {
        continue;
      }
      ArticleRefs refs = new ArticleRefs(leaf.reader());
      for (int doc = quotes.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = quotes.nextDoc()) {
        ArticleRef article = refs.of(doc);
        if (!article.id().equals(ownArticle) && articles.putIfAbsent(article.id(), article) == null && articles.size() > ALSO_IN_MAX) {
          articles.pollLastEntry();
        }
      }
    }
    return List.copyOf(articles.values());
  }

  static int intValue(Document document, String field) {
    return document.getField(field).numericValue().intValue();
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
