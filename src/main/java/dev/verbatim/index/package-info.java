/**
 * The index port and the build that feeds it, whatever the backend.
 *
 * <p>{@link dev.verbatim.index.IndexSink} is where a build writes articles with their quotations,
 * and its commit is the moment a whole build becomes visible. {@link dev.verbatim.index.IndexBuild}
 * reads a corpus on every core, finds quotations, skips unchanged articles by their fingerprints,
 * deletes articles whose files are gone and commits once. No Lucene or Solr type appears here.
 */
package dev.verbatim.index;
