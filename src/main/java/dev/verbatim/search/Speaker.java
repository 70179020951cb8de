package dev.verbatim.search;

/**
 * Someone quoted in the index.
 *
 * @param name the full name as quotations carry it
 * @param quotes their distinct quotations: one said again in several articles counts once
 * @param first the date of the earliest article quoting them (ISO), or null when none is dated
 * @param last the date of the latest article quoting them (ISO), or null when none is dated
 */
public record Speaker(String name, long quotes, String first, String last) {}
