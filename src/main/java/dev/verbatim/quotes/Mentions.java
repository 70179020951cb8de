package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The names and he/she pronouns an article uses outside quotations, and how short forms resolve: a
 * surname ({@code Musk}, {@code Mr. Obama}) to the full name the article uses for it, a pronoun to
 * the last person named before it.
 *
 * <p>A capitalised word opening a sentence counts as a name only when the article also capitalises
 * it mid-sentence (or a name follows it), which tells {@code Musk ignited} from {@code Pushing
 * back}.
 */
final class Mentions {

  /**
   * How many lower-case words a name may stand before the noun it modifies: "Lib Dem home affairs
   * spokesman".
   */
  private static final int MODIFIER_REACH = 3;

  private final List<List<Token>> paragraphs;
  private final CueVerbs cues;
  private final List<Mention[]> byToken = new ArrayList<>();
  private final Map<String, List<Mention>> fullNamesBySurname = new HashMap<>();
  private final List<Mention> names = new ArrayList<>();

  /**
   * What the questions below found about each mention, at the index of its first token: the rules
   * ask about the same mentions many times.
   */
  private final List<Facts[]> facts = new ArrayList<>();

  private final Map<String, Gender> genders = new HashMap<>();

  /** How many names end in each last word; counted when first asked. */
  private Map<String, Integer> timesNamed;

  private final Function<String, Gender> genderOfSpeaker = this::genderOfSpeaker;

  /** The answers for one mention, worked out at the first question. */
  private record Facts(String speaker, boolean modifier, boolean person, Gender gender) {}

  private final GivenNames givenNames;

