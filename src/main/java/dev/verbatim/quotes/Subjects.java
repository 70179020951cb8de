package dev.verbatim.quotes;

import java.util.List;

/**
 * Finds who a cue's subject is: a name, a pronoun, an organisation or a description of someone
 * unnamed, before the cue (across appositives and asides), after it, or as the sentence's subject.
 */
final class Subjects {

  /**
   * How many words a subject phrase may have: "former Pennsylvania Gov. and party Chairman Ed
   * Rendell".
   */
  private static final int PHRASE_MAX_WORDS = 12;

  /**
   * How many words a description of an unnamed speaker may have: "a spokeswoman for the House Armed
   * Services Committee".
   */
  private static final int DESCRIPTION_MAX_WORDS = 12;

  /** How many tokens before its cue a subject may be, across an appositive. */
  private static final int SUBJECT_REACH = 24;

  private static final int MAX_APPOSITIVES = 3;
  private final CueSpotter cues;
  private final Mentions mentions;
  private final Speakers speakers;

  Subjects(CueSpotter cues, Mentions mentions, Speakers speakers) {
    this.cues = cues;
    this.mentions = mentions;
    this.speakers = speakers;
  }

  Subject subjectOfCue(ScannedParagraph paragraph, int sentence, int cue) {
    Token verb = paragraph.tokens().get(cue);
    if (CueVerbs.isAccordingTo(verb)) {
      return subjectAt(paragraph, cue + 2, paragraph.tokens().size());
    }
    if (CueVerbs.isParticiple(verb)
        || cue > 0 && Lexicon.NON_FINITE_MARKERS.contains(paragraph.tokens().get(cue - 1).key())) {
      return agentOfParticiple(paragraph, sentence, cue);
    }
    return subjectBefore(paragraph, sentence, cue);
  }

