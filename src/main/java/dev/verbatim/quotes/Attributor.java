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
  private static final int AFTER_REACH = 32;
  /** How far after a closing mark a cue counts as right beside it: "…,” Mr. Obama later said. */
  private static final int ADJACENT_REACH = 4;
  /** After a quoted full stop: "“….” Rep. Earl Blumenauer (D-Ore.) said." */
  private static final int FULL_STOP_REACH = 10;
  /** How far before an opening mark its cue may be. */
  private static final int BEFORE_REACH = 20;
  /** How many words a subject phrase may have: "former Pennsylvania Gov. and party Chairman Ed Rendell". */
  private static final int PHRASE_MAX_WORDS = 12;
  /** How many words a description of an unnamed speaker may have: "a spokeswoman for the House Armed Services Committee". */
  private static final int DESCRIPTION_MAX_WORDS = 12;
  /** How many tokens before its cue a subject may be, across an appositive. */
  private static final int SUBJECT_REACH = 24;
  private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "one", "who", "whose", "which", "its", "his", "her", "their");
  private static final int MAX_APPOSITIVES = 3;
  private static final Set<String> DASHES = Set.of("―", "—", "–", "-");
  /** Words that open an introductory phrase before a sentence's subject. */
  private static final Set<String> INTRODUCERS = Set.of(
      "in", "on", "at", "after", "before", "during", "when", "while", "as", "since", "although", "though", "if",
      "because", "despite", "with", "without", "for", "from", "asked", "speaking", "responding", "earlier", "later");
  /** Words that open a description of an unnamed speaker: "a senior adviser", "one user", "his spokesman". */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of(
      "a", "an", "the", "his", "her", "their", "its", "our", "one", "two", "three", "several", "many", "some",
      "another", "other");
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
  private static final Set<String> COORDINATORS = Set.of("and", "but", "then");
  private static final Set<String> NON_FINITE_MARKERS = Set.of("to", "of", "by", "for", "after", "before", "while", "without");

  private final CueVerbs cues;
  private final Mentions mentions;

  Attributor(CueVerbs cues, Mentions mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  Attribution attribute(ScannedParagraph paragraph, int k) {
    if (paragraph.index() == 0) {
      return headline(paragraph, k);
    }
    Attribution after = after(paragraph, k);
    return after.found() ? after : before(paragraph, k);
  }

  /**
   * A headline is Title Case, so its capitals say nothing: its quotation is attributed only to a
   * surname the article's body uses, right before a colon or a cue ("A lesson from Loretta Lynch:
   * 'Be the voice …'", "Sanders declares ‘…’").
   */
  private Attribution headline(ScannedParagraph paragraph, int k) {
    List<Token> tokens = paragraph.tokens();
    int open = paragraph.opens()[k];
    int i = open - 1;
    String cue = "";
    if (i >= 1 && (tokens.get(i).is(":") || cueLength(paragraph, i) > 0)) {
      cue = tokens.get(i).is(":") ? "" : tokens.get(i).text();
      i--;
    }
    if (i < 0 || i == open - 1 || !tokens.get(i).isCapitalised()) {
      return Attribution.NONE;
    }
    String surname = Lexicon.stripPossessive(tokens.get(i).text());
    return mentions.knowsSurname(surname)
        ? new Attribution(mentions.resolveSurname(surname), cue, Strength.ADJACENT)
        : Attribution.NONE;
  }

  private Attribution after(ScannedParagraph paragraph, int k) {
    QuoteSpan span = paragraph.spans().get(k);
    if (!span.closed()) {
      return Attribution.NONE;
    }
    // After a quoted full stop only a cue right beside the quotation counts ("“….” writes Nate
    // Silver"); further on, the words belong to another sentence.
    boolean fullStop = paragraph.quotedText(k).endsWith(".");
    List<Token> tokens = paragraph.tokens();
    int start = paragraph.closes()[k] + 1;
    if (start + 1 < tokens.size() && DASHES.contains(tokens.get(start).text())) {
      Mention signed = mentions.at(paragraph.index(), start + 1); // "“…” ― Sonya Herridge"
      if (signed != null && signed.first() == start + 1 && !signed.pronoun() && mentions.isPerson(signed)) {
        return new Attribution(mentions.speaker(signed), "", Strength.ADJACENT);
      }
    }
    int stop = start;
    int reach = fullStop ? FULL_STOP_REACH : AFTER_REACH;
    while (stop < tokens.size() && stop - start < reach && !endsClause(tokens.get(stop))) {
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
    if (fullStop && reportsIndirectly(paragraph, cueEnd)) {
      return Attribution.NONE; // "“….” Ohio Gov. John Kasich said he would have …": a new sentence
    }
    if (onlyModifiers(tokens, start, cue)) {
      if (CueVerbs.isParticiple(tokens.get(cue))) {
        return Attribution.NONE; // "“…” promising the Friends of Abe will return": the object, not the speaker
      }
      Subject subject = subjectAt(paragraph, cueEnd, stop);
      return new Attribution(subject == null ? "" : subject.speaker(), cueText, Strength.ADJACENT);
    }
    Subject subject = subjectAt(paragraph, start, cue);
    if (subject == null || !onlyModifiersOrAppositive(tokens, subject.end(), cue)) {
      // "''…'' of the Clinton proposals, Mr. Holtz-Eakin said": the subject right before the cue,
      // in the quotation's own sentence (after a quoted full stop the words start another one)
      Subject nearer = fullStop ? null : subjectBefore(paragraph, start, cue);
      return nearer == null || nearer.speaker().isEmpty() ? Attribution.NONE : new Attribution(nearer.speaker(), cueText, Strength.CUE);
    }
    Subject appositive = subject.end() < cue && tokens.get(subject.end()).is(",") ? subjectAt(paragraph, subject.end() + 1, cue) : null;
    String speaker = appositive != null && appositive.person() && !subject.person()
        ? appositive.speaker() // "the White House spokesman, Josh Earnest, said": the name, not the office
        : subject.speaker();
    return new Attribution(speaker, cueText, cue - start <= ADJACENT_REACH ? Strength.ADJACENT : Strength.CUE);
  }

  private Attribution before(ScannedParagraph paragraph, int k) {
    List<Token> tokens = paragraph.tokens();
    int open = paragraph.opens()[k];
    int sentence = sentenceStart(tokens, open);
    Attribution signed = namedBeforeColon(paragraph, open);
    if (signed.found()) {
      return signed; // "Pollsters agree - Carl Bialik: “…”"
    }
    int cue = -1;
    for (int i = open - 1; i >= sentence && i >= open - BEFORE_REACH; i--) {
      if (cueLength(paragraph, i) > 0) {
        cue = i;
        break;
      }
    }
    if (cue < 0) {
      return colonAttribution(paragraph, sentence, open);
    }
    int cueEnd = cue + cueLength(paragraph, cue);
    Subject subject = subjectOfCue(paragraph, sentence, cue);
    boolean adjacent = open - cueEnd <= 1 && (open == cueEnd || isGlue(tokens.get(cueEnd))) && !cues.isNaming(tokens.get(cue));
    return new Attribution(
        subject == null ? "" : subject.speaker(), text(tokens, cue, cueEnd), adjacent ? Strength.ADJACENT : Strength.CUE);
  }

  /**
   * A quotation introduced by a colon with no cue: {@code Philip Bump: “…”}, or a paragraph that is
   * only a quotation after one that ends {@code Cruz continued:}.
   */
  Attribution colonAttribution(ScannedParagraph paragraph, int sentence, int open) {
    List<Token> tokens = paragraph.tokens();
    if (open == 0 || !tokens.get(open - 1).is(":")) {
      return Attribution.NONE;
    }
    int colon = open - 1;
    for (int i = colon - 1; i >= sentence && i >= colon - BEFORE_REACH; i--) {
      if (cueLength(paragraph, i) > 0) {
        Subject subject = subjectOfCue(paragraph, sentence, i);
        return new Attribution(subject == null ? "" : subject.speaker(), text(tokens, i, i + cueLength(paragraph, i)), Strength.ADJACENT);
      }
    }
    Attribution signed = namedBeforeColon(paragraph, open);
    if (signed.found()) {
      return signed;
    }
    // "Clinton has since apologized for what happened: “…”", "Clinton’s response was: “…”"
    for (int i = trueSentenceStart(tokens, colon); i < colon; i++) {
      Mention first = mentions.at(paragraph.index(), i);
      if (first != null && first.first() == i && !first.afterPreposition() && !first.afterArticle() && mentions.isPerson(first)) {
        return new Attribution(mentions.speaker(first), "", Strength.CUE);
      }
    }
    return Attribution.NONE;
  }

  /**
   * The attribution a sentence with a cue and no quotation of its own gives the quotation right
   * after it: "Sam Lau, the party's spokesman, said in a statement. “…”". The sentence is the one
   * before the quotation's in {@code paragraph}, or with {@code end} set, the last of {@code paragraph}.
   */
  Attribution cueSentenceBefore(ScannedParagraph paragraph, int end) {
    List<Token> tokens = paragraph.tokens();
    if (end <= 0 || !tokens.get(end - 1).isOutsideQuotes()) {
      return Attribution.NONE;
    }
    int start = trueSentenceStart(tokens, end - 1);
    for (int i = start; i < end; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        return Attribution.NONE; // it has a quotation of its own, attributed on its own
      }
    }
    for (int i = end - 1; i >= start; i--) {
      int length = cueLength(paragraph, i);
      if (length > 0 && !cues.isNaming(tokens.get(i))) {
        Subject subject = subjectOfCue(paragraph, start, i);
        return subject == null || subject.speaker().isEmpty()
            ? Attribution.NONE
            : new Attribution(subject.speaker(), text(tokens, i, i + length), Strength.CONTINUED);
      }
    }
    return Attribution.NONE;
  }

  /** The index of the first token of the sentence holding the opening mark of quotation {@code k}. */
  int sentenceOf(ScannedParagraph paragraph, int k) {
    return trueSentenceStart(paragraph.tokens(), paragraph.opens()[k]);
  }

  /** "Jeffrey M. Jones: “…”": a person's name, not an object ("a message to Trump:"), right before a colon. */
  private Attribution namedBeforeColon(ScannedParagraph paragraph, int open) {
    List<Token> tokens = paragraph.tokens();
    if (open < 2 || !tokens.get(open - 1).is(":")) {
      return Attribution.NONE;
    }
    Mention named = mentionEndingAt(paragraph, open - 2);
    boolean speaker = named != null && !named.pronoun() && !named.possessive() && !named.afterPreposition() && mentions.isPerson(named);
    return speaker ? new Attribution(mentions.speaker(named), "", Strength.ADJACENT) : Attribution.NONE;
  }

  /** The attribution a paragraph ending in a colon gives the quotation-only paragraph after it. */
  Attribution colonAtEnd(ScannedParagraph paragraph) {
    List<Token> tokens = paragraph.tokens();
    int end = tokens.size();
    if (end == 0 || !tokens.get(end - 1).is(":") || !tokens.get(end - 1).isOutsideQuotes()) {
      return Attribution.NONE;
    }
    return colonAttribution(paragraph, sentenceStart(tokens, end - 1), end);
  }

  private Subject subjectOfCue(ScannedParagraph paragraph, int sentence, int cue) {
    Token verb = paragraph.tokens().get(cue);
    if (CueVerbs.isAccordingTo(verb)) {
      return subjectAt(paragraph, cue + 2, paragraph.tokens().size());
    }
    if (CueVerbs.isParticiple(verb) || cue > 0 && NON_FINITE_MARKERS.contains(paragraph.tokens().get(cue - 1).key())) {
      return agentOfParticiple(paragraph, sentence, cue);
    }
    return subjectBefore(paragraph, sentence, cue);
  }

  /** The subject of a finite cue: the name or pronoun just before it, across modifiers and an appositive. */
  private Subject subjectBefore(ScannedParagraph paragraph, int sentence, int cue) {
    List<Token> tokens = paragraph.tokens();
    int i = skipBackward(tokens, cue - 1, sentence);
    if (i >= sentence && tokens.get(i).is(",")) {
      i = subjectBeforeAppositives(paragraph, sentence, cue, skipBackward(tokens, i - 1, sentence));
    }
    Mention mention = i >= sentence ? mentionEndingAt(paragraph, i) : null;
    if (mention != null && (mention.afterArticle() || mention.afterPreposition())) {
      // "Sam Lau, the communications director for the Iowa Democratic Party said": the name before the appositive
      int comma = mention.first() - 1;
      while (comma > sentence && comma > cue - SUBJECT_REACH && !tokens.get(comma).is(",")) {
        comma--;
      }
      Mention named = comma > sentence && tokens.get(comma).is(",") && opensAppositive(tokens.get(comma + 1))
          ? mentionEndingAt(paragraph, skipBackward(tokens, comma - 1, sentence)) : null;
      if (named != null && !named.possessive() && mentions.isPerson(named)) {
        return new Subject(mentions.speaker(named), cue);
      }
    }
    if (mention != null) {
      return mention.possessive() || mention.afterPreposition() ? null : new Subject(mentions.speaker(mention), i + 1);
    }
    boolean inverted = cue == sentence || !tokens.get(cue - 1).isWord() || COORDINATORS.contains(tokens.get(cue - 1).key());
    if (inverted && cue + 1 < tokens.size() && tokens.get(cue + 1).isWord()) {
      Subject after = subjectAt(paragraph, cue + cueLength(paragraph, cue), tokens.size()); // "But, said Solovey, “…”"
      if (after != null && !after.speaker().isEmpty()) {
        return after;
      }
    }
    boolean coordinated = i >= sentence && COORDINATORS.contains(tokens.get(i).key()); // "Lazar said … and added, “…”"
    if (!coordinated) {
      // "The New York businessman says of Clinton, “…”", "A Warren adviser, who spoke on condition of anonymity, said"
      Subject described = subjectAt(paragraph, sentence, cue);
      boolean beforeCue = described != null && !described.speaker().isEmpty()
          && (skipBackward(tokens, cue - 1, sentence) == described.end() - 1 || onlyModifiersOrAppositive(tokens, described.end(), cue));
      return beforeCue ? described : null;
    }
    for (int earlier = i - 1; earlier >= sentence; earlier--) {
      if (cueLength(paragraph, earlier) > 0 && !CueVerbs.isParticiple(tokens.get(earlier))) {
        Subject first = subjectBefore(paragraph, sentence, earlier);
        if (first != null && !first.speaker().isEmpty()) {
          return first;
        }
      }
    }
    return sentenceSubject(paragraph, trueSentenceStart(tokens, cue), cue);
  }

  /**
   * Where the subject ends when commas stand between it and the cue: "James Zogby, a Sanders
   * superdelegate from …, said" and "J.J. Goldberg, editor at large of The Forward, an influential
   * newspaper, wrote": stretches that open with an article or "who" are stepped over, and so are
   * stretches that do not end with a usable name ("Durbin, noting the size of his following, said").
   */
  private int subjectBeforeAppositives(ScannedParagraph paragraph, int sentence, int cue, int last) {
    List<Token> tokens = paragraph.tokens();
    int candidate = last;
    for (int segments = 0; segments < MAX_APPOSITIVES && candidate >= sentence; segments++) {
      int comma = candidate;
      while (comma > sentence && comma > cue - SUBJECT_REACH && !tokens.get(comma).is(",")) {
        comma--;
      }
      boolean found = comma > sentence && tokens.get(comma).is(",");
      if (found && opensAppositive(tokens.get(comma + 1))) {
        candidate = skipBackward(tokens, comma - 1, sentence); // step over ", a former aide to …,"
        continue;
      }
      Mention ending = mentionEndingAt(paragraph, candidate);
      if (ending != null && !ending.possessive() && !ending.afterPreposition() || !found) {
        return candidate;
      }
      candidate = skipBackward(tokens, comma - 1, sentence); // ", noting the size of his following,"
    }
    return candidate;
  }

  /** True when the cue ending before {@code i} reports a clause of its own: "said he would", "said that". */
  private boolean reportsIndirectly(ScannedParagraph paragraph, int i) {
    List<Token> tokens = paragraph.tokens();
    if (i >= tokens.size() || !tokens.get(i).isWord()) {
      return false;
    }
    String next = tokens.get(i).key();
    Mention mention = mentions.at(paragraph.index(), i);
    return next.equals("that") || Lexicon.SUBJECT_PRONOUNS.contains(next) || Lexicon.OTHER_PRONOUNS.contains(next)
        || mention != null && !mention.pronoun();
  }

  /** "a …", "who …", "president of …", "playing …", "49": what opens a description of the name before it. */
  private static boolean opensAppositive(Token token) {
    String key = token.key();
    boolean lowerCase = !token.isCapitalised(); // "president of …" describes; "Mr. Frum" names
    return APPOSITIVE_OPENERS.contains(key) || lowerCase && (Lexicon.ROLES.contains(key) || Lexicon.TITLES.contains(key) || key.endsWith("ing"))
        || !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** The mention whose last token is {@code i}, or null. */
  /**
   * Where a description continues past {@code end} through prepositional phrases: "a spokeswoman
   * for the House Armed Services Committee", "a longtime adviser to both Clintons".
   */
  private int describedThrough(ScannedParagraph paragraph, int end, int limit, int max) {
    List<Token> tokens = paragraph.tokens();
    int through = end;
    while (through < limit && through < max && tokens.get(through).isWord() && cueLength(paragraph, through) == 0
        && !isModifier(tokens.get(through)) && !RELATIVES.contains(tokens.get(through).key())) {
      through++;
    }
    return Lexicon.PREPOSITIONS.contains(tokens.get(through - 1).key()) ? through - 1 : through;
  }

  private Mention mentionEndingAt(ScannedParagraph paragraph, int i) {
    Mention mention = mentions.at(paragraph.index(), i);
    return mention != null && mention.end() == i + 1 ? mention : null;
  }

  /** The first name or he/she of the sentence that is not a possessive, not after "the" or a preposition. */
  private Subject sentenceSubject(ScannedParagraph paragraph, int sentence, int before) {
    List<Token> tokens = paragraph.tokens();
    int from = sentence;
    if (from < before && INTRODUCERS.contains(tokens.get(from).key())) {
      // "In response to Trump’s proposal, Clinton’s aide rallied …": the subject follows the opening phrase
      int comma = from;
      while (comma < before && !tokens.get(comma).is(",")) {
        comma++;
      }
      from = comma < before ? comma + 1 : from;
    }
    for (int i = from; i < before; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        continue;
      }
      Mention mention = mentions.at(paragraph.index(), i);
      if (mention != null && mention.first() == i && mention.possessive() && !mention.afterPreposition()) {
        return new Subject("", mention.end()); // "Clinton’s right-hand woman rallied supporters": unnamed
      }
      if (mention != null && mention.first() == i && !mention.afterArticle() && !mention.afterPreposition()) {
        return new Subject(mentions.speaker(mention), mention.end());
      }
      if (Lexicon.OTHER_PRONOUNS.contains(tokens.get(i).key()) && isSubjectPronoun(tokens.get(i))) {
        return new Subject("", i + 1);
      }
    }
    return null;
  }

  /**
   * The agent of a participle cue: a name right before it ("with Altman mocking"), else the subject
   * of a finite cue just before it ("Nefzi said, adding"), else the sentence's subject.
   */
  private Subject agentOfParticiple(ScannedParagraph paragraph, int sentence, int cue) {
    int before = skipBackward(paragraph.tokens(), cue - 1, sentence); // "with Trump reportedly yelling"
    Mention right = mentionEndingAt(paragraph, before);
    boolean agent = right != null && !right.possessive() && !right.pronoun()
        && (!right.afterPreposition() || right.previous().equals("with")); // not "on Facebook writing"
    if (agent) {
      return new Subject(mentions.speaker(right), cue);
    }
    List<Token> tokens = paragraph.tokens();
    for (int i = cue - 1; i >= sentence && i >= cue - 4; i--) {
      if (cueLength(paragraph, i) > 0 && !CueVerbs.isParticiple(tokens.get(i))) {
        Subject finite = subjectBefore(paragraph, sentence, i);
        if (finite != null && !finite.speaker().isEmpty()) {
          return finite;
        }
      }
    }
    return sentenceSubject(paragraph, trueSentenceStart(tokens, cue), cue);
  }

  /**
   * The subject phrase starting at token {@code i}: a pronoun, or a noun phrase whose speaker is the
   * last name in it ("Democratic pollster Stan Greenberg", "RNC spokesman Sean Spicer", "the White
   * House"). A phrase that names nobody is kept as a description when it opens with a determiner
   * ("a senior Cruz adviser", "the RNC member"), and is empty otherwise. The phrase ends at
   * punctuation, a preposition, a relative pronoun, a modifier or a cue.
   */
  private Subject subjectAt(ScannedParagraph paragraph, int i, int limit) {
    List<Token> tokens = paragraph.tokens();
    if (i >= limit || !tokens.get(i).isWord()) {
      return null;
    }
    Mention pronoun = mentions.at(paragraph.index(), i);
    if (pronoun != null && pronoun.pronoun()) {
      return new Subject(mentions.speaker(pronoun), i + 1);
    }
    boolean determiner = DESCRIPTION_OPENERS.contains(tokens.get(i).key());
    if (Lexicon.OTHER_PRONOUNS.contains(tokens.get(i).key()) && !(determiner && i + 1 < limit && tokens.get(i + 1).isWord())) {
      return new Subject("", i + 1); // "they said"; but "one Trump confidant said" is a description
    }
    int end = i;
    Mention head = null;
    while (end < limit && end - i < PHRASE_MAX_WORDS) {
      Token token = tokens.get(end);
      boolean stops = !token.isWord() || Lexicon.PREPOSITIONS.contains(token.key()) || cueLength(paragraph, end) > 0
          || end > i && (isModifier(token) || RELATIVES.contains(token.key()));
      if (stops) {
        break;
      }
      Mention mention = mentions.at(paragraph.index(), end);
      if (mention != null && !mention.pronoun() && mention.first() == end) {
        head = mention;
        end = mention.end();
      } else {
        end++;
      }
    }
    if (end == i) {
      return null;
    }
    if (head == null || head.end() < end && !head.possessive()) {
      String only = tokens.get(i).text();
      boolean acronym = end == i + 1 && only.length() > 1 && only.equals(only.toUpperCase(java.util.Locale.ROOT));
      if (head != null && !determiner && head.first() == i && head.end() == end - 1) {
        return new Subject(text(tokens, i, end), end, false); // "wrote Time magazine", "a Clinton aide"
      }
      if (acronym || !determiner || end == i + 1) {
        return new Subject(acronym ? only : "", end, false); // "NATO said" names an organisation
      }
      int described = describedThrough(paragraph, end, limit, i + DESCRIPTION_MAX_WORDS);
      return new Subject(text(tokens, i, described), described, false); // "a longtime adviser to both Clintons"
    }
    if (head.end() < end) {
      // "Powell’s office said", "Obama's former campaign strategist said": described through the name
      return new Subject(text(tokens, head.first(), end), end, false);
    }
    if (head.possessive()) {
      return new Subject("", end, false);
    }
    boolean organisation = head.afterArticle();
    return new Subject(organisation ? head.name() : mentions.speaker(head), end, !organisation && mentions.isPerson(head));
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

  /** The first token of the sentence containing token {@code from}, not reaching back past a quotation. */
  private static int sentenceStart(List<Token> tokens, int from) {
    if (tokens.get(from).sentenceStart()) {
      return from;
    }
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

  /**
   * Modifiers, a short prepositional phrase, an aside in parentheses or one comma-delimited
   * appositive, then modifiers: "Smith, a spokesman, later said", "Mr. Morgan of the Sierra Club said".
   */
  private static boolean onlyModifiersOrAppositive(List<Token> tokens, int from, int to) {
    int i = from;
    if (i < to && Lexicon.PREPOSITIONS.contains(tokens.get(i).key())) {
      int end = i + 1; // "Mr. Morgan of the Sierra Club said"
      while (end < to && end - i <= 6 && tokens.get(end).isWord()) {
        end++;
      }
      i = end;
    }
    if (i < to && tokens.get(i).is("(")) {
      while (i < to && !tokens.get(i).is(")")) {
        i++;
      }
      i++; // past the aside: "Sen. Marco Rubio (R-Fla.) said"
    }
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

  /** Steps back over modifiers and parenthetical asides: "Rubio (R-Fla.) has since said". */
  private static int skipBackward(List<Token> tokens, int i, int floor) {
    while (i >= floor) {
      if (isModifier(tokens.get(i))) {
        i--;
      } else if (tokens.get(i).is(")")) {
        int open = i;
        while (open > floor && !tokens.get(open).is("(")) {
          open--;
        }
        if (!tokens.get(open).is("(")) {
          return i;
        }
        i = open - 1;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The first token of the sentence containing {@code from}, across quotations in it. */
  private static int trueSentenceStart(List<Token> tokens, int from) {
    int i = from;
    while (i > 0 && !tokens.get(i).sentenceStart()) {
      i--;
    }
    return i;
  }

  /** Auxiliaries and adverbs: "has since", "later", "reportedly" (not a capitalised "Carly" or "Kelly"). */
  private static boolean isModifier(Token token) {
    String key = token.key();
    return token.isWord() && (Lexicon.VERB_MODIFIERS.contains(key) || key.endsWith("ly") && key.length() > 4 && !token.isCapitalised());
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

  /**
   * A cue's subject.
   *
   * @param speaker who it names, empty for nobody ("a spokesman")
   * @param end the token just past it
   * @param person true when it names a person rather than an organisation or nobody
   */
  private record Subject(String speaker, int end, boolean person) {

    Subject(String speaker, int end) {
      this(speaker, end, speaker.indexOf(' ') > 0);
    }
  }
}
