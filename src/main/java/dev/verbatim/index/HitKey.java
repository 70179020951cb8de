package dev.verbatim.index;

/**
 * What a hit is counted by where a backend counts distinct hits by a key: the copies of a quotation
 * share their {@link QuoteKey}, and a paragraph, which has no copies, has a key of its own.
 */
public final class HitKey {

  private HitKey() {}

  /**
   * The key of the paragraph document {@code documentId}: as unlikely to meet a quotation's key as
   * two quotations' keys are to meet.
   */
  public static long ofParagraph(String documentId) {
    return Hashing.sha256Long("paragraph " + documentId);
  }
}