  /**
   * The subject of a finite cue: the name or pronoun just before it, across modifiers and an
   * appositive.
   */
  Subject subjectBefore(ScannedParagraph paragraph, int sentence, int cue) {
    List<Token> tokens = paragraph.tokens();
    int i = Clauses.skipBackward(tokens, cue - 1, sentence);
    if (i >= sentence && tokens.get(i).is(",")) {
      i =
          subjectBeforeAppositives(
              paragraph, sentence, cue, Clauses.skipBackward(tokens, i - 1, sentence));
    }
    Mention mention = i >= sentence ? mentionEndingAt(paragraph, i) : null;
    Mention owner = nameBeforeOf(paragraph, mention, sentence);
    if (owner != null && Mentions.isOrganisation(owner)) {
      // "The Bank of England said"
      return new Subject(Clauses.text(tokens, owner.first(), i + 1), i + 1, false);
    }
    if (owner != null && mentions.isSpeakingPerson(owner)) {
      return new Subject(speakers.of(owner), i + 1); // "Junya Tanase of JPMorgan said"
    }
    if (mention != null
        && (mention.afterArticle()
            || mention.afterPreposition()
            || !mention.pronoun() && !mentions.isPerson(mention))) {
      // "Sam Lau, the communications director for the Iowa Democratic Party said", "Colin Asplin,
      // Blackpool Hotel Association said": the name before the appositive
      int comma = mention.first() - 1;
      while (comma > sentence
          && comma > mention.first() - SUBJECT_REACH
          && !tokens.get(comma).is(",")) {
        comma--;
      }
      boolean appositive =
          comma > sentence
              && tokens.get(comma).is(",")
              && (Clauses.opensAppositive(tokens, comma + 1) || comma + 1 == mention.first());
      Mention named =
          appositive
              ? mentionEndingAt(paragraph, Clauses.skipBackward(tokens, comma - 1, sentence))
              : null;
      if (named != null && mentions.isSpeakingPerson(named)) {
        return new Subject(speakers.of(named), cue);
      }
    }
    if (mention != null
        && mention.afterArticle()
        && mention.words() == 1
        && !tokens.get(mention.first()).key().endsWith("s")) { // "the Tories said": a party
      String described =
          speakers.describedPerson(paragraph.index(), mention.first() - 1, mention.first());
      if (!described.isEmpty()) {
        return new Subject(described, i + 1); // "the Australian said"
      }
    }
    if (mention != null) {
      return mentions.canSpeak(mention) ? new Subject(speakers.of(mention), i + 1) : null;
    }
    if (i >= sentence && tokens.get(i).key().equals("it")) {
      // "Deutsche Boerse said …. “…,” it said": the organisation the sentences before are about
      return new Subject(speakers.organisationBefore(paragraph.index(), i), i + 1, false);
    }
    if (i >= sentence && Lexicon.PERSONAL_PRONOUNS.contains(tokens.get(i).key())) {
      return new Subject("", i + 1); // "they said", "we said": no one the rules name
    }
    if (i > sentence + 1 && tokens.get(i).key().equals("who") && tokens.get(i - 1).is(",")) {
      Subject antecedent = relativeAntecedent(paragraph, sentence, i - 1);
      if (antecedent != null) {
        return antecedent; // "the claim was denied by a UKIP spokesman, who said:"
      }
    }
    boolean inverted =
        cue == sentence
            || !tokens.get(cue - 1).isWord()
            || Lexicon.COORDINATORS.contains(tokens.get(cue - 1).key());
    if (inverted && cue + 1 < tokens.size() && tokens.get(cue + 1).isWord()) {
      int from = cue + cues.length(paragraph, cue);
      Subject after = subjectAt(paragraph, from, tokens.size()); // "But, said Solovey, “…”"
      // a name or description must end there ("said Junya Tanase of JPMorgan"): "said the days
      // when the nation had “…”" is the clause said, not who said it; "insisted he would" is most
      // often the speaker again
      boolean speaks =
          after != null
              && !after.speaker().isEmpty()
              && (Lexicon.SUBJECT_PRONOUNS.contains(tokens.get(from).key())
                  || after.end() >= tokens.size()
                  || !tokens.get(after.end()).isWord()
                  || Lexicon.PREPOSITIONS.contains(tokens.get(after.end()).key()));
      if (speaks) {
        return after;
      }
    }
    boolean coordinated =
        i >= sentence
            && Lexicon.COORDINATORS.contains(tokens.get(i).key()); // "Lazar said … and added, “…”"
    if (!coordinated) {
      // "The New York businessman says of Clinton, “…”", "A Warren adviser, who spoke on condition
      // of anonymity, said"
      Subject described = subjectAt(paragraph, sentence, cue);
      boolean beforeCue =
          described != null
              && !described.speaker().isEmpty()
              && (Clauses.skipBackward(tokens, cue - 1, sentence) == described.end() - 1
                  || Clauses.onlyModifiersOrAppositive(tokens, described.end(), cue));
      return beforeCue ? described : descriptionAfterOpening(paragraph, sentence, cue);
    }
    // the first cue may stand before quoted words: "The Tory leader said his team had reached a
    // “collective view”, but admitted it was “not an easy issue”"
    for (int earlier = i - 1; earlier >= paragraph.sentenceOf(cue); earlier--) {
      if (tokens.get(earlier).isOutsideQuotes()
          && cues.length(paragraph, earlier) > 0
          && !CueVerbs.isParticiple(tokens.get(earlier))) {
        Subject first = subjectBefore(paragraph, Clauses.sentenceStart(tokens, earlier), earlier);
        if (first != null && !first.speaker().isEmpty()) {
          return first;
        }
      }
    }
    return sentenceSubject(paragraph, paragraph.sentenceOf(cue), cue);
  }

  /** How many words a noun phrase before ", who" may have: "a UKIP spokesman". */
  private static final int RELATIVE_ANTECEDENT_WORDS = 6;

