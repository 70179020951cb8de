package dev.verbatim.quotes;

import java.util.List;

/**
 * Spots reporting verbs in a paragraph, telling a verb from the same word used as a noun or a name.
 */
final class CueSpotter {

  private final CueVerbs verbs;
  private final Mentions mentions;

  CueSpotter(CueVerbs verbs, Mentions mentions) {
    this.verbs = verbs;
    this.mentions = mentions;
  }

  /** The cue's length at {@code i}, or 0 when no cue starts there or the word is used as a noun. */
  int length(ScannedParagraph paragraph, int i) {
    List<Token> tokens = paragraph.tokens();
    Token token = tokens.get(i);
    if (!token.isWord() || !token.isOutsideQuotes()) {
      return 0;
    }
    int length = verbs.length(tokens, i);
    if (length == 0 || mentions.at(paragraph.index(), i) != null) {
      return 0;
    }
    if (i > 0 && tokens.get(i - 1).isWord()) {
      Token previous = tokens.get(i - 1);
      if (Lexicon.DETERMINERS.contains(previous.key())
          || previous.isPossessive() && !Clauses.isSubjectPronoun(previous)) {
        return 0; // "a post on X", "Musk’s tweets": nouns, not verbs
      }
    }
    return length;
  }

  /**
   * True for a naming verb (called, described), which never stands right beside a quotation of its
   * own.
   */
  boolean isNaming(Token verb) {
    return verbs.isNaming(verb);
  }
}
