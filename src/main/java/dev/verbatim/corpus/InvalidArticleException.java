package dev.verbatim.corpus;

/**
 * Thrown when a file cannot be read as an article; the message says why, in words a user can act
 * on.
 */
public final class InvalidArticleException extends Exception {

  public InvalidArticleException(String reason) {
    super(reason);
  }
}
