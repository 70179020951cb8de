package dev.verbatim.index;

/** How many articles, paragraph documents and quote documents an index holds. */
public record IndexCounts(long articles, long paragraphs, long quotes) {}