  /**
   * The person a ", who said" refers back to: the name right before the comma, or a description of
   * a person ("a UKIP spokesman"), unless a name stands in apposition before it. Null when the
   * words before name no one.
   */
  private Subject relativeAntecedent(ScannedParagraph paragraph, int sentence, int comma) {
    List<Token> tokens = paragraph.tokens();
    Mention named = mentionEndingAt(paragraph, comma - 1);
    if (named != null && !named.pronoun() && !named.possessive() && mentions.isPerson(named)) {
      return new Subject(speakers.of(named), comma);
    }
    int from = comma;
    while (from > sentence
        && comma - from < RELATIVE_ANTECEDENT_WORDS
        && tokens.get(from - 1).isWord()
        && !Lexicon.PREPOSITIONS.contains(tokens.get(from - 1).key())
        && cues.length(paragraph, from - 1) == 0
        && !Lexicon.AUXILIARIES.contains(tokens.get(from - 1).key())) {
      from--;
    }
    if (from == comma || !Lexicon.PERSON_NOUNS.contains(tokens.get(comma - 1).key())) {
      return null;
    }
    Mention appositive =
        from - 2 > sentence && tokens.get(from - 1).is(",")
            ? mentionEndingAt(paragraph, from - 2)
            : null;
    if (appositive != null && mentions.isSpeakingPerson(appositive)) {
      return new Subject(
          speakers.of(appositive),
          comma); // "said Scott Reed, the Chamber's chief strategist, who added"
    }
    return new Subject(Clauses.text(tokens, from, comma), comma, false);
  }

  /**
   * Where the subject ends when commas stand between it and the cue: "James Zogby, a Sanders
   * superdelegate from …, said" and "J.J. Goldberg, editor at large of The Forward, an influential
   * newspaper, wrote": stretches that open with an article or "who" are stepped over, and so are
   * stretches that do not end with a usable name ("Durbin, noting the size of his following,
   * said").
   */
  private int subjectBeforeAppositives(
      ScannedParagraph paragraph, int sentence, int cue, int last) {
    List<Token> tokens = paragraph.tokens();
    int candidate = last;
    for (int segments = 0; segments < MAX_APPOSITIVES && candidate >= sentence; segments++) {
      int comma = candidate;
      while (comma > sentence && comma > cue - SUBJECT_REACH && !tokens.get(comma).is(",")) {
        comma--;
      }
      boolean found = comma > sentence && tokens.get(comma).is(",");
      if (found && Clauses.opensAppositive(tokens, comma + 1)) {
        candidate =
            Clauses.skipBackward(tokens, comma - 1, sentence); // step over ", a former aide to …,"
        continue;
      }
      Mention ending = mentionEndingAt(paragraph, candidate);
      if (ending != null && mentions.canSpeak(ending) || !found) {
        return candidate;
      }
      candidate =
          Clauses.skipBackward(
              tokens, comma - 1, sentence); // ", noting the size of his following,"
    }
    return candidate;
  }

  /**
   * Where a description continues past {@code end} through prepositional phrases: "a spokeswoman
   * for the House Armed Services Committee", "a longtime adviser to both Clintons".
   */
  private int describedThrough(ScannedParagraph paragraph, int end, int limit, int max) {
    List<Token> tokens = paragraph.tokens();
    int through = end;
    while (through < limit
        && through < max
        && tokens.get(through).isWord()
        && cues.length(paragraph, through) == 0
        && !Clauses.isModifier(tokens.get(through))
        && !Lexicon.RELATIVE_PRONOUNS.contains(tokens.get(through).key())) {
      through++;
    }
    // a phrase cut short by a mark ends on the words that opened its next part: "the authors of
    // the “Growth and Opportunity Project”" describes the authors
    while (through > end
        && (Lexicon.PREPOSITIONS.contains(tokens.get(through - 1).key())
            || Lexicon.DETERMINERS.contains(tokens.get(through - 1).key()))) {
      through--;
    }
    return through;
  }

