/**
 * The SolrCloud backend, for archives that outgrow one machine: the same two ports as the embedded
 * index, over a sharded, replicated collection.
 *
 * <p>{@link dev.verbatim.solr.SolrIndex} implements the index port (a full build fills a new
 * collection and moves the alias; an incremental one writes into the current collection), {@link
 * dev.verbatim.solr.SolrSearch} the search port. {@link dev.verbatim.solr.SolrConnection} reaches
 * the nodes over the JDK's HTTP client, trying the next node when one is down. The configset
 * shipped in {@code dev/verbatim/solr/configset} mirrors {@code lucene.TextAnalysis} filter for
 * filter and uploads its variants file; a query's open compounds are joined by {@code
 * TextAnalysis.joinOpenCompounds} here before Solr parses it. No index or search type of Lucene is
 * used here: Solr runs its own Lucene, in its own JVMs.
 */
package dev.verbatim.solr;
