package dev.verbatim.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param query the query as searched
 * @param total how many documents match
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param tookMs time spent searching, in milliseconds
 * @param hits the hits of this page, best first
 */
public record SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }
}
