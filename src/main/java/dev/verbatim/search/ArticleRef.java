package dev.verbatim.search;

/**
 * The article a hit comes from.
 *
 * @param date ISO date ({@code 2025-01-25}) or null when unknown
 */
public record ArticleRef(String id, String title, String date, String source) {}
