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

  /** The name of the offending parameter, as the API spells it. */
  public String param() {
    return param;
  }
}