  /**
   * The name just before "of" (or "of the") that {@code name} follows: "Bank" in "the Bank of
   * England said", "Junya Tanase" in "Junya Tanase of JPMorgan said". Null when there is none, or
   * when that name is itself the object of a preposition ("from the IMF to the Institute of Fiscal
   * Studies", "David Graham from the FDA's Office of Drug Safety told").
   */
  private Mention nameBeforeOf(ScannedParagraph paragraph, Mention name, int sentence) {
    if (name == null || name.pronoun() || !(name.afterPreposition() || name.afterArticle())) {
      return null;
    }
    List<Token> tokens = paragraph.tokens();
    int of = name.afterArticle() ? name.first() - 2 : name.first() - 1;
    if (of - 1 < sentence || !tokens.get(of).key().equals("of")) {
      return null;
    }
    Mention head = mentionEndingAt(paragraph, of - 1);
    if (head == null || head.pronoun() || head.possessive()) {
      return null;
    }
    int before = head.first() - 1;
    while (before >= sentence
        && (Lexicon.ARTICLES.contains(tokens.get(before).key())
            || tokens.get(before).isPossessive())) {
      before--;
    }
    boolean object = before >= sentence && Lexicon.PREPOSITIONS.contains(tokens.get(before).key());
    return object ? null : head;
  }

  /** The mention whose last token is {@code i}, or null. */
  Mention mentionEndingAt(ScannedParagraph paragraph, int i) {
    Mention mention = mentions.at(paragraph.index(), i);
    return mention != null && mention.end() == i + 1 ? mention : null;
  }

  /**
   * The person a sentence is about, as its subject: its first name or he/she, as {@link
   * #sentenceSubject}.
   */
  Subject subjectOfSentence(ScannedParagraph paragraph, int sentence, int end) {
    Subject subject = sentenceSubject(paragraph, sentence, end);
    Mention mention = subject == null ? null : mentions.at(paragraph.index(), subject.end() - 1);
    boolean person =
        mention != null
            && (mention.pronoun()
                || mentions.isSpeakingPerson(mention) && mentions.isSurelyPerson(mention));
    return person && !subject.speaker().isEmpty()
        ? new Subject(subject.speaker(), subject.end(), true)
        : null;
  }

