package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and he/she pronouns an article uses outside quotations, and how short forms resolve:
 * a surname ({@code Musk}, {@code Mr. Obama}) to the full name the article uses for it, a pronoun to
 * the last person named before it.
 *
 * <p>A capitalised word opening a sentence counts as a name only when the article also capitalises
 * it mid-sentence (or a name follows it), which tells {@code Musk ignited} from {@code Pushing back}.
 */
final class Mentions {

  /** How many lower-case words a name may stand before the noun it modifies: "Lib Dem home affairs spokesman". */
  private static final int MODIFIER_REACH = 3;

  private final List<List<Token>> paragraphs;
  private final CueVerbs cues;
  private final List<Mention[]> byToken = new ArrayList<>();
  private final Map<String, List<Mention>> fullNamesBySurname = new HashMap<>();
  private final Map<String, List<Mention>> fullNamesByGivenName = new HashMap<>();
  private final List<Mention> pronouns = new ArrayList<>();
  private final List<Mention> names = new ArrayList<>();
  private final Map<String, Integer> timesNamed = new HashMap<>();
  private final GivenNames givenNames;

  /** Reads the mentions of an article: its headline first, then its paragraphs. */
  Mentions(List<ScannedParagraph> scanned, CueVerbs cues, GivenNames givenNames) {
    List<List<Token>> paragraphs = scanned.stream().map(ScannedParagraph::tokens).toList();
    this.paragraphs = paragraphs;
    this.cues = cues;
    this.givenNames = givenNames;
    Set<String> capitals = midSentenceCapitals(paragraphs);
    Set<String> lowerCaseWords = lowerCaseWords(paragraphs);
    NameWords nameWords = (tokens, i) -> isNameWord(tokens, i, capitals, cues);
    List<Mention> all = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<Token> tokens = paragraphs.get(p);
      Mention[] index = new Mention[tokens.size()];
      int i = 0;
      int parentheses = 0;
      while (p > 0 && i < tokens.size()) { // the headline (entry 0) is Title Case: its capitals are not names
        // Names in parentheses are asides, not people in the story: (D-Conn.), (Apple)
        parentheses = Math.max(0, parentheses + (tokens.get(i).is("(") ? 1 : tokens.get(i).is(")") ? -1 : 0));
        Mention mention = parentheses > 0 ? null : mentionAt(scanned.get(p), i, nameWords, givenNames, lowerCaseWords);
        if (mention == null) {
          i++;
          continue;
        }
        for (int t = mention.first(); t < mention.end(); t++) {
          index[t] = mention;
        }
        all.add(mention);
        i = mention.end();
      }
      byToken.add(index);
    }
    for (Mention mention : all) {
      if (mention.pronoun()) {
        pronouns.add(mention);
        continue;
      }
      names.add(mention);
      timesNamed.merge(mention.lastWord(), 1, Integer::sum);
      if (mention.words() >= 2 && (!mention.afterArticle() || !mention.title().isEmpty()) && !isOrganisation(mention)) {
        fullNamesBySurname.computeIfAbsent(mention.lastWord(), k -> new ArrayList<>()).add(mention);
        fullNamesByGivenName.computeIfAbsent(mention.firstWord(), k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /** The mention whose tokens include token {@code i} of paragraph {@code p}, or null. */
  Mention at(int p, int i) {
    Mention[] index = byToken.get(p);
    return i >= 0 && i < index.length ? index[i] : null;
  }

  /** How many names back a description's noun is looked for next to a name: "the Tory leader" after "Tory leader Michael Howard". */
  private static final int ROLE_REACH = 40;
  /** How many words before a name, or in the appositive after it, describe the person. */
  private static final int ROLE_WORDS = 6;

  /**
   * The full name of the nearest person before {@code position} whom the article describes with
   * {@code noun}, in front of the name or in an appositive after it: "Tory leader Michael Howard",
   * "Judge James Kleinberg", "Gonzalo Frasca, a Uruguayan-born researcher", "Kelly Holmes, 34,"
   * for "the 34-year-old". Empty when there is none.
   */
  String namedWith(String noun, long position) {
    int before = countBefore(names, position);
    for (int n = before - 1; n >= 0 && n >= before - ROLE_REACH; n--) {
      Mention name = names.get(n);
      if (isPerson(name) && describes(noun, name)) {
        return fullNameOf(name);
      }
    }
    return "";
  }

  private boolean describes(String noun, Mention name) {
    List<Token> tokens = paragraphs.get(name.paragraph());
    int from = name.title().isEmpty() ? name.first() : name.first() - 1;
    for (int i = from - 1; i >= 0 && i >= from - ROLE_WORDS; i--) {
      Token token = tokens.get(i);
      if (!token.isWord() || Lexicon.isFunctionWord(token.key()) || cues.length(tokens, i) > 0) {
        break;
      }
      if (token.key().equals(noun) || Lexicon.stripPossessive(token.text()).equalsIgnoreCase(noun)) {
        return true;
      }
    }
    if (name.title().toLowerCase(java.util.Locale.ROOT).equals(noun)) {
      return true; // "Judge James Kleinberg" for "the judge"
    }
    int i = name.end();
    if (i + 1 < tokens.size() && tokens.get(i).is(",")) {
      for (int j = i + 1; j < tokens.size() && j <= i + ROLE_WORDS * 2 && !tokens.get(j).is(",") && !Clauses.endsClause(tokens.get(j)); j++) {
        String key = tokens.get(j).key();
        boolean age = j == i + 1 && Lexicon.isAge(noun) && noun.startsWith(key + "-"); // "Holmes, 34," is "the 34-year-old"
        if (key.equals(noun) || age) {
          return true;
        }
      }
    }
    return false;
  }

  /** The he and she pronouns of the article, in text order. */
  List<Mention> pronouns() {
    return pronouns;
  }

  /**
   * The full name a name mention stands for: the fullest name the article uses for its surname, or
   * the name as written (with its title when it is a lone surname: {@code Mr. Burman}).
   */
  String fullNameOf(Mention mention) {
    Mention full = fullName(mention);
    if (full != null) {
      // "Sir John Bourn", "Dame Kelly Holmes": an honour that is part of how the person is named stays
      return Lexicon.isNameFormingTitle(full.title()) ? full.title() + " " + full.name() : full.name();
    }
    return mention.title().isEmpty() || mention.words() > 1 ? mention.name() : mention.title() + " " + mention.name();
  }

  /** The gender a mention shows: he or she, a title ({@code Mrs}, {@code Sir}), or the given name of its full name. */
  Gender genderOf(Mention mention) {
    if (mention.pronoun()) {
      return mention.name().equals("she") ? Gender.FEMALE : Gender.MALE;
    }
    Gender titled = Lexicon.genderOfTitle(mention.title());
    return titled != Gender.UNKNOWN ? titled : genderOfName(fullNameOf(mention));
  }

  /** The gender of a speaker's name or description: its given name ("Esther Rantzen"), or a gendered noun ("a spokeswoman"). */
  Gender genderOfName(String speaker) {
    int space = speaker.indexOf(' ');
    String first = space < 0 ? speaker : speaker.substring(0, space);
    Gender gender = givenNames.genderOf(first);
    return gender != Gender.UNKNOWN ? gender : Lexicon.genderOfWords(speaker);
  }

  /** True when the article's body names someone with this surname ("Lynch" after "Loretta E. Lynch"). */
  boolean knowsSurname(String surname) {
    return fullNamesBySurname.containsKey(surname);
  }

  /** The article's fullest name ending in {@code surname} ("Pence" gives "Mike Pence"), or the surname itself. */
  String resolveSurname(String surname) {
    List<Mention> candidates = fullNamesBySurname.getOrDefault(surname, List.of());
    return candidates.isEmpty() ? surname : candidates.get(candidates.size() - 1).name();
  }

  /**
   * True when a mention stands where a speaker can: not a possessive ({@code Musk’s tweets}), not the
   * object of a preposition ({@code told Musk}). The one test of whether a mention can speak.
   */
  boolean canSpeak(Mention mention) {
    return !mention.possessive() && !mention.afterPreposition() && !modifiesAPerson(mention);
  }

  /** True for a name used as a modifier of a noun for a person: "Tory leader Michael Howard", "White House press secretary". */
  private boolean modifiesAPerson(Mention mention) {
    if (mention.pronoun()) {
      return false;
    }
    List<Token> tokens = paragraphs.get(mention.paragraph());
    for (int i = mention.end(); i < tokens.size() && i < mention.end() + MODIFIER_REACH; i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || token.isCapitalised() && at(mention.paragraph(), i) != null || Lexicon.isFunctionWord(token.key())
          || cues.length(tokens, i) > 0) {
        return false; // "Jill said her father …": a verb or a function word ends the noun phrase
      }
      if (Lexicon.PERSON_NOUNS.contains(token.key()) || isTitle(token)) {
        return true; // "Hearts manager John Robertson", "Pennsylvania Gov. Ed Rendell"
      }
    }
    return false;
  }

  /**
   * True when a mention names a person: a title, or two names or more, or a surname of such a name,
   * not after an article ({@code the White House}, {@code a Goldman Sachs report} name no one).
   */
  boolean isPerson(Mention mention) {
    if (isOrganisation(mention) || mention.afterArticle() && mention.title().isEmpty()) {
      return false;
    }
    return !mention.title().isEmpty() || mention.words() >= 2 || fullName(mention) != null
        || Lexicon.PERSON_NOUNS.contains(mention.previous()); // "Fletcher's daughter Jill", "striker Ronaldo"
  }

  /** True for a name that ends like an organisation's: "Blackpool Hotel Association", "the Justice Department". */
  static boolean isOrganisation(Mention mention) {
    return Lexicon.ORGANISATION_HEADS.contains(mention.lastWord().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True when a person mention is surely a person's name: it has a title, starts with a given name,
   * follows a noun for a person ("spokesman Menzies Campbell"), or the article names the person more
   * than once. "Strong Oscar contenders" passes {@link #isPerson}
   * (two capitalised words) but not this.
   */
  boolean isSurelyPerson(Mention mention) {
    return isPerson(mention) && (!mention.title().isEmpty() || givenNames.contains(mention.firstWord())
        || Lexicon.PERSON_NOUNS.contains(mention.previous()) || timesNamed.getOrDefault(mention.lastWord(), 0) > 1);
  }

  /** True for a person named as the object of a preposition: "his confrontation with Sharron Storer". */
  boolean isPersonObject(Mention mention) {
    return mention.afterPreposition() && !mention.possessive() && isPerson(mention);
  }

  /** True for a person who can speak where the mention stands: {@link #canSpeak} and {@link #isPerson}. */
  boolean isSpeakingPerson(Mention mention) {
    return canSpeak(mention) && isPerson(mention);
  }

  /** The full name a one-word mention stands for: the last one before it, else the first after it. */
  private Mention fullName(Mention mention) {
    if (mention.words() >= 2) {
      return longerName(mention); // "Baez Silva" is "Carlos Baez Silva"
    }
    // a knight or a dame is called by the given name: "Sir John" is "Sir John Bourn"
    boolean byGivenName = Lexicon.isCalledByGivenName(mention.title()) && givenNames.contains(mention.name());
    List<Mention> candidates = (byGivenName ? fullNamesByGivenName : fullNamesBySurname).getOrDefault(mention.name(), List.of());
    if (candidates.isEmpty()) {
      return null;
    }
    int before = countBefore(candidates, mention.position());
    return before > 0 ? candidates.get(before - 1) : candidates.get(0);
  }

  /** The longest full name the article uses that ends with all the words of {@code mention}, else the mention itself. */
  private Mention longerName(Mention mention) {
    Mention longest = mention;
    for (Mention candidate : fullNamesBySurname.getOrDefault(mention.lastWord(), List.of())) {
      boolean extendsName = candidate.words() > longest.words() && candidate.name().endsWith(" " + mention.name())
          && !Lexicon.PERSON_NOUNS.contains(candidate.firstWord().toLowerCase(java.util.Locale.ROOT));
      if (extendsName) {
        longest = candidate;
      }
    }
    return longest;
  }

  /** How many of {@code mentions} (in article order) come before {@code position}: a binary search. */
  private static int countBefore(List<Mention> mentions, long position) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).position() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether token {@code i} can be part of a name. */
  private interface NameWords {
    boolean test(List<Token> tokens, int i);
  }

  private static Mention mentionAt(ScannedParagraph paragraph, int i, NameWords names, GivenNames givenNames, Set<String> lowerCaseWords) {
    int p = paragraph.index();
    List<Token> tokens = paragraph.tokens();
    Token token = tokens.get(i);
    if (!token.isWord() || !token.isOutsideQuotes()) {
      return null;
    }
    if (Lexicon.SUBJECT_PRONOUNS.contains(token.key())) {
      return new Mention(p, i, i + 1, token.key(), "", false, previousWord(tokens, i), true);
    }
    int first = i;
    String title = "";
    if (isTitle(token)) {
      if (!names.test(tokens, i + 1)) {
        return null; // an office alone ("the President said") names no one in particular
      }
      title = token.text();
      first = i + 1;
    } else if (!names.test(tokens, i)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int j = first;
    boolean possessive = false;
    while (j < tokens.size() && !possessive) {
      Token word = tokens.get(j);
      boolean continues = j == first
          || names.test(tokens, j)
          || isJoiner(word) && names.test(tokens, j + 1)
          || Lexicon.NAME_SUFFIXES.contains(word.lowerCase())
          || surnameThatIsAWord(word, words, givenNames);
      if (j > first && !word.isOutsideQuotes() && paragraph.opens()[word.quote()] == j && paragraph.isNickname(word.quote())) {
        j = paragraph.closes()[word.quote()] + 1; // Marcia "Cia" Price: the name goes on after the nickname
        continue;
      }
      if (!continues || !word.isOutsideQuotes()) {
        break;
      }
      possessive = word.isPossessive();
      words.add(Lexicon.stripPossessive(word.text()));
      j++;
    }
    while (j > first && j < tokens.size() && !possessive && Lexicon.POST_NOMINALS.contains(tokens.get(j).key())
        && tokens.get(j).isCapitalised()) {
      possessive = tokens.get(j).isPossessive(); // "Guy Mansfield QC warned": the letters after a name are not part of it
      j++;
    }
    for (int w = words.size() - 2; w >= 0; w--) {
      if (isTitle(tokens.get(first + w))) {
        // "Senate Majority Leader Mitch McConnell", "French President François Hollande": the name follows the office
        title = tokens.get(first + w).text();
        words = new ArrayList<>(words.subList(w + 1, words.size()));
        first += w + 1;
        break;
      }
    }
    boolean officeOf = first >= 2 && tokens.get(first - 1).key().equals("of") && isTitle(tokens.get(first - 2)) && words.size() >= 3;
    int descriptors = officeOf ? 1 : descriptorsBefore(tokens, first, words, givenNames, lowerCaseWords); // "Secretary of State John Kerry"
    if (descriptors > 0) {
      words = new ArrayList<>(words.subList(descriptors, words.size())); // "Liberal Democrat Sarah Teather", "Actor Leonardo DiCaprio"
      first += descriptors;
    }
    String previous = previousWord(tokens, officeOf ? i - 2 : i); // the word before "Secretary of State John Kerry"
    return new Mention(p, first, j, String.join(" ", words), title, possessive, previous, false);
  }

  /**
   * True for a capitalised word after a given name that reads as a common word elsewhere but is the
   * person's surname here: "Theresa May said". A function word is never capitalised mid-sentence.
   */
  private static boolean surnameThatIsAWord(Token word, List<String> words, GivenNames givenNames) {
    return words.size() == 1 && word.isCapitalised() && !word.sentenceStart() && !word.key().equals("i")
        && Lexicon.NOT_NAMES.contains(word.key()) && givenNames.contains(words.get(0));
  }

  /**
   * How many of a name's first words describe the person rather than name them: "Liberal Democrat
   * Sarah Teather", "Senate Majority Whip Dick Durbin", "Writer Neil Coppendale", "Texas-based Matt
   * Mackowiak". Read from the surname back, the name runs over given names, initials, particles and
   * words the article never writes in lower case ("Rhodri Glyn Thomas", "Aung San Suu Kyi"), and stops
   * at a word for a job, an office, a party or an organisation, or a common word. At least two words
   * remain, and an organisation's name ("New York Times") is left whole.
   */
  private static int descriptorsBefore(List<Token> tokens, int first, List<String> words, GivenNames givenNames, Set<String> lowerCaseWords) {
    if (words.size() < 3 || Lexicon.ORGANISATION_HEADS.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
      return 0;
    }
    boolean opensSentence = tokens.get(first).sentenceStart() || first > 0 && Lexicon.DASHES.contains(tokens.get(first - 1).text());
    int k = words.size() - 1;
    while (k > 0 && !describes(words.get(k - 1), k - 1 == 0 && opensSentence, givenNames.contains(words.get(k)), givenNames, lowerCaseWords)) {
      k--;
    }
    return k <= words.size() - 2 ? k : 0;
  }

  /** True when a capitalised word before a name describes the person: see {@link #descriptorsBefore}. */
  private static boolean describes(String word, boolean opensSentence, boolean givenNameNext, GivenNames givenNames, Set<String> lowerCaseWords) {
    String key = word.toLowerCase(java.util.Locale.ROOT);
    if (givenNames.contains(word) || Lexicon.NAME_PARTICLES.contains(word) || word.length() <= 2 && Character.isUpperCase(word.charAt(0))) {
      return false; // a given name, "van", "W", "J."
    }
    int hyphen = word.lastIndexOf('-');
    String tail = hyphen > 0 ? key.substring(hyphen + 1) : key;
    boolean hyphenated = hyphen > 0 && hyphen + 1 < word.length()
        && (Character.isLowerCase(word.charAt(hyphen + 1)) || Lexicon.isOffice(tail)); // "Texas-based", "Under-Secretary"
    boolean lexical = Lexicon.isOffice(key) || Lexicon.ORGANISATION_HEADS.contains(key) || Lexicon.isAffiliation(word)
        || Lexicon.NOT_NAMES.contains(key) || hyphenated || lowerCaseWords.contains(key);
    // before a given name, a word no one is named is a description: "Defiant Matt Williams", "Americans Andy
    // Roddick", "Councillor Brian Parbutt" (a plural, or an agent noun), unlike "Rhodri Glyn Thomas"
    boolean descriptionShaped = givenNameNext && (opensSentence || Lexicon.AGENT_OR_PLURAL.matcher(key).matches());
    return lexical || descriptionShaped;
  }

  /**
   * A capitalised word that can be part of a name (not an acronym, not a function word). Opening a
   * sentence, it must also be capitalised mid-sentence somewhere, or be followed by another name
   * word or by a cue ({@code Starr said}).
   */
  private static boolean isNameWord(List<Token> tokens, int i, Set<String> midSentenceCapitals, CueVerbs cues) {
    if (i >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(i);
    if (!token.isCapitalised() || !token.isOutsideQuotes()) {
      return false;
    }
    String word = Lexicon.stripPossessive(token.text());
    if (word.length() < 2 || isAcronym(word) || Lexicon.NOT_NAMES.contains(token.key()) || Lexicon.isAbbreviation(word)) {
      return false;
    }
    if (!token.sentenceStart()) {
      return true;
    }
    boolean initialThenName = i + 2 < tokens.size() && isJoiner(tokens.get(i + 1)) && isNameWord(tokens, i + 2, midSentenceCapitals, cues);
    return midSentenceCapitals.contains(word) || initialThenName // "Loretta E. Lynch spoke"
        || isNameWord(tokens, i + 1, midSentenceCapitals, cues) && !tokens.get(i + 1).sentenceStart()
        || i + 1 < tokens.size() && cues.length(tokens, i + 1) > 0;
  }

  /** An initial ("J." or, in styles without full stops, "George W Bush") or a particle (van, de) inside a name. */
  private static boolean isJoiner(Token token) {
    String text = token.text();
    boolean initial = text.length() == 2 && text.charAt(1) == '.' || text.length() == 1;
    return initial && Character.isUpperCase(text.charAt(0)) || Lexicon.NAME_PARTICLES.contains(text);
  }

  private static boolean isTitle(Token token) {
    return token.isCapitalised() && Lexicon.TITLES.contains(token.lowerCase());
  }

  private static boolean isAcronym(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String previousWord(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).isWord() ? tokens.get(i - 1).key() : "";
  }

  /** Words the body writes in lower case: a capitalised one of them before a name is a common word, not a name. */
  private static Set<String> lowerCaseWords(List<List<Token>> paragraphs) {
    Set<String> words = new HashSet<>();
    for (List<Token> tokens : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      for (Token token : tokens) {
        if (token.isWord() && Character.isLowerCase(token.text().charAt(0))) {
          words.add(token.key());
        }
      }
    }
    return words;
  }

  /** Words capitalised mid-sentence in the body; the headline (first entry), in Title Case, says nothing. */
  private static Set<String> midSentenceCapitals(List<List<Token>> paragraphs) {
    Set<String> capitals = new HashSet<>();
    for (List<Token> tokens : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      for (Token token : tokens) {
        if (token.isCapitalised() && !token.sentenceStart() && token.isOutsideQuotes()) {
          capitals.add(Lexicon.stripPossessive(token.text()));
        }
      }
    }
    return Collections.unmodifiableSet(capitals);
  }
}
