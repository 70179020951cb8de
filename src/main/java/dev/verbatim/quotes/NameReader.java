package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the names and he/she pronouns in an article's tokens: where a name starts and ends, its
 * title, and which of its first words only describe the person ("Liberal Democrat Sarah Teather").
 *
 * <p>A capitalised word opening a sentence counts as a name only when the article also capitalises
 * it mid-sentence (or a name follows it), which tells {@code Musk ignited} from {@code Pushing
 * back}.
 */
final class NameReader {

  private final List<List<Token>> paragraphs;
  private final CueVerbs cues;
  private final GivenNames givenNames;
  private final Set<String> midSentenceCapitals;
  private final Map<String, Boolean> writtenInLowerCase = new HashMap<>();

  NameReader(List<List<Token>> paragraphs, CueVerbs cues, GivenNames givenNames) {
    this.paragraphs = paragraphs;
    this.cues = cues;
    this.givenNames = givenNames;
    this.midSentenceCapitals = midSentenceCapitals(paragraphs);
  }

  /** The name or he/she that starts at token {@code i} of {@code paragraph}, or null. */
  Mention mentionAt(ScannedParagraph paragraph, int i) {
    int p = paragraph.index();
    List<Token> tokens = paragraph.tokens();
    Token token = tokens.get(i);
    if (!token.isWord() || !token.isOutsideQuotes()) {
      return null;
    }
    if (!token.capitalised() && token.key().length() > 3) {
      return null; // most tokens: no name, and too long for "he" or "she"
    }
    if (Lexicon.SUBJECT_PRONOUNS.contains(token.key())) {
      return new Mention(p, i, i + 1, token.key(), "", false, previousWord(tokens, i, i + 1), true);
    }
    int first = i;
    String title = "";
    if (isTitle(token)) {
      if (!isNameWord(tokens, i + 1)) {
        return null; // an office alone ("the President said") names no one in particular
      }
      title = token.text();
      first = i + 1;
    } else if (!isNameWord(tokens, i) && !initialsThenName(tokens, i)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int j = first;
    boolean possessive = false;
    while (j < tokens.size() && !possessive) {
      Token word = tokens.get(j);
      boolean continues =
          j == first
              || isNameWord(tokens, j)
              || isJoiner(word) && isNameWord(tokens, j + 1)
              || Lexicon.NAME_SUFFIXES.contains(word.lowerCase())
              || surnameThatIsAWord(word, words);
      if (j > first
          && !word.isOutsideQuotes()
          && paragraph.opens()[word.quote()] == j
          && paragraph.isNickname(word.quote())) {
        j =
            paragraph.closes()[word.quote()]
                + 1; // Marcia "Cia" Price: the name goes on after the nickname
        continue;
      }
      if (!continues || !word.isOutsideQuotes()) {
        break;
      }
      possessive = word.isPossessive();
      words.add(Lexicon.stripPossessive(word.text()));
      j++;
    }
    // letters follow a person's name ("Guy Mansfield QC"); after one word they may be the noun it
    // modifies ("the Salford MP")
    boolean personsName = words.size() >= 2 || !title.isEmpty();
    while (personsName
        && j < tokens.size()
        && !possessive
        && Lexicon.POST_NOMINALS.contains(tokens.get(j).key())
        && tokens.get(j).capitalised()) {
      possessive =
          tokens
              .get(j)
              .isPossessive(); // "Guy Mansfield QC warned": the letters are not part of the name
      j++;
    }
    if (!possessive
        && j > first
        && j + 1 < tokens.size()
        && isBareApostrophe(tokens.get(j - 1), tokens.get(j))
        && tokens.get(j + 1).isWord()) {
      possessive = true; // "James' wife", "Athletics' ruling body"
      j++;
    }
    for (int w = words.size() - 2; w >= 0; w--) {
      if (isTitle(tokens.get(first + w))) {
        // "Senate Majority Leader Mitch McConnell", "French President François Hollande": the name
        // follows the office
        title = tokens.get(first + w).text();
        words = new ArrayList<>(words.subList(w + 1, words.size()));
        first += w + 1;
        break;
      }
    }
    boolean officeOf =
        first >= 2
            && tokens.get(first - 1).key().equals("of")
            && isTitle(tokens.get(first - 2))
            && words.size() >= 3;
    int descriptors =
        officeOf ? 1 : descriptorsBefore(tokens, first, words); // "Secretary of State John Kerry"
    if (descriptors > 0) {
      words =
          new ArrayList<>(
              words.subList(
                  descriptors,
                  words.size())); // "Liberal Democrat Sarah Teather", "Actor Leonardo DiCaprio"
      first += descriptors;
    }
    String previous =
        previousWord(
            tokens, officeOf ? i - 2 : i, j); // the word before "Secretary of State John Kerry"
    return new Mention(p, first, j, String.join(" ", words), title, possessive, previous, false);
  }

  /**
   * True for a capitalised word after a given name that reads as a common word elsewhere but is the
   * person's surname here: "Theresa May said". A function word is never capitalised mid-sentence.
   */
  private boolean surnameThatIsAWord(Token word, List<String> words) {
    return words.size() == 1
        && word.capitalised()
        && !word.sentenceStart()
        && !word.key().equals("i")
        && Lexicon.NOT_NAMES.contains(word.key())
        && givenNames.contains(words.get(0));
  }

  /**
   * How many of a name's first words describe the person rather than name them: "Liberal Democrat
   * Sarah Teather", "Senate Majority Whip Dick Durbin", "Writer Neil Coppendale", "Texas-based Matt
   * Mackowiak". Read from the surname back, the name runs over given names, initials, particles and
   * words the article never writes in lower case ("Rhodri Glyn Thomas", "Aung San Suu Kyi"), and
   * stops at a word for a job, an office, a party or an organisation, or a common word. At least
   * two words remain, and an organisation's name ("New York Times") is left whole.
   */
  private int descriptorsBefore(List<Token> tokens, int first, List<String> words) {
    if (words.size() < 3 || Lexicon.isOrganisationHead(words.get(words.size() - 1))) {
      return 0;
    }
    boolean opensSentence =
        tokens.get(first).sentenceStart()
            || first > 0 && Lexicon.DASHES.contains(tokens.get(first - 1).text());
    int k = words.size() - 1;
    while (k > 0
        && !describes(
            words.get(k - 1), k - 1 == 0 && opensSentence, givenNames.contains(words.get(k)))) {
      k--;
    }
    return k <= words.size() - 2 ? k : 0;
  }

  /**
   * True when a capitalised word before a name describes the person: see {@link
   * #descriptorsBefore}.
   */
  private boolean describes(String word, boolean opensSentence, boolean givenNameNext) {
    String key = word.toLowerCase(Locale.ROOT);
    if (givenNames.contains(word)
        || Lexicon.NAME_PARTICLES.contains(word)
        || word.length() <= 2 && Character.isUpperCase(word.charAt(0))) {
      return false; // a given name, "van", "W", "J."
    }
    int hyphen = word.lastIndexOf('-');
    String tail = hyphen > 0 ? key.substring(hyphen + 1) : key;
    boolean hyphenated =
        hyphen > 0
            && hyphen + 1 < word.length()
            && (Character.isLowerCase(word.charAt(hyphen + 1))
                || Lexicon.isOffice(tail)); // "Texas-based", "Under-Secretary"
    boolean lexical =
        Lexicon.isOffice(key)
            || Lexicon.ORGANISATION_HEADS.contains(key)
            || Lexicon.isAffiliation(word)
            || Lexicon.NOT_NAMES.contains(key)
            || hyphenated
            || writtenInLowerCase(key);
    // before a given name, a word no one is named is a description: "Defiant Matt Williams",
    // "Americans Andy Roddick", "Councillor Brian Parbutt" (a plural, or an agent noun), unlike
    // "Rhodri Glyn Thomas"
    boolean descriptionShaped =
        givenNameNext && (opensSentence || Lexicon.AGENT_OR_PLURAL.matcher(key).matches());
    return lexical || descriptionShaped;
  }

  /**
   * True for a verb opening a sentence before a name: "Bashing Trump may be job one", "Asked Blair
   * about it".
   */
  private boolean opensParticipleClause(Token token) {
    String key = token.key();
    return (key.length() >= 5 && key.endsWith("ing") || Lexicon.isPastTense(key))
        && !givenNames.contains(token.text());
  }

  /**
   * A capitalised word that can be part of a name (not an acronym, not a function word). Opening a
   * sentence, it must also be capitalised mid-sentence somewhere, or be followed by another name
   * word or by a cue ({@code Starr said}).
   */
  private boolean isNameWord(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(i);
    if (!token.capitalised() || !token.isOutsideQuotes()) {
      return false;
    }
    if (token.key().length() < 2 || Lexicon.NOT_NAMES.contains(token.key())) {
      return false;
    }
    String word = Lexicon.stripPossessive(token.text());
    if (Lexicon.isAcronym(word) || Lexicon.isAbbreviation(word)) {
      return false;
    }
    if (!token.sentenceStart()) {
      return true;
    }
    boolean initialThenName =
        i + 2 < tokens.size() && isJoiner(tokens.get(i + 1)) && isNameWord(tokens, i + 2);
    return midSentenceCapitals.contains(token.key())
        || initialThenName // "Loretta E. Lynch spoke"
        || isNameWord(tokens, i + 1)
            && !tokens.get(i + 1).sentenceStart()
            && (!opensParticipleClause(token)
                || Lexicon.isOrganisationHead(tokens.get(i + 1).text())) // not "Downing Street"
        || i + 1 < tokens.size() && cues.length(tokens, i + 1) > 0;
  }

  /**
   * True when initials open a name at token {@code i}: "J. K. Rowling", "J. Edgar Hoover", and in
   * styles without full stops "G Money". A bare "A" or "I" is a word, not an initial.
   */
  private boolean initialsThenName(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() && isOpeningInitial(tokens.get(j))) {
      j++;
    }
    return j > i && isNameWord(tokens, j);
  }

