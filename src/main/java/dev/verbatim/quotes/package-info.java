/**
 * Finds direct quotations in an article's paragraphs and attributes each to a speaker.
 *
 * <p>{@link dev.verbatim.quotes.QuoteFinder} scans each paragraph once for quotation marks, splits
 * it into tokens, and looks for a reporting verb (a cue: said, told, wrote, …) and its subject
 * around each quotation. Pronouns and surnames are resolved against the names the article has used.
 * Every step looks at a bounded window around a quotation, so the work is linear in the length of
 * the text. This package depends only on {@code corpus} records; it knows nothing of Lucene or
 * HTTP.
 */
package dev.verbatim.quotes;
