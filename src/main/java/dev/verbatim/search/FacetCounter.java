package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/** Runs a drill-down query drill-sideways, returning the top hits and the facet counts in one pass. */
final class FacetCounter {

  private static final int TOP_SPEAKERS = 10;

  record Result(TopDocs top, Facets facets) {}

  /**
   * Best first; equal scores in document-id order, so pages are stable whatever order the
   * (multi-threaded) build wrote the documents in.
   */
  private static final Sort RELEVANCE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(Schema.ID, false));

  Result search(FacetedSearcher searcher, DrillDownQuery query, int window) throws IOException {
    DrillSideways sideways = new DrillSideways(searcher, Schema.facetsConfig(), searcher.facetState());
    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
        sideways.search(query, new TopFieldCollectorManager(RELEVANCE_THEN_ID, window, null, Integer.MAX_VALUE));
    Facets facets = new Facets(
        counts(result.facets.getTopChildren(SearchRequest.TYPES.size(), Schema.TYPE_FACET)),
        counts(result.facets.getTopChildren(TOP_SPEAKERS, Schema.SPEAKER_FACET)),
        months(result.drillDownFacetsCollector));
    for (ScoreDoc hit : result.collectorResult.scoreDocs) {
      hit.score = (Float) ((FieldDoc) hit).fields[0]; // a field sort keeps the score among its sort values
    }
    return new Result(result.collectorResult, facets);
  }

  private static Map<String, Long> counts(FacetResult result) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (result != null) {
      for (LabelAndValue entry : result.labelValues) {
        counts.put(entry.label, entry.value.longValue());
      }
    }
    return counts;
  }

  /**
   * Matching documents per month of their article's date; undated ones are not counted. Days are
   * counted first and turned into months once each: many matches share a day.
   */
  private static Map<String, Long> months(FacetsCollector collector) throws IOException {
    Map<String, Long> months = new TreeMap<>();
    if (collector == null) {
      return months;
    }
    Map<Long, long[]> days = new HashMap<>();
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      SortedNumericDocValues dates = DocValues.getSortedNumeric(matching.context().reader(), Schema.DATE);
      DocIdSetIterator docs = matching.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dates.advanceExact(doc)) {
          days.computeIfAbsent(dates.nextValue(), day -> new long[1])[0]++;
        }
      }
    }
    days.forEach((day, count) -> months.merge(LocalDate.ofEpochDay(day).toString().substring(0, 7), count[0], Long::sum));
    return months;
  }
}
