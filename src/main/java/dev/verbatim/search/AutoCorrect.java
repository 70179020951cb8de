package dev.verbatim.search;

import java.util.function.Function;

/**
 * "Showing results for": when a query finds nothing and the correction a backend suggests finds
 * something (the suggestion is checked before it is offered, {@link Collation}), the correction's
 * hits are the answer, with {@link SearchResponse#searched()} saying what was searched. A request
 * with {@link SearchRequest#correct()} false gets the words as typed, and the suggestion beside.
 */
public final class AutoCorrect {

  private AutoCorrect() {}

  /** The answer to {@code request}, from {@code search}, corrected when it finds nothing. */
  public static SearchResponse search(
      SearchRequest request, Function<SearchRequest, SearchResponse> search) {
    SearchResponse typed = search.apply(request);
    if (!request.correct() || typed.total() > 0 || typed.suggestion() == null) {
      return typed;
    }
    SearchResponse corrected = search.apply(request.withQuery(typed.suggestion()));
    return corrected.correcting(request.query(), typed.tookMs() + corrected.tookMs());
  }
}
