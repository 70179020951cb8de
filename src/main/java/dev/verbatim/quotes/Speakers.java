package dev.verbatim.quotes;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * Who a mention names: a name resolves to the fullest name the article gives the person ({@link
 * Mentions}), and a he or she to the person it refers back to.
 *
 * <p>A pronoun refers to the first person of its gender met by reading its own sentence from the
 * start up to it, then each earlier sentence from its start, nearest first: so a sentence's subject
 * is preferred to its objects, and a near sentence to a far one. A sentence's main clause is read
 * before the phrase that opens it ("Speaking on Woman's Hour, Mr Howard hinted"). The persons are
 * the names that can speak (not a possessive, not the object of a preposition), the pronouns before
 * (standing for whom they refer to) and the speakers of the quotations attributed so far, so that
 * "“…,” said a Juventus official. “…,” he added." keeps the official. In "Mr Blair has “…”, he
 * said" the words before the pronoun are what it reports, and who reports them is not among them:
 * the search starts in the sentence before; a later pronoun that reads such a sentence starts at
 * its quotation, whose speaker the sentence is about.
 */
final class Speakers {

  /**
   * How many sentences back a pronoun's person is looked for; each sentence read is bounded too.
   */
  private static final int SENTENCES_BACK = 10;

  /** How many pronouns back, each standing for the one before, a pronoun's person is followed. */
  private static final int MAX_CHAIN = 20;

  /** How many sentences back the person a description ("the prop") stands for is looked for. */
  private static final int DESCRIPTION_SENTENCES_BACK = 2;

  private final List<ScannedParagraph> paragraphs;
  private final Mentions mentions;
  private final CueVerbs verbs;
  private final UnnamedSubjects unnamed;
  private final IdentityHashMap<Mention, String> referents = new IdentityHashMap<>();

  /**
   * Who said the quotation whose mark is at each token, per paragraph; null where nothing was
   * recorded.
   */
  private final String[][] quotedSpeakers;

  Speakers(List<ScannedParagraph> paragraphs, Mentions mentions, CueVerbs verbs) {
    this.paragraphs = paragraphs;
    this.mentions = mentions;
    this.verbs = verbs;
    this.unnamed = new UnnamedSubjects(paragraphs, mentions, verbs);
    this.quotedSpeakers = new String[paragraphs.size()][];
  }

  /**
   * The speaker {@code mention} names: its full name, or a pronoun's person; empty when unknown.
   */
  String of(Mention mention) {
    if (!mention.pronoun()) {
      return mentions.fullNameOf(mention);
    }
    return referent(mention, 0);
  }

  /**
   * A pronoun's person, found once; a chain of pronouns, each standing for the one before, is
   * followed {@code MAX_CHAIN} deep.
   */
  private String referent(Mention pronoun, int depth) {
    String referent = referents.get(pronoun);
    if (referent == null) {
      if (depth > MAX_CHAIN) {
        return "";
      }
      referent =
          salient(
              pronoun.paragraph(),
              pronoun.first(),
              pronoun.end(),
              mentions.genderOf(pronoun),
              SENTENCES_BACK,
              true,
              depth);
      referents.put(pronoun, referent);
    }
    return referent;
  }

  /**
   * The organisation an "it" refers back to: the organisation that opens its sentence or one of the
   * two before ("DrKW said the cuts are …. “…,” it added"); empty when none does, for an "it" may
   * as well mean a report, a film or a law.
   */
  String organisationBefore(int paragraph, int token) {
    int p = paragraph;
    int start = paragraphs.get(p).sentenceOf(token);
    for (int sentences = 0; sentences <= DESCRIPTION_SENTENCES_BACK; sentences++) {
      String subject = organisationOpening(p, start);
      if (!subject.isEmpty()) {
        return subject;
      }
      if (start == 0) {
        do {
          p--;
        } while (p > 0 && paragraphs.get(p).tokens().isEmpty());
        if (p <= 0) {
          return "";
        }
        start = paragraphs.get(p).tokens().size();
      }
      start = paragraphs.get(p).sentenceOf(start - 1);
    }
    return "";
  }

