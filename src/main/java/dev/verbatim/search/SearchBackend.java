package dev.verbatim.search;

import java.util.List;
import java.util.Optional;

/**
 * The search port: what the page, the API and the command line ask of an index, in records that
 * name no engine. The embedded Lucene index and SolrCloud each implement it. Implementations are
 * safe for concurrent use; a search sees one consistent state of the index from start to end.
 */
public interface SearchBackend extends AutoCloseable {

  /**
   * Answers one request: a page of hits with highlights, the facet counts and, when nothing
   * matched, a spelling suggestion that finds something under the same filters.
   */
  SearchResponse search(SearchRequest request);

  /**
   * The article with all its paragraphs (highlighted for {@code query}, words as {@link
   * SearchRequest#checkedQuery} gives them, empty for none) and quotations, if it exists.
   */
  Optional<ArticleView> article(String id, String query);

  /** Counts of what the index holds and when it was built. */
  IndexStats stats();

  /**
   * Everyone quoted, most quoted first (ties by name), each with when they were first and last
   * quoted.
   */
  List<Speaker> speakers();

  /** Makes later searches see the newest build, for a backend that does not see it by itself. */
  default void refresh() {}

  @Override
  void close();
}
