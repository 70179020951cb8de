package dev.verbatim.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param query the query as asked
 * @param searched the query the hits are for: {@code query}, or its correction when {@code query}
 *     found nothing and the correction finds something ({@link AutoCorrect})
 * @param total how many distinct hits match, as they are paged through: a quotation that several
 *     articles carry is one hit (its other articles are in {@link Hit#alsoIn()})
 * @param mentions how many documents match, each article's copy of a quotation counted
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param tookMs time spent searching, in milliseconds
 * @param hits the hits of this page, best first; repeats of a quotation fold into its best hit
 * @param facets distinct hits by type, speaker and month
 * @param suggestion a corrected query drawn from the index's own words when nothing matched, else
 *     null
 * @param speakerSuggestion when the speaker filter names nobody quoted, the known speaker it most
 *     likely means ({@link SpeakerNames#closest}), else null
 */
public record SearchResponse(
    String query,
    String searched,
    long total,
    long mentions,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Facets facets,
    String suggestion,
    String speakerSuggestion) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }

  /** This answer as given again after {@code ms} milliseconds. */
  public SearchResponse took(long ms) {
    return new SearchResponse(
        query,
        searched,
        total,
        mentions,
        page,
        size,
        ms,
        hits,
        facets,
        suggestion,
        speakerSuggestion);
  }

  /**
   * This answer, of a correction, as the answer to {@code typed}, which found nothing, after {@code
   * ms} milliseconds in all.
   */
  SearchResponse correcting(String typed, long ms) {
    // New facets: the page writer keeps each answer's JSON by its facets object, and this answer
    // must not be written as the correction's own.
    Facets copy = new Facets(facets.type(), facets.speaker(), facets.date());
    return new SearchResponse(
        typed, query, total, mentions, page, size, ms, hits, copy, null, speakerSuggestion);
  }
}
