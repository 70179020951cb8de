/**
 * Turns article files into {@link dev.verbatim.corpus.Article} records, one reader per format.
 *
 * <p>{@link dev.verbatim.corpus.Corpus} walks a folder, decodes each file (UTF-8 with or without a
 * byte order mark, or Windows-1252) and hands the text to the reader for its extension: plain text,
 * Markdown with YAML front matter, HTML, or JSON Lines. A file that cannot be read is reported with
 * the reason, never silently dropped. This package knows nothing of quotations, Lucene or HTTP.
 */
package dev.verbatim.corpus;
