/**
 * The SolrCloud backend, for archives that outgrow one machine: the same two ports as the embedded
 * index, over a sharded, replicated collection.
 *
 * <p>{@link dev.verbatim.solr.SolrIndex} implements the index port (a full build fills a new
 * collection and moves the alias; an incremental one writes into the current collection), {@link
 * dev.verbatim.solr.SolrSearch} the search port. {@link dev.verbatim.solr.SolrConnection} reaches
 * the nodes over the JDK's HTTP client, trying the next node when one is down. The configset
 * shipped in {@code dev/verbatim/solr/configset} mirrors {@code lucene.TextAnalysis} filter for
 * filter and uploads the same variants file ({@code search.Spellings}). No Lucene type is used
 * here: Solr runs its own Lucene, in its own JVMs.
 */
package dev.verbatim.solr;
