package dev.verbatim.lucene;

import dev.verbatim.search.ArticleRef;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the article that quotation documents of one segment belong to from doc values, documents in
 * increasing order: a quotation document does not store its article's id, title, source or date.
 * Cheaper than stored fields, which decompress a whole block per document: this runs for every
 * article that repeats a quotation.
 */
final class ArticleRefs {

  private final BinaryDocValues refs;
  private final SortedNumericDocValues dates;

  ArticleRefs(LeafReader reader) throws IOException {
    refs = DocValues.getBinary(reader, Schema.ARTICLE_REF);
    dates = DocValues.getSortedNumeric(reader, Schema.DATE);
  }

  /**
   * The id of the article of quotation {@code doc} as UTF-8, read alone: cheaper than {@link #of}.
   * Valid until the next read.
   */
  BytesRef idOf(int doc) throws IOException {
    if (!refs.advanceExact(doc)) {
      throw new IllegalStateException("quotation document " + doc + " has no article reference");
    }
    return PackedArticleRef.idOf(refs.binaryValue());
  }

  /** The article of quotation {@code doc} of {@code reader}, read on its own. */
  static ArticleRef ofQuote(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new ArticleRefs(leaf.reader()).of(doc - leaf.docBase);
  }

  /** The article of quotation {@code doc}. */
  ArticleRef of(int doc) throws IOException {
    if (!refs.advanceExact(doc)) {
      throw new IllegalStateException("quotation document " + doc + " has no article reference");
    }
    PackedArticleRef.Parts article = PackedArticleRef.unpack(refs.binaryValue());
    String date =
        dates.advanceExact(doc) ? LocalDate.ofEpochDay(dates.nextValue()).toString() : null;
    return new ArticleRef(article.id(), article.title(), date, article.source());
  }
}
