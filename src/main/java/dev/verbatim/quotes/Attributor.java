package dev.verbatim.quotes;

import dev.verbatim.quotes.Attribution.Strength;
import java.util.List;

/**
 * Finds the cue and speaker of one quotation from the words around it, in this order:
 *
 * <ol>
 *   <li>after it, in the same clause: {@code “…,” Musk claimed}, {@code “…,” said Donna Brazile},
 *       {@code “…,” Smith, a spokesman, said}, {@code “…” ― Sonya Herridge};
 *   <li>before it, in the same sentence: {@code Altman wrote: “…”}, {@code Altman pointed out to
 *       Musk that “…”}, {@code Jeffrey M. Jones: “…”}.
 * </ol>
 *
 * {@link CueSpotter} finds the cues, {@link Subjects} reads who their subject is, {@link Mentions}
 * resolves names and pronouns. Each rule reads a bounded number of tokens, so the cost per
 * quotation is constant.
 */
final class Attributor {

  /**
   * How far after a closing mark a cue may be: "…,” Smith, the former chairwoman of the party,
   * said.
   */
  private static final int AFTER_REACH = 32;

  /** How far after a closing mark a cue counts as right beside it: "…,” Mr. Obama later said. */
  private static final int ADJACENT_REACH = 4;

  /**
   * How far after a cue's comma a quotation it introduces may open: "posted, seemingly in reference
   * to Musk, “…”".
   */
  private static final int INTRODUCTION_REACH = 12;

  /**
   * How many words may follow the cue of a tag after a quoted full stop: "asked reporters
   * rhetorically during a news conference late last month".
   */
  private static final int TAG_MAX_WORDS = 12;

  /** After a quoted full stop: "“….” Rep. Earl Blumenauer (D-Ore.) said." */
  private static final int FULL_STOP_REACH = 10;

  /** How far before an opening mark its cue may be. */
  private static final int BEFORE_REACH = 20;

  private final CueSpotter cues;
  private final Mentions mentions;
  private final Speakers speakers;
  private final Subjects subjects;

  Attributor(CueVerbs verbs, Mentions mentions, Speakers speakers) {
    this.cues = new CueSpotter(verbs, mentions);
    this.mentions = mentions;
    this.speakers = speakers;
    this.subjects = new Subjects(cues, mentions, speakers);
  }

  /**
   * A headline is Title Case, so its capitals say nothing: its quotation is attributed only to a
   * surname the article's body uses, right before a colon or a cue ("A lesson from Loretta Lynch:
   * 'Be the voice …'", "Sanders declares ‘…’").
   */
  Attribution headline(ScannedParagraph paragraph, int k) {
    List<Token> tokens = paragraph.tokens();
    int open = paragraph.opens()[k];
    int i = open - 1;
    String cue = "";
    if (i >= 1 && (tokens.get(i).is(":") || cues.length(paragraph, i) > 0)) {
      cue = tokens.get(i).is(":") ? "" : tokens.get(i).text();
      i--;
    }
    if (i < 0 || i == open - 1 || !tokens.get(i).capitalised()) {
      return Attribution.NONE;
    }
    String surname = Lexicon.stripPossessive(tokens.get(i).text());
    return mentions.knowsSurname(surname)
        ? new Attribution(mentions.resolveSurname(surname), cue, Strength.ADJACENT)
        : Attribution.NONE;
  }