  /**
   * How many tokens after an organisation opening a sentence a cue may stand: "The American Film
   * Institute (AFI) said".
   */
  private static final int ORGANISATION_CUE_REACH = 6;

  /**
   * The organisation that opens the sentence starting at {@code start}, after at most "The", when
   * it is the sentence's speaker: an acronym or a name that ends like an organisation's ("The
   * University of California"), or any other name a cue follows ("DrKW said"); "Movie piracy cost"
   * names no one.
   */
  private String organisationOpening(int paragraph, int start) {
    List<Token> tokens = paragraphs.get(paragraph).tokens();
    int first = start < tokens.size() && tokens.get(start).key().equals("the") ? start + 1 : start;
    if (first >= tokens.size() || !tokens.get(first).isWord()) {
      return "";
    }
    Mention mention = mentions.at(paragraph, first);
    boolean named =
        mention != null
            && mention.first() == first
            && !mention.pronoun()
            && !mention.possessive()
            && mentions.canSpeak(mention)
            && !mentions.isPerson(mention);
    if (!named) {
      String acronym = tokens.get(first).text();
      boolean head =
          first + 1 < tokens.size()
              && Lexicon.ORGANISATION_HEADS.contains(
                  tokens.get(first + 1).text()); // "The US government"
      String name = head ? acronym + " " + tokens.get(first + 1).text() : acronym;
      return Lexicon.isAcronym(acronym) && cueFollows(tokens, first + 1) ? name : "";
    }
    String name = mentions.fullNameOf(mention);
    int end = mention.end();
    Mention of =
        end + 1 < tokens.size() && tokens.get(end).key().equals("of")
            ? mentions.at(paragraph, end + 1)
            : null;
    if (of != null && of.first() == end + 1 && !of.possessive() && !mentions.isPerson(of)) {
      name += " of " + of.name(); // "The British Chambers of Commerce"
      end = of.end();
    }
    return Mentions.isOrganisation(mention) || cueFollows(tokens, end) ? name : "";
  }

