package dev.verbatim.quotes;

/**
 * The gender a name, a title or a noun shows, if any: {@code she} cannot refer back to "Mr
 * Pointon".
 */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** True unless one is male and the other female. */
  boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