  /**
   * A cue after the quotation, in its clause: "“…,” Musk claimed", "“…,” said Donna Brazile", "“…,”
   * Jo Park, a city official, said", "“…” ― Sonya Herridge". After a quotation that ends a sentence
   * the words must be only its tag, and after a quoted full stop the cue must be near.
   */
  Attribution after(ScannedParagraph paragraph, int k) {
    if (!paragraph.spans().get(k).closed()) {
      return Attribution.NONE;
    }
    List<Token> tokens = paragraph.tokens();
    int start = paragraph.closes()[k] + 1;
    Attribution signed = signature(paragraph, start);
    if (signed.found()) {
      return signed;
    }
    if (start < tokens.size() && Lexicon.SUBORDINATORS.contains(tokens.get(start).key())) {
      // "“…,” when Clinton blasted him" is a clause of its own; a tag may follow it: "“…” as when
      // Labour came to power, he said"
      start = afterClause(paragraph, start);
      if (start < 0) {
        return Attribution.NONE;
      }
    }
    String quoted = paragraph.quotedText(k);
    boolean fullStop = quoted.endsWith(".");
    boolean sentenceEnded =
        !quoted.isEmpty() && ".!?…".indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
    int stop = clauseEnd(paragraph, start, fullStop ? FULL_STOP_REACH : AFTER_REACH);
    int cue = start;
    while (cue < stop && cues.length(paragraph, cue) == 0) {
      cue++;
    }
    if (cue == stop) {
      return Attribution.NONE;
    }
    int cueEnd = cue + cues.length(paragraph, cue);
    String cueText = Clauses.text(tokens, cue, cueEnd);
    boolean inverted = Clauses.onlyModifiers(tokens, start, cue);
    if (sentenceEnded && !isTag(paragraph, cue, cueEnd, inverted, stop)) {
      // "“….” Ohio Gov. John Kasich said he would have …", "“….” He added: “…”": a new sentence
      return Attribution.NONE;
    }
    if (inverted) {
      if (CueVerbs.isParticiple(tokens.get(cue))) {
        return Attribution
            .NONE; // "“…” promising the Friends of Abe will return": the object, not the speaker
      }
      Subjects.Subject subject = subjects.subjectAt(paragraph, cueEnd, stop);
      return new Attribution(subject == null ? "" : subject.speaker(), cueText, Strength.ADJACENT);
    }
    Strength strength = cue - start <= ADJACENT_REACH ? Strength.ADJACENT : Strength.CUE;
    int quoting = quotingVerbBefore(tokens, start, cue);
    if (quoting >= 0) {
      // "“…,” the newspaper quoted Qantas chief executive Geoff Dixon as saying": the one quoted;
      // in a passive, "the Arsenal boss is quoted as saying", the subject before the auxiliary
      int auxiliary = quoting;
      while (auxiliary > start && Lexicon.AUXILIARIES.contains(tokens.get(auxiliary - 1).key())) {
        auxiliary--;
      }
      Subjects.Subject spoke =
          quoting == cue - 2
              ? subjects.subjectAt(paragraph, start, auxiliary)
              : subjects.subjectAt(paragraph, quoting + 1, cue - 1);
      return new Attribution(spoke == null ? "" : spoke.speaker(), cueText, strength);
    }
    Subjects.Subject subject = subjects.subjectAt(paragraph, start, cue);
    if (subject == null || !Clauses.onlyModifiersOrAppositive(tokens, subject.end(), cue)) {
      // "''…'' of the Clinton proposals, Mr. Holtz-Eakin said": the subject right before the cue,
      // in the quotation's own sentence (after a quoted full stop the words start another one)
      Subjects.Subject nearer = fullStop ? null : subjects.subjectBefore(paragraph, start, cue);
      return nearer == null || nearer.speaker().isEmpty()
          ? Attribution.NONE
          : new Attribution(nearer.speaker(), cueText, Strength.CUE);
    }
    Subjects.Subject appositive =
        subject.end() < cue && tokens.get(subject.end()).is(",")
            ? subjects.subjectAt(paragraph, subject.end() + 1, cue)
            : null;
    String speaker =
        appositive != null && appositive.person() && !subject.person()
            // "the White House spokesman, Josh Earnest, said": the name, not the office
            ? appositive.speaker()
            : subject.speaker();
    return new Attribution(speaker, cueText, strength);
  }

  /**
   * Where "quoted" (or "cited") stands in "… quoted Mr Khodorkovsky as saying" or "… is quoted as
   * saying", a cue {@code cue} at "saying" after "as"; -1 otherwise. The one quoted spoke: its
   * object, or in a passive its subject.
   */
  private static int quotingVerbBefore(List<Token> tokens, int start, int cue) {
    if (cue - 2 < start
        || !tokens.get(cue).key().equals("saying")
        || !tokens.get(cue - 1).key().equals("as")) {
      return -1;
    }
    for (int i = cue - 2; i >= start; i--) {
      if (Lexicon.QUOTING_VERBS.contains(tokens.get(i).key())) {
        return i;
      }
    }
    return -1;
  }