  /** Reads the mentions of an article: its headline first, then its paragraphs. */
  Mentions(List<ScannedParagraph> scanned, CueVerbs cues, GivenNames givenNames) {
    List<List<Token>> paragraphs = scanned.stream().map(ScannedParagraph::tokens).toList();
    this.paragraphs = paragraphs;
    this.cues = cues;
    this.givenNames = givenNames;
    NameReader reader = new NameReader(paragraphs, cues, givenNames);
    List<Mention> all = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<Token> tokens = paragraphs.get(p);
      Mention[] index = new Mention[tokens.size()];
      int i = 0;
      int parentheses = 0;
      // the headline (entry 0) is Title Case: its capitals are not names
      while (p > 0 && i < tokens.size()) {
        // Names in parentheses are asides, not people in the story: (D-Conn.), (Apple)
        Token token = tokens.get(i);
        if (token.kind() == Token.Kind.PUNCTUATION) {
          char mark = token.text().charAt(0);
          parentheses = Math.max(0, parentheses + (mark == '(' ? 1 : mark == ')' ? -1 : 0));
        }
        Mention mention = parentheses > 0 ? null : reader.mentionAt(scanned.get(p), i);
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
      facts.add(null); // made when a mention of the paragraph is first asked about
    }
    for (Mention mention : all) {
      if (mention.pronoun()) {
        continue;
      }
      names.add(mention);
      if (mention.words() >= 2
          && (!mention.afterArticle() || !mention.title().isEmpty())
          && !isOrganisation(mention)) {
        fullNamesBySurname.computeIfAbsent(mention.lastWord(), k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /** The mention whose tokens include token {@code i} of paragraph {@code p}, or null. */
  Mention at(int p, int i) {
    Mention[] index = byToken.get(p);
    return i >= 0 && i < index.length ? index[i] : null;
  }

  /**
   * How many names back a description's noun is looked for next to a name: "the Tory leader" after
   * "Tory leader Michael Howard".
   */
  private static final int ROLE_REACH = 40;

  /** How many words before a name, or in the appositive after it, describe the person. */
  private static final int ROLE_WORDS = 6;

  /**
   * The full name of the nearest person before {@code position} whom the article describes with
   * {@code noun}, in front of the name or in an appositive after it: "Tory leader Michael Howard",
   * "Judge James Kleinberg", "Gonzalo Frasca, a Uruguayan-born researcher", "Kelly Holmes, 34," for
   * "the 34-year-old". A rank ("deputy", "shadow") must be in both or neither: "the prime minister"
   * is not "Deputy Prime Minister John Prescott". Empty when there is none.
   */
  String namedWith(String noun, boolean ranked, long position) {
    int before = countBefore(names, position);
    for (int n = before - 1; n >= 0 && n >= before - ROLE_REACH; n--) {
      Mention name = names.get(n);
      if (isPerson(name) && describes(noun, ranked, name)) {
        return fullNameOf(name);
      }
    }
    return "";
  }

  private boolean describes(String noun, boolean ranked, Mention name) {
    List<Token> tokens = paragraphs.get(name.paragraph());
    int from = name.title().isEmpty() ? name.first() : name.first() - 1;
    int roleStart = from;
    while (roleStart - 1 >= 0
        && roleStart > from - ROLE_WORDS
        && isRoleWord(tokens, roleStart - 1)) {
      roleStart--;
    }
    for (int i = roleStart; i < from; i++) {
      Token token = tokens.get(i);
      if (token.key().equals(noun)
          || Lexicon.stripPossessive(token.text()).equalsIgnoreCase(noun)) {
        return ranked == hasRank(tokens, roleStart, i);
      }
    }
    if (name.title().toLowerCase(Locale.ROOT).equals(noun)) {
      return ranked == hasRank(tokens, roleStart, from); // "Judge James Kleinberg" for "the judge"
    }
    int i = name.end();
    if (i + 1 < tokens.size() && tokens.get(i).is(",")) {
      for (int j = i + 1;
          j < tokens.size()
              && j <= i + ROLE_WORDS * 2
              && !tokens.get(j).is(",")
              && !Clauses.endsClause(tokens.get(j));
          j++) {
        String key = tokens.get(j).key();
        boolean age =
            j == i + 1
                && Lexicon.isAge(noun)
                && noun.startsWith(key + "-"); // "Holmes, 34," is "the 34-year-old"
        if (key.equals(noun) || age) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isRoleWord(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    return token.isWord() && !Lexicon.endsNounPhrase(token.key()) && cues.length(tokens, i) == 0;
  }

  /** True when a word of {@code tokens} from {@code from} to {@code to} is a rank: "Deputy". */
  static boolean hasRank(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Lexicon.RANKS.contains(tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The full name a name mention stands for: the fullest name the article uses for its surname, or
   * the name as written (with its title when it is a lone surname: {@code Mr. Burman}).
   */
  String fullNameOf(Mention mention) {
    return mention.pronoun() ? mention.name() : factsOf(mention).speaker();
  }

  private String speakerNamed(Mention mention, Mention full) {
    if (full != null) {
      // "Sir John Bourn", "Dame Kelly Holmes": an honour that is part of how the person is named
      // stays
      return Lexicon.isNameFormingTitle(full.title())
          ? full.title() + " " + full.name()
          : full.name();
    }
    return mention.title().isEmpty() || mention.words() > 1
        ? mention.name()
        : mention.title() + " " + mention.name();
  }

  /**
   * The gender a mention shows: he or she, a title ({@code Mrs}, {@code Sir}), or the given name of
   * its full name.
   */
  Gender genderOf(Mention mention) {
    if (mention.pronoun()) {
      return mention.name().equals("she") ? Gender.FEMALE : Gender.MALE;
    }
    return factsOf(mention).gender();
  }

  /**
   * The gender of a speaker's name or description: its given name ("Esther Rantzen"), or a gendered
   * noun ("a spokeswoman").
   */
  Gender genderOfName(String speaker) {
    return genders.computeIfAbsent(speaker, genderOfSpeaker);
  }

  private Gender genderOfSpeaker(String speaker) {
    String given = speaker;
    int space = given.indexOf(' ');
    while (space > 0 && (space == 1 || space == 2 && given.charAt(1) == '.')) {
      given = given.substring(space + 1); // past initials: "J. Edgar Hoover" is Edgar's
      space = given.indexOf(' ');
    }
    String first = space < 0 ? given : given.substring(0, space);
    Gender gender = givenNames.genderOf(first);
    return gender != Gender.UNKNOWN ? gender : Lexicon.genderOfWords(speaker);
  }

  /**
   * True when the article's body names someone with this surname ("Lynch" after "Loretta E.
   * Lynch").
   */
  boolean knowsSurname(String surname) {
    return fullNamesBySurname.containsKey(surname);
  }

  /**
   * The article's fullest name ending in {@code surname} ("Pence" gives "Mike Pence"), or the
   * surname itself.
   */
  String resolveSurname(String surname) {
    List<Mention> candidates = fullNamesBySurname.getOrDefault(surname, List.of());
    return candidates.isEmpty() ? surname : candidates.get(candidates.size() - 1).name();
  }

  /**
   * True when a mention stands where a speaker can: not a possessive ({@code Musk’s tweets}), not
   * the object of a preposition ({@code told Musk}). The one test of whether a mention can speak.
   */
  boolean canSpeak(Mention mention) {
    return !mention.possessive() && !mention.afterPreposition() && !factsOf(mention).modifier();
  }

  /**
   * True for a name that modifies a noun for a person, possessive or not: "Tony Blair's official
   * spokesman", "Tory leader Michael Howard". Worked out once per mention.
   */
  boolean isModifierOfAPerson(Mention mention) {
    return factsOf(mention).modifier();
  }

  /**
   * True for a name used as a modifier of a noun for a person: "Tory leader Michael Howard", "White
   * House press secretary".
   */
  private boolean modifiesAPerson(Mention mention) {
    if (mention.pronoun()) {
      return false;
    }
    List<Token> tokens = paragraphs.get(mention.paragraph());
    for (int i = mention.end(); i < tokens.size() && i < mention.end() + MODIFIER_REACH; i++) {
      Token token = tokens.get(i);
      if (!token.isWord()
          || token.capitalised() && at(mention.paragraph(), i) != null
          || Lexicon.endsNounPhrase(token.key())
          || cues.length(tokens, i) > 0) {
        return false; // "Jill said her father …": a verb or a function word ends the noun phrase
      }
      if (Lexicon.PERSON_NOUNS.contains(token.key()) || NameReader.isTitle(token)) {
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
    return factsOf(mention).person();
  }

  private boolean namesAPerson(Mention mention, Mention fullName) {
    if (isOrganisation(mention) || mention.afterArticle() && mention.title().isEmpty()) {
      return false;
    }
    if (mention.words() >= 2
        && Lexicon.PLACE_PREFIXES.contains(mention.firstWord().toLowerCase(Locale.ROOT))) {
      return false; // "St Helens", "Mount Everest"
    }
    return !mention.title().isEmpty()
        || mention.words() >= 2
        || fullName != null
        || Lexicon.PERSON_NOUNS.contains(
            mention.previous()); // "Fletcher's daughter Jill", "striker Ronaldo"
  }

  /**
   * True for a name that ends like an organisation's: "Blackpool Hotel Association", "the Justice
   * Department".
   */
  static boolean isOrganisation(Mention mention) {
    return Lexicon.isOrganisationHead(mention.lastWord());
  }

  /**
   * True when a person mention is surely a person's name: it has a title, starts with a given name,
   * follows a noun for a person ("spokesman Menzies Campbell"), or the article names the person
   * more than once. "Strong Oscar contenders" passes {@link #isPerson} (two capitalised words) but
   * not this.
   */
  boolean isSurelyPerson(Mention mention) {
    return isPerson(mention)
        && (!mention.title().isEmpty()
            || givenNames.contains(mention.firstWord())
            || Lexicon.PERSON_NOUNS.contains(mention.previous())
            || namedAgain(mention)
            || saysOrIsDescribed(mention));
  }

  /**
   * True for a name a cue follows ("Bipin Bihari said") or an appositive with a noun for a person
   * ("Bipin Bihari, deputy police chief in Bombay,"): in any language, what a person's name is.
   */
  private boolean saysOrIsDescribed(Mention mention) {
    List<Token> tokens = paragraphs.get(mention.paragraph());
    int i = mention.end();
    if (i < tokens.size() && cues.length(tokens, i) > 0) {
      return true;
    }
    if (i + 1 < tokens.size() && tokens.get(i).is(",")) {
      for (int j = i + 1; j < tokens.size() && j <= i + ROLE_WORDS && tokens.get(j).isWord(); j++) {
        if (Lexicon.PERSON_NOUNS.contains(tokens.get(j).key())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean namedAgain(Mention mention) {
    if (timesNamed == null) {
      timesNamed = new HashMap<>();
      for (Mention name : names) {
        timesNamed.merge(name.lastWord(), 1, Integer::sum);
      }
    }
    return timesNamed.getOrDefault(mention.lastWord(), 0) > 1;
  }

  /**
   * True for a person named as the object of a preposition: "his confrontation with Sharron
   * Storer".
   */
  boolean isPersonObject(Mention mention) {
    return mention.afterPreposition() && !mention.possessive() && isPerson(mention);
  }

  /**
   * True for a person who can speak where the mention stands: {@link #canSpeak} and {@link
   * #isPerson}.
   */
  boolean isSpeakingPerson(Mention mention) {
    return canSpeak(mention) && isPerson(mention);
  }

  private Facts factsOf(Mention mention) {
    Facts[] paragraph = facts.get(mention.paragraph());
    if (paragraph == null) {
      paragraph = new Facts[byToken.get(mention.paragraph()).length];
      facts.set(mention.paragraph(), paragraph);
    }
    Facts known = paragraph[mention.first()];
    if (known == null) {
      Mention fullName = searchFullName(mention);
      String speaker = speakerNamed(mention, fullName);
      Gender titled = Lexicon.genderOfTitle(mention.title());
      Gender gender = titled != Gender.UNKNOWN ? titled : genderOfName(speaker);
      known = new Facts(speaker, modifiesAPerson(mention), namesAPerson(mention, fullName), gender);
      paragraph[mention.first()] = known;
    }
    return known;
  }

  private Mention searchFullName(Mention mention) {
    if (mention.words() >= 2) {
      return longerName(mention); // "Baez Silva" is "Carlos Baez Silva"
    }
    // a knight or a dame is called by the given name: "Sir John" is "Sir John Bourn"
    boolean byGivenName =
        Lexicon.isCalledByGivenName(mention.title()) && givenNames.contains(mention.name());
    List<Mention> candidates =
        byGivenName
            ? fullNamesWithGivenName(mention.name())
            : fullNamesBySurname.getOrDefault(mention.name(), List.of());
    if (candidates.isEmpty()) {
      return null;
    }
    int before = countBefore(candidates, mention.position());
    return before > 0 ? candidates.get(before - 1) : candidates.get(0);
  }

  /** The full names the article uses that start with {@code givenName}, in article order. */
  private List<Mention> fullNamesWithGivenName(String givenName) {
    List<Mention> found = new ArrayList<>();
    for (List<Mention> candidates : fullNamesBySurname.values()) {
      for (Mention candidate : candidates) {
        if (candidate.firstWord().equals(givenName)) {
          found.add(candidate);
        }
      }
    }
    found.sort(Comparator.comparingLong(Mention::position));
    return found;
  }

  /**
   * The longest full name the article uses that ends with all the words of {@code mention}, else
   * the mention itself.
   */
  private Mention longerName(Mention mention) {
    Mention longest = mention;
    for (Mention candidate : fullNamesBySurname.getOrDefault(mention.lastWord(), List.of())) {
      boolean extendsName =
          candidate.words() > longest.words()
              && candidate.name().endsWith(" " + mention.name())
              && !Lexicon.PERSON_NOUNS.contains(candidate.firstWord().toLowerCase(Locale.ROOT));
      if (extendsName) {
        longest = candidate;
      }
    }
    return longest;
  }

  /**
   * How many of {@code mentions} (in article order) come before {@code position}: a binary search.
   */
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
}
