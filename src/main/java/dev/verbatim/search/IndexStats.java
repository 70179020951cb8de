package dev.verbatim.search;

/**
 * What the index holds.
 *
 * @param committed when the current commit was built (ISO-8601 instant), or null if unknown
 */
public record IndexStats(
    long articles, long paragraphs, long quotes, long speakers, String committed) {}
