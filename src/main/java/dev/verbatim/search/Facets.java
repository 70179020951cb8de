package dev.verbatim.search;

import java.util.Map;

/**
 * Counts beside a page of hits. Type and speaker are counted drill-sideways: choosing a speaker
 * still shows what the other speakers would give, and choosing a type the other type's count.
 *
 * @param type documents per type ({@code quote}, {@code paragraph})
 * @param speaker quotations per speaker, the ten most frequent, most frequent first
 * @param date documents per month of the article date ({@code 2025-01}), in date order
 */
public record Facets(Map<String, Long> type, Map<String, Long> speaker, Map<String, Long> date) {}