  /**
   * The first name or he/she of the sentence that is not a possessive, not after "the" or a
   * preposition.
   */
  private Subject sentenceSubject(ScannedParagraph paragraph, int sentence, int before) {
    List<Token> tokens = paragraph.tokens();
    // "In response to Trump’s proposal, Clinton’s aide rallied …": the subject follows the
    // opening phrase
    int from = Clauses.afterIntroduction(tokens, sentence, before);
    for (int i = from; i < before; i++) {
      if (!tokens.get(i).isOutsideQuotes()) {
        continue;
      }
      Mention mention = mentions.at(paragraph.index(), i);
      if (mention != null
          && mention.first() == i
          && mention.possessive()
          && !mention.afterPreposition()) {
        Mention owned = mentions.at(paragraph.index(), mention.end());
        if (owned != null && owned.first() == mention.end() && Mentions.isOrganisation(owned)) {
          return new Subject(
              Clauses.text(tokens, i, owned.end()),
              owned.end(),
              false); // "The Actors' Equity Association issued"
        }
        return new Subject(
            "", mention.end()); // "Clinton’s right-hand woman rallied supporters": unnamed
      }
      if (mention != null
          && mention.first() == i
          && mentions.canSpeak(mention)
          && !mention.afterArticle()) {
        return new Subject(speakers.of(mention), mention.end());
      }
      if (Lexicon.OTHER_PRONOUNS.contains(tokens.get(i).key())
          && Clauses.isSubjectPronoun(tokens.get(i))) {
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
    int before =
        Clauses.skipBackward(
            paragraph.tokens(), cue - 1, sentence); // "with Trump reportedly yelling"
    Mention right = mentionEndingAt(paragraph, before);
    // "with Trump reportedly yelling", "footage of Hillary Clinton asking": a person right before
    // the participle is its agent, even after a preposition; "on Facebook writing" is no person
    boolean agent =
        right != null
            && !right.pronoun()
            && !right.possessive()
            && (mentions.canSpeak(right) || mentions.isPerson(right));
    if (agent) {
      return new Subject(speakers.of(right), cue);
    }
    List<Token> tokens = paragraph.tokens();
    for (int i = cue - 1; i >= sentence && i >= cue - 4; i--) {
      if (cues.length(paragraph, i) > 0 && !CueVerbs.isParticiple(tokens.get(i))) {
        Subject finite = subjectBefore(paragraph, sentence, i);
        if (finite != null && !finite.speaker().isEmpty()) {
          return finite;
        }
      }
    }
    int start = paragraph.sentenceOf(cue);
    Subject subject = sentenceSubject(paragraph, start, cue);
    return subject != null ? subject : describedPersonOpening(paragraph, start, cue);
  }

  /**
   * The unnamed person that opens the sentence at {@code start} as the subject of its verb, or
   * null: "The prime minister's official spokesman also rejected the claims, saying", "A Clinton
   * campaign official later walked back the comments, saying". Only a description that stays one:
   * "a"/"an", or someone's ("the prime minister's"); "The actor repeatedly refused, … saying" is
   * left to the rules for the actor, who may be named sentences away.
   */
  private Subject describedPersonOpening(ScannedParagraph paragraph, int start, int cue) {
    List<Token> tokens = paragraph.tokens();
    int from = Clauses.afterIntroduction(tokens, start, cue);
    Subject described = subjectAt(paragraph, from, cue);
    if (described == null || described.speaker().isEmpty() || described.end() >= cue) {
      return null;
    }
    int verb = described.end();
    while (verb < cue && Clauses.isModifier(tokens.get(verb))) {
      verb++;
    }
    boolean ofAPerson = false;
    boolean unnamed = Lexicon.INDEFINITE_ARTICLES.contains(tokens.get(from).key());
    for (int i = from; i < described.end(); i++) {
      ofAPerson |= Lexicon.PERSON_NOUNS.contains(tokens.get(i).key());
      unnamed |= tokens.get(i).isPossessive();
    }
    return ofAPerson && unnamed && verb < cue && Lexicon.isVerb(tokens.get(verb).key())
        ? described
        : null;
  }

  /**
   * A description that opens with a determiner right after the sentence's opening words and runs up
   * to the cue: "But the chancellor said", "In a statement, the company said", "However, a
   * spokesman said".
   */
  private Subject descriptionAfterOpening(ScannedParagraph paragraph, int sentence, int cue) {
    List<Token> tokens = paragraph.tokens();
    int i = afterOpening(paragraph, sentence, cue);
    if (i <= sentence || i >= cue || !Lexicon.DESCRIPTION_OPENERS.contains(tokens.get(i).key())) {
      return null;
    }
    Subject described = subjectAt(paragraph, i, cue);
    boolean reachesCue =
        described != null
            && !described.speaker().isEmpty()
            && Clauses.skipBackward(tokens, cue - 1, i) == described.end() - 1;
    return reachesCue ? described : null;
  }

  /**
   * Where the subject of the sentence starting at {@code sentence} starts when opening words come
   * first: after "but", "and" or "then", after a lone word and its comma ("However,"), or after an
   * introductory phrase and its comma ("In a statement,"). {@code sentence} itself when none does.
   */
  private int afterOpening(ScannedParagraph paragraph, int sentence, int before) {
    List<Token> tokens = paragraph.tokens();
    if (sentence + 1 >= before
        || !tokens.get(sentence).isWord()
        || !tokens.get(sentence).sentenceStart()) {
      return sentence; // a clause after a quotation ("“…” in Syria, his administration says")
    }
    int next = sentence + 1;
    if (Lexicon.COORDINATORS.contains(tokens.get(sentence).key())) {
      return tokens.get(next).is(",") ? next + 1 : next;
    }
    if (tokens.get(next).is(",") && mentions.at(paragraph.index(), sentence) == null) {
      return next + 1;
    }
    return Clauses.afterIntroduction(tokens, sentence, before);
  }

  /**
   * The subject phrase starting at token {@code i}: a pronoun, or a noun phrase whose speaker is
   * the last name in it ("Democratic pollster Stan Greenberg", "RNC spokesman Sean Spicer", "the
   * White House"). A phrase that names nobody is kept as a description when it opens with a
   * determiner ("a senior Cruz adviser", "the RNC member"), and is empty otherwise. The phrase ends
   * at punctuation, a preposition, a relative pronoun, a modifier or a cue.
   */
  Subject subjectAt(ScannedParagraph paragraph, int i, int limit) {
    List<Token> tokens = paragraph.tokens();
    if (i >= limit || !tokens.get(i).isWord()) {
      return null;
    }
    Mention pronoun = mentions.at(paragraph.index(), i);
    if (pronoun != null && pronoun.pronoun()) {
      return new Subject(speakers.of(pronoun), i + 1);
    }
    if (tokens.get(i).key().equals("it")) {
      return new Subject(
          speakers.organisationBefore(paragraph.index(), i), i + 1, false); // "“…,” it said"
    }
    boolean determiner = Lexicon.DESCRIPTION_OPENERS.contains(tokens.get(i).key());
    if (Lexicon.OTHER_PRONOUNS.contains(tokens.get(i).key())
        && !(determiner && i + 1 < limit && tokens.get(i + 1).isWord())) {
      return new Subject("", i + 1); // "they said"; but "one Trump confidant said" is a description
    }
    int end = i;
    Mention head = null;
    while (end < limit && end - i < PHRASE_MAX_WORDS) {
      Token token = tokens.get(end);
      boolean stops =
          !token.isWord()
              || Lexicon.PREPOSITIONS.contains(token.key())
              || cues.length(paragraph, end) > 0
              || end > i
                  && (Clauses.isModifier(token) || Lexicon.RELATIVE_PRONOUNS.contains(token.key()));
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
      boolean acronym = end == i + 1 && Lexicon.isAcronym(only);
      if (head != null && !determiner && head.first() == i && head.end() == end - 1) {
        return new Subject(
            Clauses.text(tokens, i, end), end, false); // "wrote Time magazine", "a Clinton aide"
      }
      if (acronym || !determiner || end == i + 1) {
        return new Subject(acronym ? only : "", end, false); // "NATO said" names an organisation
      }
      int described = describedThrough(paragraph, end, limit, i + DESCRIPTION_MAX_WORDS);
      String person =
          speakers.describedPerson(paragraph.index(), i, end - 1); // "the Tory leader", "the prop"
      return person.isEmpty()
          ? new Subject(
              Clauses.text(tokens, i, described),
              described,
              false) // "a longtime adviser to both Clintons"
          : new Subject(
              person, described,
              false); // not a name: an appositive after it that names someone wins
    }
    if (head.end() < end) {
      if (head.possessive()
          && end == head.end() + 1
          && Lexicon.MEDIA.contains(tokens.get(head.end()).key())) {
        // "Marca's headline says", "Obama's statement said": the owner speaks through it
        return new Subject(
            mentions.isPerson(head) ? speakers.of(head) : head.name(),
            end,
            mentions.isPerson(head));
      }
      // "Powell’s office said", "Obama's former campaign strategist said": described through the
      // name
      return new Subject(Clauses.text(tokens, head.first(), end), end, false);
    }
    if (head.possessive()) {
      return new Subject("", end, false);
    }
    boolean organisation = head.afterArticle();
    String described =
        organisation && head.words() == 1
            ? speakers.describedPerson(paragraph.index(), i, head.first())
            : "";
    if (!described.isEmpty()) {
      return new Subject(described, end, false); // "the Australian said"
    }
    return new Subject(
        organisation ? head.name() : speakers.of(head),
        end,
        !organisation && mentions.isPerson(head));
  }

  /**
   * A cue's subject.
   *
   * @param speaker who it names, empty for nobody ("a spokesman")
   * @param end the token just past it
   * @param person true when it names a person rather than an organisation or nobody
   */
  record Subject(String speaker, int end, boolean person) {

    Subject(String speaker, int end) {
      this(speaker, end, speaker.indexOf(' ') > 0);
    }
  }
}
