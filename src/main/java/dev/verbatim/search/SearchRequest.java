package dev.verbatim.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * One search: the user's query, optional filters, and the page wanted.
 *
 * @param query keywords in Lucene's simple syntax ({@code "phrase"}, {@code -exclude}, {@code
 *     prefix*}, {@code a | b}); blank matches everything
 * @param type {@code quote}, {@code paragraph}, or null for both
 * @param speaker only quotations by this speaker (full name; case, accents and spacing aside), or
 *     null
 * @param article only documents of this article id, or null
 * @param from earliest article date, inclusive, or null
 * @param to latest article date, inclusive, or null
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param correct when the query finds nothing and a correction of it finds something, answer with
 *     the correction's hits ({@link AutoCorrect}); false searches the words as typed only
 */
public record SearchRequest(
    String query,
    String type,
    String speaker,
    String article,
    LocalDate from,
    LocalDate to,
    int page,
    int size,
    boolean correct) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 10;

  /** Longer queries are refused: nobody types them, and each term costs a postings look-up. */
  public static final int MAX_QUERY_LENGTH = 1000;

  /**
   * The deepest hit a request may reach ({@code page × size}); deeper paging costs memory per
   * request.
   */
  public static final int MAX_WINDOW = 10_000;

  public static final Set<String> TYPES = Set.of("quote", "paragraph");

  /** A request that is corrected when it finds nothing. */
  public SearchRequest(
      String query,
      String type,
      String speaker,
      String article,
      LocalDate from,
      LocalDate to,
      int page,
      int size) {
    this(query, type, speaker, article, from, to, page, size, true);
  }

  public SearchRequest {
    query = checkedQuery(query);
    type = blankToNull(type);
    speaker = blankToNull(speaker);
    article = blankToNull(article);
    if (type != null && !TYPES.contains(type)) {
      throw new InvalidRequestException(
          "type", "parameter 'type' must be 'quote' or 'paragraph', got '" + type + "'");
    }
    if (page < 1) {
      throw new InvalidRequestException("page", "parameter 'page' must be 1 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          "size", "parameter 'size' must be 1.." + MAX_SIZE + ", got " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException(
          "page", "page × size must be at most " + MAX_WINDOW + ", got " + (long) page * size);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException(
          "from", "parameter 'from' (" + from + ") is after 'to' (" + to + ")");
    }
  }

  /**
   * The words of a search, or of the highlights of an article, as the query parser takes them:
   * stripped, empty for none.
   *
   * @throws InvalidRequestException naming {@code q} when they are longer than {@value
   *     #MAX_QUERY_LENGTH} characters
   */
  public static String checkedQuery(String query) {
    String words = query == null ? "" : query.strip();
    if (words.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q",
          "parameter 'q' must be at most "
              + MAX_QUERY_LENGTH
              + " characters, got "
              + words.length());
    }
    return words;
  }

  /**
   * This request with the speaker filter naming {@code name} instead: a backend resolves a typed
   * name to the one it knows.
   */
  public SearchRequest withSpeaker(String name) {
    return new SearchRequest(query, type, name, article, from, to, page, size, correct);
  }

  /** This request for {@code words} instead of its query. */
  public SearchRequest withQuery(String words) {
    return new SearchRequest(words, type, speaker, article, from, to, page, size, correct);
  }

  /** The first page of hits for {@code query}, both types, no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, 1, DEFAULT_SIZE);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
