/**
 * Answers search requests over the index: query parsing, filters, highlighting, paging.
 *
 * <p>{@link dev.verbatim.search.Searcher} takes a {@link dev.verbatim.search.SearchRequest} and
 * returns a {@link dev.verbatim.search.SearchResponse} of {@link dev.verbatim.search.Hit}s; Lucene
 * types never leave this package. It reads field names from {@code index.Schema} and knows nothing
 * of HTTP or the command line.
 */
package dev.verbatim.search;
