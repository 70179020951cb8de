/**
 * Benchmarks: a deterministic generator of large corpora recombined from real articles, and the
 * measurements run over them (indexing throughput against a bare-Lucene baseline).
 *
 * <p>Nothing here runs in production paths; the {@code bench} commands and a smoke test call it. It
 * may use every other package, as the command line does.
 */
package dev.verbatim.bench;