  /** A list entry signed with a dash: "“…” ― Sonya Herridge". */
  private Attribution signature(ScannedParagraph paragraph, int start) {
    List<Token> tokens = paragraph.tokens();
    if (start + 1 >= tokens.size() || !Lexicon.DASHES.contains(tokens.get(start).text())) {
      return Attribution.NONE;
    }
    Mention signed = mentions.at(paragraph.index(), start + 1);
    boolean person =
        signed != null
            && signed.first() == start + 1
            && !signed.pronoun()
            && mentions.isSpeakingPerson(signed);
    return person ? new Attribution(speakers.of(signed), "", Strength.ADJACENT) : Attribution.NONE;
  }

  /**
   * The token after the comma that ends the clause opening at {@code from}, or -1 when the clause
   * ends otherwise.
   */
  private int afterClause(ScannedParagraph paragraph, int from) {
    int end = clauseEnd(paragraph, from, AFTER_REACH);
    int comma = from;
    while (comma < end && !paragraph.tokens().get(comma).is(",")) {
      comma++;
    }
    return comma < end ? comma + 1 : -1;
  }

  /**
   * Where the clause from {@code from} ends, at most {@code reach} tokens on; a nickname in
   * quotation marks does not end it.
   */
  private static int clauseEnd(ScannedParagraph paragraph, int from, int reach) {
    List<Token> tokens = paragraph.tokens();
    int stop = from;
    while (stop < tokens.size() && stop - from < reach) {
      Token token = tokens.get(stop);
      if (Clauses.endsClause(token)
          && (token.isOutsideQuotes() || !paragraph.isNickname(token.quote()))) {
        break;
      }
      stop++;
    }
    return stop;
  }

  /**
   * A cue before the quotation in its sentence: "Altman wrote: “…”", "Altman pointed out to Musk
   * that “…”".
   */
  Attribution before(ScannedParagraph paragraph, int k) {
    return before(paragraph, k, BEFORE_REACH);
  }

  /** A cue at most {@code reach} tokens before the quotation, in its sentence. */
  Attribution before(ScannedParagraph paragraph, int k, int reach) {
    List<Token> tokens = paragraph.tokens();
    int open = paragraph.opens()[k];
    int sentence = Clauses.sentenceStart(tokens, open);
    int cue = -1;
    for (int i = open - 1; i >= sentence && i >= open - reach; i--) {
      if (cues.length(paragraph, i) > 0) {
        cue = i;
        break;
      }
    }
    if (cue < 0) {
      return Attribution.NONE;
    }
    int cueEnd = cue + cues.length(paragraph, cue);
    Subjects.Subject subject = subjects.subjectOfCue(paragraph, sentence, cue);
    boolean adjacent =
        open - cueEnd <= 1
            && (open == cueEnd || Clauses.isGlue(tokens.get(cueEnd)))
            && !cues.isNaming(tokens.get(cue));
    return new Attribution(
        subject == null ? "" : subject.speaker(),
        Clauses.text(tokens, cue, cueEnd),
        adjacent ? Strength.ADJACENT : Strength.CUE);
  }

  /**
   * A quotation introduced by a colon with no cue: {@code Philip Bump: “…”}, or a paragraph that is
   * only a quotation after one that ends {@code Cruz continued:}.
   */
  private Attribution colonAttribution(ScannedParagraph paragraph, int sentence, int open) {
    List<Token> tokens = paragraph.tokens();
    if (open == 0 || !tokens.get(open - 1).is(":")) {
      return Attribution.NONE;
    }
    int colon = open - 1;
    for (int i = colon - 1; i >= sentence && i >= colon - BEFORE_REACH; i--) {
      if (cues.length(paragraph, i) > 0) {
        Subjects.Subject subject = subjects.subjectOfCue(paragraph, sentence, i);
        return new Attribution(
            subject == null ? "" : subject.speaker(),
            Clauses.text(tokens, i, i + cues.length(paragraph, i)),
            Strength.ADJACENT);
      }
    }
    Attribution signed = namedBeforeColonAt(paragraph, open);
    if (signed.found()) {
      return signed;
    }
    int sentenceStart = paragraph.sentenceOf(colon);
    Token opener = tokens.get(sentenceStart);
    if (opener.key().equals("his") || opener.key().equals("her")) {
      // "His message to the chancellor was: “…”": the one he or she stands for
      String possessor = speakers.possessorAt(paragraph.index(), sentenceStart);
      return possessor.isEmpty() ? Attribution.NONE : new Attribution(possessor, "", Strength.CUE);
    }
    // "Clinton has since apologized for what happened: “…”", "Clinton’s response was: “…”"
    for (int i = sentenceStart; i < colon; i++) {
      Mention first = mentions.at(paragraph.index(), i);
      if (first != null && first.first() == i && mentions.isSpeakingPerson(first)) {
        return new Attribution(speakers.of(first), "", Strength.CUE);
      }
    }
    return Attribution.NONE;
  }

