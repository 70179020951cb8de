package dev.verbatim.search;

import java.util.List;

/**
 * One matching paragraph or quotation.
 *
 * @param id the document id ({@code <article>#p3}, {@code <article>#q0})
 * @param type {@code paragraph} or {@code quote}
 * @param score the relevance score
 * @param article the article it comes from
 * @param paragraph 0-based paragraph position in the article
 * @param text the paragraph or quotation, plain text
 * @param highlight HTML: the text escaped, with the matched words in {@code <mark>} elements
 * @param speaker the quotation's speaker (empty when unknown), null for paragraphs
 * @param speakerHighlight HTML: the speaker's name escaped, with the words the query matched in it
 *     in {@code <mark>} elements; null when the query did not match the name (and for paragraphs),
 *     so a quotation whose text holds none of the words shows why it matched
 * @param cue the quotation's reporting verb (empty when none), null for paragraphs
 * @param context the paragraph a quotation comes from, null for paragraphs
 * @param alsoIn other articles quoting the same words (same quote key), empty when none
 */
public record Hit(
    String id,
    String type,
    float score,
    ArticleRef article,
    int paragraph,
    String text,
    String highlight,
    String speaker,
    String speakerHighlight,
    String cue,
    String context,
    List<ArticleRef> alsoIn) {

  public Hit {
    alsoIn = List.copyOf(alsoIn);
  }
}
