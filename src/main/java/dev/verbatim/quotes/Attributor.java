package dev.verbatim.quotes;

import dev.verbatim.quotes.Attribution.Strength;
import java.util.List;
import java.util.Set;

/**
 * Finds the cue and speaker of one quotation from the words around it, in this order:
 * <ol>
 *   <li>after it, in the same clause: {@code “…,” Musk claimed}, {@code “…,” said Donna Brazile},
 *       {@code “…,” Smith, a spokesman, said};
 *   <li>before it, in the same sentence: {@code Altman wrote: “…”}, {@code Altman pointed out to Musk
 *       that “…”}; a participle ({@code asserting, “…”}) takes the sentence's subject.
 * </ol>
 * The speaker is the cue's subject, resolved by {@link Mentions}. Each rule reads a bounded number
 * of tokens, so the cost per quotation is constant.
 */
final class Attributor {

  /** How far after a closing mark a cue may be: "…,” Smith, the former chairwoman of the party, said. */
  private static final int AFTER_REACH = 16;
  /** How far before an opening mark its cue may be. */
  private static final int BEFORE_REACH = 16;
  /** How many tokens before its cue a subject may be, across an appositive. */
  private static final int SUBJECT_REACH = 14;
  private static final Set<String> NON_FINITE_MARKERS = Set.of("to", "of", "by", "for", "after", "before", "while", "without");

  private final CueVerbs cues;
  private final Mentions mentions;

  Attributor(CueVerbs cues, Mentions mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  Attribution attribute(ScannedParagraph paragraph, int k) {
    Attribution after = after(paragraph, k);
    return after.found() ? after : before(paragraph, k);
  }

  private Attribution after(ScannedParagraph paragraph, int k) {
    QuoteSpan span = paragraph.spans().get(k);
    String quoted = paragraph.quotedText(k);
    if (!span.closed() || quoted.endsWith(".")) {
      return Attribution.NONE; // a quoted full stop ends the sentence: what follows is another one
    }
    List<Token> tokens = paragraph.tokens();
    int start = paragraph.closes()[k] + 1;
    int stop = start;
    while (stop < tokens.size() && stop - start < AFTER_REACH && !endsClause(tokens.get(stop))) {
      stop++;
    }
    int cue = start;
    while (cue < stop && cueLength(paragraph, cue) == 0) {
      cue++;
    }
    if (cue == stop) {
      return Attribution.NONE;
    }
    int cueEnd = cue + cueLength(paragraph, cue);
    String cueText = text(tokens, cue, cueEnd);
    if (onlyModifiers(tokens, start, cue)) {
      Subject subject = subjectAt(paragraph, cueEnd, stop);
      return new Attribution(subject == null ? "" : subject.speaker(), cueText, Strength.ADJACENT);
    }
    Subject subject = subjectAt(paragraph, start, cue);
    if (subject == null || !onlyModifiersOrAppositive(tokens, subject.end(), cue)) {
      return Attribution.NONE;
    }
    return new Attribution(subject.speaker(), cueText, cue - start <= 4 ? Strength.ADJACENT : Strength.CUE);
  }

  private Attribution before(ScannedParagraph paragraph, int k) {
    List<Token> tokens = paragraph.tokens();
    int open = paragraph.opens()[k];
    int sentence = sentenceStart(tokens, open);
    int cue = -1;
    for (int i = open - 1; i >= sentence && i >= open - BEFORE_REACH; i--) {
      if (cueLength(paragraph, i) > 0) {
        cue = i;
        break;
      }
    }
    if (cue < 0) {
      return Attribution.NONE;
    }
    int cueEnd = cue + cueLength(paragraph, cue);
    Token verb = tokens.get(cue);
    Subject subject;
    if (CueVerbs.isAccordingTo(verb)) {
      subject = subjectAt(paragraph, cueEnd, open);
    } else if (CueVerbs.isParticiple(verb) || cue > 0 && NON_FINITE_MARKERS.contains(tokens.get(cue - 1).key())) {
      subject = agentOfParticiple(paragraph, sentence, cue);
    } else {
      subject = subjectBefore(paragraph, sentence, cue);
    }
    boolean adjacent = open - cueEnd <= 1 && (open == cueEnd || isGlue(tokens.get(cueEnd)));
    return new Attribution(
        subject == null ? "" : subject.speaker(), text(tokens, cue, cueEnd), adjacent ? Strength.ADJACENT : Strength.CUE);
  }

  /** The subject of a finite cue: the name or pronoun just before it, across modifiers and an appositive. */
  private Subject subjectBefore(ScannedParagraph paragraph, int sentence, int cue) {
    List<Token> tokens = paragraph.tokens();
    int i = skipModifiersBackward(tokens, cue - 1, sentence);
    if (i >= sentence && tokens.get(i).is(",")) {
      int comma = i - 1;
      while (comma > sentence && comma > cue - SUBJECT_REACH && !tokens.get(comma).is(",")) {
        comma--;
      }
      if (comma > sentence && tokens.get(comma).is(",")) {
        i = skipModifiersBackward(tokens, comma - 1, sentence);
      }
    }
    if (i < sentence) {
      return null;
    }
    Mention mention = mentions.at(paragraph.index(), i);
    if (mention != null && mention.end() == i + 1) {
      return mention.possessive() || mention.afterPreposition() ? null : new Subject(mentions.speaker(mention), i + 1);
    }
    return null;
  }

  /** The agent of a participle cue: a name right before it ("with Altman mocking"), else the sentence's subject. */
  private Subject agentOfParticiple(ScannedParagraph paragraph, int sentence, int cue) {
    Mention right = mentions.at(paragraph.index(), cue - 1);
    if (right != null && right.end() == cue && !right.possessive() && !right.pronoun()) {
      return new Subject(mentions.speaker(right), cue);
    }
    List<Token> tokens = paragraph.tokens();
    for (int i = sentence; i < cue; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        continue;
      }
      Mention mention = mentions.at(paragraph.index(), i);
      if (mention != null && mention.first() == i && !mention.possessive() && !mention.afterArticle() && !mention.afterPreposition()) {
        return new Subject(mentions.speaker(mention), mention.end());
      }
      if (Lexicon.OTHER_PRONOUNS.contains(tokens.get(i).key()) && isSubjectPronoun(tokens.get(i))) {
        return new Subject("", i + 1);
      }
    }
    return null;
  }

