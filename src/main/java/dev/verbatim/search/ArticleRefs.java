package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads the article that documents of one segment belong to from doc values, documents in
 * increasing order. Cheaper than stored fields, which decompress a whole block per document: this
 * runs for every article that repeats a quotation.
 */
final class ArticleRefs {

  private final SortedSetDocValues ids;
  private final SortedDocValues titles;
  private final SortedDocValues sources;
  private final SortedNumericDocValues dates;

  ArticleRefs(LeafReader reader) throws IOException {
    ids = DocValues.getSortedSet(reader, Schema.ARTICLE_ID);
    titles = DocValues.getSorted(reader, Schema.TITLE);
    sources = DocValues.getSorted(reader, Schema.SOURCE);
    dates = DocValues.getSortedNumeric(reader, Schema.DATE);
  }

  String articleId(int doc) throws IOException {
    return ids.advanceExact(doc) ? ids.lookupOrd(ids.nextOrd()).utf8ToString() : "";
  }

  /** The article of {@code doc}, whose {@link #articleId} was just read. */
  ArticleRef of(int doc, String articleId) throws IOException {
    return new ArticleRef(
        articleId,
        titles.advanceExact(doc) ? titles.lookupOrd(titles.ordValue()).utf8ToString() : "",
        dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()).toString() : null,
        sources.advanceExact(doc) ? sources.lookupOrd(sources.ordValue()).utf8ToString() : "");
  }
}
