package dev.verbatim.quotes;

/**
 * A name or a he/she pronoun outside quotations.
 *
 * @param paragraph the paragraph it is in
 * @param first index of its first token (after any title)
 * @param end index just past its last token
 * @param name the name as written, without title or possessive ({@code Musk}, {@code Donald
 *     Trump}), or the pronoun in lower case
 * @param title the honorific or office before it ({@code Mr.}, {@code President}), or empty
 * @param possessive true for {@code Musk’s}
 * @param previous the lower-cased word before it (before its title), or empty
 * @param pronoun true for he or she
 */
record Mention(
    int paragraph,
    int first,
    int end,
    String name,
    String title,
    boolean possessive,
    String previous,
    boolean pronoun) {

  int words() {
    int words = 1;
    for (int i = 0; i < name.length(); i++) {
      words += name.charAt(i) == ' ' ? 1 : 0;
    }
    return words;
  }

  String firstWord() {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  String lastWord() {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** True after "the", "a" or "an": "the White House", "a Goldman Sachs report" name no person. */
  boolean afterArticle() {
    return Lexicon.ARTICLES.contains(previous);
  }

  /** True after "to", "with", …: "pointed out to Musk". */
  boolean afterPreposition() {
    return Lexicon.PREPOSITIONS.contains(previous);
  }

  /** Position in the article, for ordering mentions across paragraphs. */
  long position() {
    return position(paragraph, first);
  }

  /**
   * The position of token {@code token} of paragraph {@code paragraph}, ordered across the article.
   */
  static long position(int paragraph, int token) {
    return (long) paragraph << 32 | token;
  }
}
