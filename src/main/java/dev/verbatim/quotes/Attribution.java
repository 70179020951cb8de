package dev.verbatim.quotes;

/**
 * Who a quotation is attributed to and how sure the rules are.
 *
 * @param speaker the resolved speaker, empty when unknown
 * @param cue the reporting verb as written, empty when none
 * @param strength how the attribution was found
 */
record Attribution(String speaker, String cue, Strength strength) {

  enum Strength {
    /** No cue near the quotation. */
    NONE,
    /**
     * No cue, but the sentence just before is about a person: "Menzies Campbell repeated his
     * party's call. “…”".
     */
    TOPIC,
    /** Taken over from the quotation just before, by the same speaker. */
    CONTINUED,
    /**
     * A cue in the same sentence, a few words away: {@code Altman pointed out to Musk that “…”}.
     */
    CUE,
    /** A cue right beside the quotation: {@code “…,” Musk claimed} or {@code Altman wrote: “…”}. */
    ADJACENT
  }

  static final Attribution NONE = new Attribution("", "", Strength.NONE);

  boolean found() {
    return strength != Strength.NONE;
  }

  Attribution continued() {
    return new Attribution(speaker, cue, Strength.CONTINUED);
  }
}
