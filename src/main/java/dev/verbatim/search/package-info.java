/**
 * The search port: {@link dev.verbatim.search.SearchBackend} takes a {@link
 * dev.verbatim.search.SearchRequest} and returns a {@link dev.verbatim.search.SearchResponse} of
 * {@link dev.verbatim.search.Hit}s, with the article view and index stats beside it. These records
 * are the contract the page, the JSON API and the command line rely on; no Lucene or Solr type
 * appears in them.
 */
package dev.verbatim.search;