  /**
   * A subject phrase starting at token {@code i}: a name (with its title), a pronoun, "the" + a name
   * (an organisation: the White House), or a determiner and common nouns (a spokesman: unknown).
   */
  private Subject subjectAt(ScannedParagraph paragraph, int i, int limit) {
    List<Token> tokens = paragraph.tokens();
    if (i >= limit || !tokens.get(i).isWord()) {
      return null;
    }
    Token token = tokens.get(i);
    Mention mention = mentionStartingAt(paragraph, i);
    if (mention != null) {
      return new Subject(mentions.speaker(mention), mention.end());
    }
    if (Lexicon.OTHER_PRONOUNS.contains(token.key())) {
      return new Subject("", i + 1);
    }
    if (Lexicon.DETERMINERS.contains(token.key())) {
      Mention organisation = mentionStartingAt(paragraph, i + 1);
      if (organisation != null && organisation.end() <= limit) {
        return new Subject(organisation.name(), organisation.end());
      }
      int j = i + 1;
      while (j < limit && tokens.get(j).isWord() && !tokens.get(j).isCapitalised() && j - i <= 4) {
        j++;
      }
      return new Subject("", j);
    }
    return token.isCapitalised() ? null : new Subject("", i + 1);
  }

  private Mention mentionStartingAt(ScannedParagraph paragraph, int i) {
    Mention mention = mentions.at(paragraph.index(), i);
    if (mention == null && i + 1 < paragraph.tokens().size()) {
      mention = mentions.at(paragraph.index(), i + 1); // a title before the name: Mr. Obama
      return mention != null && mention.first() == i + 1 && !mention.title().isEmpty() ? mention : null;
    }
    return mention != null && mention.first() == i ? mention : null;
  }

  /** The cue's length at {@code i}, or 0 when no cue starts there or the word is used as a noun. */
  private int cueLength(ScannedParagraph paragraph, int i) {
    List<Token> tokens = paragraph.tokens();
    Token token = tokens.get(i);
    if (!token.isOutsideQuotes() || mentions.at(paragraph.index(), i) != null) {
      return 0;
    }
    if (i > 0 && tokens.get(i - 1).isWord()) {
      Token previous = tokens.get(i - 1);
      if (Lexicon.DETERMINERS.contains(previous.key()) || previous.isPossessive() && !isSubjectPronoun(previous)) {
        return 0; // "a post on X", "Musk’s tweets": nouns, not verbs
      }
    }
    return cues.length(tokens, i);
  }

  private static boolean isSubjectPronoun(Token token) {
    String key = token.key();
    return Lexicon.SUBJECT_PRONOUNS.contains(key) || Set.of("i", "we", "they", "you").contains(key);
  }

  private static int sentenceStart(List<Token> tokens, int from) {
    int i = from - 1;
    while (i >= 0 && tokens.get(i).isOutsideQuotes() && !tokens.get(i).sentenceStart()) {
      i--;
    }
    if (i < 0) {
      return 0;
    }
    return tokens.get(i).isOutsideQuotes() ? i : i + 1;
  }

  private static boolean endsClause(Token token) {
    return !token.isOutsideQuotes()
        || token.kind() == Token.Kind.URL
        || token.is(".") || token.is("!") || token.is("?") || token.is(";");
  }

  private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isGlue(tokens.get(i)) && !isModifier(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Modifiers, or one comma-delimited appositive followed by modifiers: "Smith, a spokesman, later said". */
  private static boolean onlyModifiersOrAppositive(List<Token> tokens, int from, int to) {
    int i = from;
    if (i < to && tokens.get(i).is(",")) {
      int close = i + 1;
      while (close < to && !tokens.get(close).is(",")) {
        close++;
      }
      if (close == to) {
        return false;
      }
      i = close + 1;
    }
    return onlyModifiers(tokens, i, to);
  }

  private static int skipModifiersBackward(List<Token> tokens, int i, int floor) {
    while (i >= floor && isModifier(tokens.get(i))) {
      i--;
    }
    return i;
  }

  private static boolean isModifier(Token token) {
    return token.isWord() && (Lexicon.VERB_MODIFIERS.contains(token.key()) || token.key().endsWith("ly") && token.key().length() > 4);
  }

  private static boolean isGlue(Token token) {
    return token.is(",") || token.is(":") || token.is("—") || token.is("–");
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(i > from ? " " : "").append(tokens.get(i).text());
    }
    return text.toString();
  }

  private record Subject(String speaker, int end) {}
}
