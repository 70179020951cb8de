package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Runs a drill-down query drill-sideways, returning the top hits and the facet counts in one pass. */
final class FacetCounter {

  private static final int TOP_SPEAKERS = 10;

  record Result(TopDocs top, Facets facets) {}

  Result search(FacetedSearcher searcher, DrillDownQuery query, int window) throws IOException {
    DrillSideways sideways = new DrillSideways(searcher, Schema.facetsConfig(), searcher.facetState());
    DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> result =
        sideways.search(query, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
    Facets facets = new Facets(
        counts(result.facets.getTopChildren(SearchRequest.TYPES.size(), Schema.TYPE_FACET)),
        counts(result.facets.getTopChildren(TOP_SPEAKERS, Schema.SPEAKER_FACET)),
        months(result.drillDownFacetsCollector));
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

  /** Matching documents per month of their article's date; undated ones are not counted. */
  private static Map<String, Long> months(FacetsCollector collector) throws IOException {
    Map<String, Long> months = new TreeMap<>();
    if (collector == null) {
      return months;
    }
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      SortedNumericDocValues dates = DocValues.getSortedNumeric(matching.context().reader(), Schema.DATE);
      DocIdSetIterator docs = matching.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dates.advanceExact(doc)) {
          String month = LocalDate.ofEpochDay(dates.nextValue()).toString().substring(0, 7);
          months.merge(month, 1L, Long::sum);
        }
      }
    }
    return months;
  }
}
