package dev.verbatim.search;

import java.util.Map;

/**
 * Counts beside a page of hits, of distinct hits as {@link SearchResponse#total()} is: each count
 * is what choosing its value would give as a total. Type and speaker are counted drill-sideways:
 * choosing a speaker still shows what the other speakers would give, and choosing a type the other
 * type's count.
 *
 * @param type hits per type ({@code quote}, {@code paragraph})
 * @param speaker quotations per speaker, the ten most frequent, most frequent first
 * @param date hits per month of the article date ({@code 2025-01}), in date order
 */
public record Facets(Map<String, Long> type, Map<String, Long> speaker, Map<String, Long> date) {}
