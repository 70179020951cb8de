/**
 * The embedded backend: one Lucene index in a folder.
 *
 * <p>{@link dev.verbatim.lucene.Schema} owns every field name, {@link
 * dev.verbatim.lucene.TextAnalysis} how text becomes terms; {@link dev.verbatim.lucene.LuceneIndex}
 * implements the index port (one IndexWriter session, one commit per build) and {@link
 * dev.verbatim.lucene.LuceneSearch} the search port (a SearcherManager over the newest commit, with
 * facets, highlighting, grouping of repeated quotations and spelling).
 *
 * <p>How to index here: text that users search goes through {@link
 * dev.verbatim.lucene.Schema#text}; values users filter on or count by (type, speaker name, article
 * id) are indexed terms, whose postings the searcher reads once per refresh for facets; what is
 * grouped or ordered per match is a doc value (quote key, id order, article reference); dates are
 * epoch days in a {@code LongField}, so ranges are point queries.
 */
package dev.verbatim.lucene;