  private static boolean isOpeningInitial(Token token) {
    String text = token.text();
    return isInitial(text) && !text.equals("A") && !text.equals("I") && token.isOutsideQuotes();
  }

  /** A capital alone or with a full stop: "J.", and in styles without full stops "W". */
  private static boolean isInitial(String text) {
    boolean shape = text.length() == 2 && text.charAt(1) == '.' || text.length() == 1;
    return shape && Character.isUpperCase(text.charAt(0));
  }

  /**
   * An initial ("J." or, in styles without full stops, "George W Bush") or a particle (van, de)
   * inside a name.
   */
  private static boolean isJoiner(Token token) {
    String text = token.text();
    if (text.length() > 5) {
      return false; // longer than any initial or particle
    }
    return isInitial(text) || Lexicon.NAME_PARTICLES.contains(text);
  }

  static boolean isTitle(Token token) {
    return token.capitalised() && Lexicon.TITLES.contains(token.lowerCase());
  }

  /**
   * True for the apostrophe of a plural possessive, right after a word ending in s and outside any
   * quotation.
   */
  private static boolean isBareApostrophe(Token word, Token next) {
    return (next.is("'") || next.is("’"))
        && next.isOutsideQuotes()
        && next.start() == word.end()
        && word.key().endsWith("s");
  }

