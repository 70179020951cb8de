package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader, built once when the reader
 * opens (a refresh) rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The factory a SearcherManager uses to open one per reader. */
  static SearcherFactory factory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        try {
          return new FacetedSearcher(reader, new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the facet values of the index", e);
        }
      }
    };
  }
}
