package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Finds the best hits and counts every match. The two are separate passes because they want
 * opposite things: the top hits skip documents that cannot compete (block-max WAND), while the
 * counts must see every match but need no score.
 */
final class FacetCounter {

  /**
   * Best first; equal scores in an order fixed by their ids, so pages are stable whatever order the
   * (multi-threaded) build wrote the documents in.
   */
  private static final Sort RELEVANCE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Schema.ID_ORDER, SortField.Type.LONG));

  /** The first {@code window} hits (the total is a lower bound), and the exact total and facets. */
  record Result(TopDocs top, long total, Facets facets) {}

  /**
   * @param filtered the user's query under the article and date filters
   * @param drillDown {@code filtered} also under the request's type and speaker filters
   */
  Result search(FacetedSearcher searcher, SearchRequest request, Query filtered, Query drillDown, int window) throws IOException {
    MatchCounts counts = searcher.search(filtered, MatchCounts.manager(searcher.facts(), request));
    return new Result(top(searcher, drillDown, window), counts.total(), counts.facets());
  }

  /** The first {@code window} hits, counting matches only as far as needed to rank them. */
  TopDocs top(FacetedSearcher searcher, Query drillDown, int window) throws IOException {
    TopDocs top = searcher.search(drillDown, new TopFieldCollectorManager(RELEVANCE_THEN_ID, window, null, window));
    for (ScoreDoc hit : top.scoreDocs) {
      hit.score = (Float) ((FieldDoc) hit).fields[0]; // a field sort keeps the score among its sort values
    }
    return top;
  }
}
