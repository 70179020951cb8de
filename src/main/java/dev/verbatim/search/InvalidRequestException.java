package dev.verbatim.search;

/**
 * A search parameter out of range; {@link #param()} names it so the caller can point the user at
 * it.
 */
public final class InvalidRequestException extends IllegalArgumentException {

  private final String param;

  public InvalidRequestException(String param, String message) {
    super(message);
    this.param = param;
  }

  /**
   * A query that the engine refuses because its words, each fuzzy one ({@code word~}) counting
   * every word of the index it matches, come to more than {@code maxTerms} terms.
   */
  public static InvalidRequestException queryMatchesTooManyWords(int maxTerms) {
    return new InvalidRequestException(
        "q",
        "parameter 'q' matches too many words: more than "
            + maxTerms
            + " terms in all, each fuzzy word (word~) counting every word it matches; use fewer words"
            + " or fewer ~");
  }

  /** The name of the offending parameter, as the API spells it. */
  public String param() {
    return param;
  }
}
