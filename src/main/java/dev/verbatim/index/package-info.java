/**
 * Writes articles and their quotations into a Lucene index: the schema and the build.
 *
 * <p>{@link dev.verbatim.index.Schema} owns every field name and the analyzer; {@link
 * dev.verbatim.index.IndexBuilder} turns {@code Article} and {@code Quote} records into paragraph,
 * quote and article documents and ends every build in one commit. This package does not search and
 * knows nothing of HTTP or the command line.
 *
 * <p>How to index here: text that users search goes through {@link dev.verbatim.index.Schema#text};
 * values users filter on or count by (type, speaker name, article id) are indexed terms, whose
 * postings {@code search} reads once per refresh for facets; what is grouped or ordered per match
 * is a doc value (quote key, id order, article reference); dates are epoch days in a {@code
 * LongField}, so ranges are point queries.
 */
package dev.verbatim.index;