  /**
   * The attribution a sentence with a cue and no quotation of its own gives the quotation right
   * after it: "Sam Lau, the party's spokesman, said in a statement. “…”". The sentence is the one
   * before the quotation's in {@code paragraph}, or with {@code end} set, the last of {@code
   * paragraph}.
   */
  Attribution cueSentenceBefore(ScannedParagraph paragraph, int end) {
    List<Token> tokens = paragraph.tokens();
    if (end <= 0 || !tokens.get(end - 1).isOutsideQuotes()) {
      return Attribution.NONE;
    }
    int start = paragraph.sentenceOf(end - 1);
    for (int i = start; i < end; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        return Attribution.NONE; // it has a quotation of its own, attributed on its own
      }
    }
    for (int i = end - 1; i >= start; i--) {
      int length = cues.length(paragraph, i);
      if (length > 0 && !cues.isNaming(tokens.get(i))) {
        Subjects.Subject subject = subjects.subjectOfCue(paragraph, start, i);
        return subject == null || subject.speaker().isEmpty()
            ? Attribution.NONE
            : new Attribution(
                subject.speaker(), Clauses.text(tokens, i, i + length), Strength.CONTINUED);
      }
    }
    return Attribution.NONE;
  }

  /**
   * The index of the first token of the sentence holding the opening mark of quotation {@code k}.
   */
  int sentenceOf(ScannedParagraph paragraph, int k) {
    return paragraph.sentenceOf(paragraph.opens()[k]);
  }

  /**
   * A quotation introduced by a colon with no cue before it in its sentence: see {@link
   * #colonAttribution}.
   */
  Attribution personBeforeColon(ScannedParagraph paragraph, int k) {
    int open = paragraph.opens()[k];
    return colonAttribution(paragraph, Clauses.sentenceStart(paragraph.tokens(), open), open);
  }

  /**
   * "Jeffrey M. Jones: “…”": a person's name, not an object ("a message to Trump:"), right before a
   * colon.
   */
  Attribution namedBeforeColon(ScannedParagraph paragraph, int k) {
    return namedBeforeColonAt(paragraph, paragraph.opens()[k]);
  }

  private Attribution namedBeforeColonAt(ScannedParagraph paragraph, int open) {
    List<Token> tokens = paragraph.tokens();
    // a dash introduces words as a colon does: "including the former candidate Mitt Romney -- ''It
    // is disqualifying …''"
    boolean doubleHyphen =
        open >= 3 && tokens.get(open - 1).is("-") && tokens.get(open - 2).is("-");
    int mark = doubleHyphen ? open - 2 : open - 1;
    if (mark < 1 || !(doubleHyphen || tokens.get(mark).is(":") || tokens.get(mark).is("—"))) {
      return Attribution.NONE;
    }
    Mention named = subjects.mentionEndingAt(paragraph, mark - 1);
    boolean speaker =
        named != null
            && !named.pronoun()
            && mentions.isSpeakingPerson(named)
            && !isToldTo(tokens, named.first());
    return speaker ? new Attribution(speakers.of(named), "", Strength.ADJACENT) : Attribution.NONE;
  }

  /** How far back from a name "told" is looked for: "told BBC Radio 4's Woman's Hour:". */
  private static final int TOLD_REACH = 8;

  /**
   * True when the name starting at token {@code first} is told the words, not saying them: "Mr
   * Blair told BBC Radio 4's Woman's Hour: “…”". Only capitalised words, numbers, possessives and
   * "the" may stand between "told" and the name.
   */
  private static boolean isToldTo(List<Token> tokens, int first) {
    for (int i = first - 1; i >= 0 && i >= first - TOLD_REACH; i--) {
      Token token = tokens.get(i);
      if (Lexicon.TELL_VERBS.contains(token.key())) {
        return true;
      }
      boolean partOfAName =
          token.capitalised()
              || token.key().equals("the")
              || token.isWord() && Character.isDigit(token.text().charAt(0))
              || token.is("'")
              || token.is("’");
      if (!partOfAName || !token.isOutsideQuotes()) {
        return false;
      }
    }
    return false;
  }

  /** The attribution a paragraph ending in a colon gives the quotation-only paragraph after it. */
  Attribution colonAtEnd(ScannedParagraph paragraph) {
    List<Token> tokens = paragraph.tokens();
    int end = tokens.size();
    if (end == 0 || !tokens.get(end - 1).is(":") || !tokens.get(end - 1).isOutsideQuotes()) {
      return Attribution.NONE;
    }
    return colonAttribution(paragraph, Clauses.sentenceStart(tokens, end - 1), end);
  }

  /**
   * True when the words after a quotation that ends a sentence are only its attribution: "“….”
   * Smith said on Monday.", "“…?” asked Smith.". Not a new sentence that reports something else
   * ("“….” Smith said the plan would fail.", "“….” Mr Hockney said the law worked …", "“….” England
   * will announce their squad on Saturday.") or introduces the next quotation ("“….” He added:
   * “…”").
   */
  private boolean isTag(
      ScannedParagraph paragraph, int cue, int cueEnd, boolean inverted, int stop) {
    List<Token> tokens = paragraph.tokens();
    if (cue > 0 && Lexicon.MODALS.contains(tokens.get(cue - 1).key())) {
      return false; // "will announce", "would say": not a report of what was just said
    }
    int from = cueEnd;
    if (inverted) {
      Subjects.Subject subject = subjects.subjectAt(paragraph, cueEnd, stop);
      from = subject == null ? cueEnd : subject.end();
    }
    int words = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.isOutsideQuotes() || token.is(":")) {
        return false; // "He added: “…”", "he said “…”": it introduces what follows
      }
      if (token.is(",")) {
        return !introducesAQuotation(
            tokens, i + 1); // "He added, “…”", "Altman posted, seemingly in reference to Musk, “…”"
      }
      if (Clauses.endsClause(token)) {
        return true;
      }
      if (token.isWord()) {
        String key = token.key();
        if (Lexicon.SUBORDINATORS.contains(key) && i > from) {
          // "He tweeted when Clinton ended the debate": the tag ends where another clause begins
          return true;
        }
        boolean clause =
            key.equals("that")
                || Lexicon.AUXILIARIES.contains(key)
                || i == cueEnd && !inverted && Clauses.isSubjectPronoun(token)
                // "said the organisation agreed with …": a subject and its verb, what was said
                || !inverted
                    && i > from + 1
                    && Lexicon.ARTICLES.contains(tokens.get(from).key())
                    && Lexicon.isPastTense(key);
        if (clause || ++words > TAG_MAX_WORDS) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when a quotation opens from token {@code from} on, before its sentence ends. */
  private static boolean introducesAQuotation(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + INTRODUCTION_REACH; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        return true;
      }
      if (Clauses.endsClause(tokens.get(i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject of the sentence right before a quotation that opens a sentence and has no cue of
   * its own, when that subject is a person: "Menzies Campbell repeated his party's calls for the
   * advice to be published. “…”", "Kirsty Williams called the target “hugely unambitious”. “…”".
   * The sentence may end the paragraph before.
   */
  Attribution subjectOfSentenceBefore(
      ScannedParagraph paragraph, int k, ScannedParagraph previousParagraph) {
    int open = paragraph.opens()[k];
    ScannedParagraph before = paragraph;
    int end = open;
    if (open == 0) {
      if (previousParagraph == null
          || previousParagraph.index() == 0
          || previousParagraph.tokens().isEmpty()) {
        return Attribution.NONE;
      }
      before = previousParagraph;
      end = before.tokens().size();
    } else if (!paragraph.tokens().get(open).sentenceStart()) {
      return Attribution.NONE; // the quotation is inside a sentence of its own
    }
    int start = before.sentenceOf(end - 1);
    Subjects.Subject subject = subjects.subjectOfSentence(before, start, end);
    return subject == null || !subject.person()
        ? Attribution.NONE
        : new Attribution(subject.speaker(), "", Strength.TOPIC);
  }
}
