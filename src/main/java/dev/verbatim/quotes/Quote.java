package dev.verbatim.quotes;

import java.util.Objects;

/**
 * A direct quotation found in a paragraph, with the person it is attributed to.
 *
 * @param paragraph the 0-based index of the paragraph in its article, or {@link #HEADLINE}
 * @param start the offset in the paragraph of the quotation's first character (after the opening
 *     mark)
 * @param end the offset just past its last character (before the closing mark)
 * @param text the quotation, without its enclosing marks
 * @param speaker the speaker's full name as the article gives it, empty when unknown
 * @param cue the reporting verb as written ({@code said}, {@code pointed out}), empty when none
 */
public record Quote(int paragraph, int start, int end, String text, String speaker, String cue) {

  /** The paragraph number of a quotation in the article's title. */
  public static final int HEADLINE = -1;

  public Quote {
    Objects.requireNonNull(text, "Quote text must not be null");
    speaker = Objects.requireNonNullElse(speaker, "");
    cue = Objects.requireNonNullElse(cue, "");
    if (paragraph < HEADLINE || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Quote must have paragraph >= -1 and 0 <= start <= end, got paragraph "
              + paragraph
              + ", "
              + start
              + ".."
              + end);
    }
  }
}
