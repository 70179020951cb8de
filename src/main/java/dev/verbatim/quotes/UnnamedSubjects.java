package dev.verbatim.quotes;

import java.util.List;
import java.util.Set;

/**
 * Unnamed persons who speak as a clause's subject: "A Labour Party spokesman criticised …, saying",
 * "Tony Blair's official spokesman declined to say", "…, a source close to the investigation has
 * told Reuters". A he or she after such a clause means this person, not someone named earlier.
 */
final class UnnamedSubjects {

  /** What an unnamed speaker may be "for", "of" or "at": "A spokesman for the BPI". */
  private static final Set<String> OF_WHAT = Set.of("for", "of", "at");

  /** How many words a described subject's modifiers span: "A Labour Party spokesman". */
  private static final int DESCRIPTION_WORDS = 5;

  /**
   * How many words of a phrase after a description may stand before its cue: "close to the
   * investigation".
   */
  private static final int POSTMODIFIER_WORDS = 5;

  /** How far after a description the cue it is the subject of is looked for. */
  private static final int DESCRIBED_CUE_REACH = 24;

  private final List<ScannedParagraph> paragraphs;
  private final Mentions mentions;
  private final CueVerbs verbs;

  UnnamedSubjects(List<ScannedParagraph> paragraphs, Mentions mentions, CueVerbs verbs) {
    this.paragraphs = paragraphs;
    this.mentions = mentions;
    this.verbs = verbs;
  }

  /** An unnamed person's description, and the token just past it. */
  record Described(String text, int end) {}

  /**
   * As {@link #at} for an "a" or "an" later in a sentence, when the cue follows the description at
   * once or after a short phrase: "…, a source close to the investigation has told Reuters".
   */
  Described laterInSentence(int p, int i, int to, Gender gender) {
    if (!Lexicon.INDEFINITE_ARTICLES.contains(paragraphs.get(p).tokens().get(i).key())) {
      return null;
    }
    Described described = at(p, i, to, gender);
    return described != null && cueFollows(p, described.end()) ? described : null;
  }

  /**
   * True when the cue whose subject a description ending at {@code end} is follows it at once,
   * after auxiliaries and modifiers, or after a short phrase with no comma: "a source close to the
   * investigation has told".
   */
  private boolean cueFollows(int p, int end) {
    List<Token> tokens = paragraphs.get(p).tokens();
    for (int k = end; k < tokens.size() && k <= end + POSTMODIFIER_WORDS + 2; k++) {
      Token token = tokens.get(k);
      if (verbs.length(tokens, k) > 0) {
        return true;
      }
      boolean clauseGoesOn =
          !token.isWord()
              || Lexicon.COORDINATORS.contains(token.key())
              || token.key().equals("or")
              || Lexicon.isPastTense(token.key()) && !Lexicon.AUXILIARIES.contains(token.key());
      if (clauseGoesOn) {
        return false; // "… with an empty chair or cancel the event and explain": not its cue
      }
    }
    return false;
  }

  /**
   * The unnamed person a clause at {@code i} opens with as its subject, or null: a phrase headed by
   * a noun for a person after "a" or a name's possessive ("A Labour Party spokesman criticised …",
   * "Tony Blair's official spokesman declined …"), with what it is "for", "of" or "at" when a name
   * follows ("A spokesman for the European Anti-Fraud Office"). A pronoun after it means this
   * person, not someone named earlier.
   */
  Described at(int p, int i, int to, Gender gender) {
    List<Token> tokens = paragraphs.get(p).tokens();
    if (i >= to) {
      return null;
    }
    Mention owner = mentions.at(p, i);
    int j;
    if (Lexicon.INDEFINITE_ARTICLES.contains(tokens.get(i).key())) {
      j = i + 1;
    } else if (owner != null
        && owner.first() == i
        && owner.possessive()
        && mentions.isModifierOfAPerson(owner)) {
      j = owner.end();
    } else {
      return null;
    }
    int head = j;
    while (head < to
        && head < j + DESCRIPTION_WORDS
        && tokens.get(head).isWord()
        && !Lexicon.PERSON_NOUNS.contains(tokens.get(head).key())
        && !Lexicon.PREPOSITIONS.contains(tokens.get(head).key())
        && verbs.length(tokens, head) == 0) {
      head++;
    }
    if (head >= to
        || !Lexicon.PERSON_NOUNS.contains(tokens.get(head).key())
        || tokens.get(head).isPossessive()) {
      return null; // "An ambassador's job" is about the job
    }
    int end = head + 1;
    while (end < to && Lexicon.PERSON_NOUNS.contains(tokens.get(end).key())) {
      end++; // "official spokesman"
    }
    if (!speaksAsSubject(p, end)) {
      return null;
    }
    int of = end + 1 < to && tokens.get(end + 1).key().equals("the") ? end + 2 : end + 1;
    if (of < to && OF_WHAT.contains(tokens.get(end).key())) {
      Mention named = mentions.at(p, of);
      end = named != null && named.first() == of && !named.pronoun() ? named.end() : end;
      while (end < to && tokens.get(end).capitalised()) {
        end++; // "the Information Commissioner's Office"
      }
    }
    if (end + 1 < to
        && tokens.get(end).is(",")
        && !Lexicon.RELATIVE_PRONOUNS.contains(tokens.get(end + 1).key())) {
      return null; // "Clinton's husband, Bill, …": an appositive names them; but ", which …"
    }
    String description = Clauses.text(tokens, i, end);
    return Lexicon.genderOfWords(description).agrees(gender)
        ? new Described(description, end)
        : null;
  }

  /**
   * True when a description ending at {@code end} is the subject of a cue later in its sentence ("A
   * Labour spokesman denied …", "Tony Blair's official spokesman declined to say"), with no person
   * named between them, nor a he or she after a comma: in "Screen International's US editor Mike
   * Goodridge said", "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said" and
   * "A former critic of the House of Lords, he has said" the description is theirs. One who asks
   * ("A reporter asked Sanders …. He replied") is not whom the answer after it comes from; one who
   * does something else ("A replacement guitarist has yet to be named") is not a speaker.
   */
  private boolean speaksAsSubject(int p, int end) {
    List<Token> tokens = paragraphs.get(p).tokens();
    for (int k = end;
        k < tokens.size() && k < end + DESCRIBED_CUE_REACH && !tokens.get(k).sentenceStart();
        k++) {
      if (verbs.length(tokens, k) > 0) {
        return !Lexicon.ASKING_VERBS.contains(tokens.get(k).key());
      }
      if (Lexicon.SUBORDINATORS.contains(tokens.get(k).key())
          || Clauses.isSubjectPronoun(tokens.get(k))) {
        return false; // "jabbing her finger at an activist as she angrily said": hers
      }
      Mention name = mentions.at(p, k);
      if (name != null
          && name.first() == k
          && (name.pronoun()
              ? tokens.get(k - 1).is(",")
              : mentions.canSpeak(name) && mentions.isSurelyPerson(name))) {
        return false;
      }
    }
    return false;
  }
}