  /**
   * The word before the name at {@code first..end}, or the preposition before the names it is
   * coordinated with: in "the likes of Jonny Wilkinson and Brian O'Driscoll", O'Driscoll is after
   * "of", not "and". A name that a verb follows may open a clause the "and" joins instead, once a
   * verb has come before: "Milan beat Juventus at Old Trafford and Ancelotti said", but "the star
   * of Rain Man and Tootsie said".
   */
  private String previousWord(List<Token> tokens, int first, int end) {
    String previous =
        first > 0 && tokens.get(first - 1).isWord() ? tokens.get(first - 1).key() : "";
    boolean source =
        first > 1
            && tokens.get(first - 2).key().equals("according")
            && (end == tokens.size() || !tokens.get(end).isWord());
    if (previous.equals("to") && source) {
      // "According to Mandaric, Redknapp vowed …": the source, not an object; not "according to
      // White House pool reports"
      return "according";
    }
    if (Lexicon.PAIRING_WORDS.contains(previous)
        && first > 1
        && Lexicon.PREPOSITIONS.contains(tokens.get(first - 2).key())) {
      return tokens.get(first - 2).key(); // "for both Farrell and Wigan"
    }
    if (previous.equals("and") || previous.equals("or")) {
      int j = first - 2;
      while (j >= 0 && tokens.get(j).capitalised() && !tokens.get(j).sentenceStart()) {
        j--;
      }
      boolean afterPreposition =
          j >= 0
              && j < first - 2
              && tokens.get(j).isWord()
              && Lexicon.PREPOSITIONS.contains(tokens.get(j).key());
      boolean verbFollows =
          end < tokens.size()
              && (cues.length(tokens, end) > 0 || Lexicon.isVerb(tokens.get(end).key()));
      if (afterPreposition && !(verbFollows && verbBefore(tokens, j))) {
        return tokens.get(j).key();
      }
    }
    return previous;
  }

  /** True when a verb stands between the start of the sentence and token {@code i}. */
  private boolean verbBefore(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (Lexicon.isVerb(tokens.get(k).key()) || cues.length(tokens, k) > 0) {
        return true;
      }
      if (tokens.get(k).sentenceStart()) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the body writes {@code key} in lower case somewhere: a capitalised one of them before
   * a name is a common word, not a name. Asked only when a name of three words or more needs it,
   * for a few words per article, so each answer is looked up once rather than a set made of every
   * lower-case word (which was 7% of the quote finder's time).
   */
  private boolean writtenInLowerCase(String key) {
    return writtenInLowerCase.computeIfAbsent(key, this::findInLowerCase);
  }

  private boolean findInLowerCase(String key) {
    for (List<Token> tokens :
        paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      for (Token token : tokens) {
        if (token.isWord()
            && token.key().equals(key)
            && Character.isLowerCase(token.text().charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words capitalised mid-sentence in the body; the headline (first entry), in Title Case, says
   * nothing.
   */
  private static Set<String> midSentenceCapitals(List<List<Token>> paragraphs) {
    Set<String> capitals = new HashSet<>();
    for (List<Token> tokens :
        paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      for (Token token : tokens) {
        if (token.capitalised() && !token.sentenceStart() && token.isOutsideQuotes()) {
          capitals.add(token.key()); // made once per token, with its possessive already off
        }
      }
    }
    return Collections.unmodifiableSet(capitals);
  }
}