  private boolean cueFollows(List<Token> tokens, int from) {
    for (int i = from;
        i < tokens.size() && i < from + ORGANISATION_CUE_REACH && !tokens.get(i).sentenceStart();
        i++) {
      if (verbs.length(tokens, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The person a "his" or "her" at token {@code token} refers back to, as for a he or she. */
  String possessorAt(int paragraph, int token) {
    Gender gender =
        paragraphs.get(paragraph).tokens().get(token).key().equals("her")
            ? Gender.FEMALE
            : Gender.MALE;
    return salient(paragraph, token, token + 1, gender, SENTENCES_BACK, true, 0);
  }

  /**
   * Records who said the quotation whose mark is token {@code token} of paragraph {@code
   * paragraph}, for later pronouns.
   */
  void quoted(int paragraph, int token, String speaker) {
    if (!speaker.isEmpty()) {
      if (quotedSpeakers[paragraph] == null) {
        quotedSpeakers[paragraph] = new String[paragraphs.get(paragraph).tokens().size()];
      }
      quotedSpeakers[paragraph][token] = speaker;
    }
  }

  /**
   * Who a definite description of a person means: "the Tory leader" after "Tory leader Michael
   * Howard", "our correspondent" after "BBC correspondent James Hardy", else, as for a he or she,
   * the person the sentences before are about ("the prop", "the 34-year-old", "the Australian"). A
   * description of someone usually left unnamed ("the spokesman") means only a person named with
   * the same noun. Returns empty when the description is not of a person or no one fits.
   *
   * @param first the description's first token ("the", "our"), {@code last} its head noun
   */
  String describedPerson(int paragraph, int first, int last) {
    List<Token> tokens = paragraphs.get(paragraph).tokens();
    String opener = tokens.get(first).key();
    String head = tokens.get(last).key();
    boolean person =
        Lexicon.PERSON_NOUNS.contains(head) || Lexicon.isAffiliation(head) || Lexicon.isAge(head);
    if (!(opener.equals("the") || opener.equals("our")) || !person) {
      return "";
    }
    for (int i = first + 1; i < last; i++) {
      if (tokens.get(i).isPossessive() && Lexicon.isOffice(tokens.get(i).key())) {
        // "the prime minister's official spokesman" works for someone: not whoever else is a
        // spokesman ("the charity's director" may be the one named as its director)
        return "";
      }
    }
    String named =
        mentions.namedWith(
            head, Mentions.hasRank(tokens, first, last), Mention.position(paragraph, first));
    if (!named.isEmpty() || Lexicon.ANONYMOUS_ROLES.contains(head)) {
      return named;
    }
    // a description names someone the text has just been about, as its subject: a name further
    // back, or an object ("his support for Donald Trump"), is more often someone else
    return salient(
        paragraph,
        first,
        last + 1,
        Lexicon.genderOfWords(Clauses.text(tokens, first, last + 1)),
        DESCRIPTION_SENTENCES_BACK,
        false,
        0);
  }

  /**
   * The person a phrase at tokens {@code first..end} of paragraph {@code p} refers back to, looking
   * {@code sentencesBack} sentences back: see the class comment.
   */
  private String salient(
      int p, int first, int end, Gender gender, int sentencesBack, boolean objectsToo, int depth) {
    List<Token> tokens = paragraphs.get(p).tokens();
    int start = paragraphs.get(p).sentenceOf(first);
    int stop = reportsWhatComesBefore(tokens, start, first, end) ? start : first;
    for (int sentences = 0; sentences <= sentencesBack; sentences++) {
      // in an earlier sentence the object of a preposition may be meant too: "his row with Sharron
      // Storer. “…,” she said"
      int from = sentences == 0 ? start : afterReportedWords(p, start, stop);
      String person = mainClauseFirst(p, from, stop, gender, objectsToo && sentences > 0, depth);
      if (person != null) {
        return person;
      }
      if (start == 0) {
        do {
          p--;
        } while (p > 0 && paragraphs.get(p).tokens().isEmpty());
        if (p <= 0) {
          return ""; // the headline's capitals name no one
        }
        tokens = paragraphs.get(p).tokens();
        stop = tokens.size();
      } else {
        stop = start;
      }
      start = paragraphs.get(p).sentenceOf(stop - 1);
    }
    return "";
  }

  /**
   * Where an earlier sentence's persons are read from: its first quotation mark when the words
   * before it introduce nothing and the quotation has a speaker, as in "Mr Blair has “…”, he said",
   * whose words before the mark are what its speaker reports; else its start.
   */
  private int afterReportedWords(int p, int start, int stop) {
    List<Token> tokens = paragraphs.get(p).tokens();
    int mark = start;
    while (mark < stop && tokens.get(mark).isOutsideQuotes()) {
      if (tokens.get(mark).is(":") || verbs.length(tokens, mark) > 0) {
        return start;
      }
      mark++;
    }
    boolean spoken = mark < stop && quotedSpeakers[p] != null && quotedSpeakers[p][mark] != null;
    return spoken ? mark : start;
  }

  /**
   * True when the phrase at {@code first..end} is the subject of a cue after a quotation that
   * nothing in its sentence introduced, so that everything before is what it reports: "Mr Blair has
   * “…”, he said", "“…,” said the 34-year-old" (not "Sen. Claire McCaskill scolded him: “…,” she
   * said").
   */
  private boolean reportsWhatComesBefore(List<Token> tokens, int start, int first, int end) {
    boolean cueAfter =
        end < tokens.size()
            && (verbs.length(tokens, end) > 0 || Clauses.isModifier(tokens.get(end)));
    boolean cueBefore = first > 0 && verbs.length(tokens, first - 1) > 0;
    if (!cueAfter && !cueBefore) {
      return false;
    }
    int quotation = start;
    while (quotation < first && tokens.get(quotation).isOutsideQuotes()) {
      quotation++;
    }
    for (int i = start; i < quotation; i++) {
      if (tokens.get(i).is(":") || verbs.length(tokens, i) > 0) {
        return false; // the quotation was introduced: "… scolded him: “…,” she said"
      }
    }
    return quotation < first;
  }

  /**
   * As {@link #firstPerson}, reading a sentence's main clause before the introductory phrase that
   * opens it: the main clause's subject is whom the sentence is about, and a pronoun in the phrase
   * points ahead to it ("For his part, Adam Curry's pressing ahead", "After Blair spoke, Mr Howard
   * said"). The phrase is read when the main clause names no one ("When Smith arrived, the crowd
   * cheered"), and first when it names the sentence's topic ("As for Trump, he said").
   */
  private String mainClauseFirst(
      int p, int from, int to, Gender gender, boolean objectsToo, int depth) {
    List<Token> tokens = paragraphs.get(p).tokens();
    int introduction = Clauses.afterIntroduction(tokens, from, to);
    int main = namesTopic(tokens, from, introduction) ? from : introduction;
    UnnamedSubjects.Described described = unnamed.at(p, main, to, gender);
    if (described != null) {
      return described.text();
    }
    String person = firstPerson(p, main, to, gender, objectsToo, depth);
    return person != null || main == from
        ? person
        : firstPerson(p, from, main, gender, objectsToo, depth);
  }

  /** The most words a topic phrase names its topic in: "As for Mr. Trump,". */
  private static final int TOPIC_WORDS = 3;

  /**
   * True when the introduction from {@code start} to {@code main} is "As for" and a short name: the
   * person the sentence is about. "As for the notion that …" names no one.
   */
  private static boolean namesTopic(List<Token> tokens, int start, int main) {
    return main > start
        && main - start <= TOPIC_WORDS + 3 // "as", "for" and the comma
        && tokens.get(start).key().equals("as")
        && tokens.get(start + 1).key().equals("for");
  }

  /**
   * The person of a gender agreeing with {@code gender} in tokens {@code from..to} of paragraph
   * {@code p}, or null: the first subject that is surely a person ({@link
   * Mentions#isSurelyPerson}). Failing one, and with {@code objectsToo}, the person whose
   * possessive opens the sentence ("Williams' track beat songs by Will Young", not "Tony Blair's
   * official spokesman"), else the first other subject ("visit New Zealand") or object of a
   * preposition ("a chance for Woodward"), unless the object is a passive's agent ("Clinton's
   * position was supported by Dianne Feinstein"). A pronoun after such a name refers to it: "a
   * nomination for Staunton, who said she …".
   */
  private String firstPerson(
      int p, int from, int to, Gender gender, boolean objectsToo, int depth) {
    String owner = null;
    String other = null;
    for (int i = from; i < to; i++) {
      String speaker = quotedSpeakers[p] == null ? null : quotedSpeakers[p][i];
      if (speaker != null && mentions.genderOfName(speaker).agrees(gender)) {
        return speaker;
      }
      Mention mention = mentions.at(p, i);
      if (mention == null && i > from) {
        // "…, a source close to the investigation has told Reuters": an unnamed speaker
        UnnamedSubjects.Described described = unnamed.laterInSentence(p, i, to, gender);
        if (described != null) {
          return other != null ? other : described.text();
        }
      }
      if (mention == null || mention.first() != i) {
        continue;
      }
      if (mention.pronoun()) {
        String referent = referent(mention, depth + 1);
        if (!referent.isEmpty() && mentions.genderOf(mention).agrees(gender)) {
          return other != null ? other : referent;
        }
      } else if (mentions.genderOf(mention).agrees(gender)) {
        boolean subject = mentions.isSpeakingPerson(mention);
        if (subject && mentions.isSurelyPerson(mention)) {
          return mentions.fullNameOf(mention);
        }
        if (objectsToo
            && i == from
            && mention.possessive()
            && !mentions.isModifierOfAPerson(mention) // "Tony Blair's official spokesman"
            && mentions.isSurelyPerson(mention)) {
          owner = mentions.fullNameOf(mention);
        } else if (other == null && (subject || objectsToo && mentions.isPersonObject(mention))) {
          other = mentions.fullNameOf(mention);
          owner = mention.previous().equals("by") ? null : owner;
        }
      }
    }
    return owner != null ? owner : other;
  }
}
