package dev.verbatim.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed classes of English words the attribution rules look at: pronouns, determiners,
 * prepositions, honorific titles, and the capitalised words that begin sentences but are not names.
 * They are general English, not drawn from any corpus.
 */
final class Lexicon {

  /** The pronouns resolved to a person named before them. */
  static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

  /** Personal pronouns that can open a sentence but name no one the rules resolve. */
  static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "you", "they");

  /** Pronoun-like words that can stand as a subject and name no one: "they said", "one said". */
  static final Set<String> OTHER_PRONOUNS =
      union(PERSONAL_PRONOUNS, Set.of("it", "who", "this", "that", "one"));

  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** "A spokesman", "an official": someone not named. */
  static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  /** Verbs whose object hears the words: "told Woman's Hour: “…”". */
  static final Set<String> TELL_VERBS = Set.of("tell", "tells", "told", "telling");

  static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("his", "her", "its", "their", "our", "my", "your");

  /** Words that open a noun phrase and so make the next word a noun: "a post", "her tweets". */
  static final Set<String> DETERMINERS =
      union(
          ARTICLES,
          POSSESSIVE_DETERMINERS,
          Set.of(
              "this", "that", "these", "those", "every", "each", "some", "any", "no", "another",
              "whose"));

  /**
   * Words that open a description of someone: "a senior adviser", "one user", "his spokesman",
   * "several aides".
   */
  static final Set<String> DESCRIPTION_OPENERS =
      union(
          ARTICLES,
          POSSESSIVE_DETERMINERS,
          Set.of("one", "two", "three", "several", "many", "some", "another", "other"));

  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");

  /** Words that join two verbs of one subject: "Lazar said … and added". */
  static final Set<String> COORDINATORS = Set.of("and", "but", "then");

  /** The forms of "ask": whom a person asks answers next. */
  static final Set<String> ASKING_VERBS = Set.of("ask", "asks", "asked", "asking");

  /**
   * Words that open an introductory phrase before a sentence's subject: "In response to …,
   * Clinton's aide said".
   */
  static final Set<String> INTRODUCERS =
      Set.of(
          "in",
          "on",
          "at",
          "after",
          "before",
          "during",
          "when",
          "while",
          "as",
          "since",
          "although",
          "though",
          "if",
          "because",
          "despite",
          "with",
          "without",
          "for",
          "from",
          "asked",
          "speaking",
          "responding",
          "earlier",
          "later");

  /**
   * Words before a verb that make it non-finite, so that its subject is the sentence's: "to say",
   * "by saying".
   */
  static final Set<String> NON_FINITE_MARKERS =
      Set.of("to", "of", "by", "for", "after", "before", "while", "without");

  /** Dashes as tokens: "“…” ― Sonya Herridge". */
  static final Set<String> DASHES = Set.of("―", "—", "–", "-");

  /**
   * Small words that stay lower case in Title Case: "Face the Nation", "Guardians of the Galaxy".
   */
  static final Set<String> TITLE_LOWER_CASE_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with",
          "by", "from", "as", "vs");

  /** Verbs whose object is the speaker: "the paper quoted him as saying", "cited her as saying". */
  static final Set<String> QUOTING_VERBS =
      Set.of("quoted", "quotes", "quoting", "cited", "cites", "citing");

  static final Set<String> PREPOSITIONS =
      Set.of(
          "to",
          "with",
          "from",
          "of",
          "by",
          "for",
          "against",
          "about",
          "at",
          "on",
          "in",
          "into",
          "onto",
          "over",
          "under",
          "than",
          "between",
          "among",
          "toward",
          "towards",
          "after",
          "before",
          "during",
          "like",
          "unlike",
          "via",
          "without",
          "within",
          "behind",
          "beside",
          "near",
          "upon",
          "despite",
          "including",
          "versus",
          "vs.",
          "through",
          "across",
          "around",
          "beyond",
          "per",
          "whom");

  /** First words of the names of places: "St Helens", "Mount Everest", "Port Talbot". */
  static final Set<String> PLACE_PREFIXES =
      Set.of(
          "st", "st.", "saint", "mt", "mt.", "mount", "ft", "ft.", "fort", "port", "lake", "cape");

  /** Words that open a coordination of names: "for both Farrell and Wigan". */
  static final Set<String> PAIRING_WORDS = Set.of("both", "either", "neither");

  /** Conjunctions that open a subordinate clause: "he tweeted when Clinton ended the debate". */
  static final Set<String> SUBORDINATORS =
      Set.of(
          "when",
          "while",
          "as",
          "after",
          "before",
          "because",
          "since",
          "although",
          "though",
          "if",
          "unless",
          "until",
          "whereas");

  static final Set<String> MODALS =
      Set.of("will", "would", "can", "could", "shall", "should", "may", "might", "must");

  /** Auxiliary and modal verbs: a clause has begun. */
  static final Set<String> AUXILIARIES =
      union(
          MODALS,
          Set.of(
              "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
              "did", "'s", "'re", "'ve"));

  /**
   * Words ending in -ly that are not adverbs, so neither end a subject phrase nor stand between a
   * subject and its verb: "the former monopoly said", "the elderly woman said", "a family friend
   * said".
   */
  static final Set<String> LY_NOUNS_AND_ADJECTIVES =
      Set.of(
          "family",
          "monopoly",
          "assembly",
          "supply",
          "rally",
          "anomaly",
          "bully",
          "belly",
          "folly",
          "homily",
          "melancholy",
          "elderly",
          "daily",
          "weekly",
          "monthly",
          "quarterly",
          "yearly",
          "friendly",
          "lonely",
          "costly",
          "deadly",
          "lovely",
          "burly",
          "jolly",
          "orderly",
          "scholarly",
          "stately",
          "timely",
          "unruly");

  /**
   * Words that may stand between a subject and its verb: "Smith has since said", "she later told".
   */
  static final Set<String> VERB_MODIFIERS =
      Set.of(
          "has",
          "have",
          "had",
          "was",
          "were",
          "is",
          "are",
          "would",
          "will",
          "could",
          "should",
          "may",
          "might",
          "can",
          "did",
          "does",
          "do",
          "also",
          "later",
          "then",
          "once",
          "again",
          "further",
          "simply",
          "just",
          "first",
          "finally",
          "often",
          "not",
          "never",
          "still",
          "already",
          "since",
          "earlier",
          "previously",
          "recently",
          "reportedly",
          "allegedly",
          "even",
          "herself",
          "himself",
          "themselves",
          "itself");

  /** Honorifics and offices that may precede a name; they mark the name as a person's. */
  static final Set<String> TITLES =
      Set.of(
          "mr.",
          "mrs.",
          "ms.",
          "mx.",
          "dr.",
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof.",
          "prof",
          "rev.",
          "rev",
          "sen.",
          "rep.",
          "gov.",
          "gen.",
          "lt.",
          "col.",
          "capt.",
          "sgt.",
          "adm.",
          "president",
          "senator",
          "representative",
          "governor",
          "congressman",
          "congresswoman",
          "secretary",
          "judge",
          "justice",
          "mayor",
          "sheriff",
          "general",
          "professor",
          "chancellor",
          "ambassador",
          "minister",
          "sir",
          "dame",
          "lord",
          "lady",
          "pope",
          "king",
          "queen",
          "prince",
          "princess",
          "chairman",
          "chairwoman",
          "commissioner",
          "director",
          "coach",
          "father",
          "sister",
          "pastor",
          "rabbi",
          "imam",
          "detective",
          "officer",
          "sergeant",
          "captain",
          "colonel",
          "lieutenant",
          "admiral",
          "speaker",
          "chief",
          "leader",
          "miss",
          "reverend",
          "baroness",
          "baron",
          "duke",
          "duchess",
          "earl",
          "countess",
          "lt",
          "col",
          "gen",
          "capt",
          "sgt",
          "maj",
          "cpl",
          "treasurer",
          "whip",
          "councillor",
          "alderman",
          "recorder");

  private static final Set<String> MALE_TITLES =
      Set.of(
          "mr.", "mr", "sir", "lord", "king", "prince", "father", "baron", "brother", "duke",
          "earl");
  private static final Set<String> FEMALE_TITLES =
      Set.of(
          "mrs.",
          "mrs",
          "ms.",
          "ms",
          "miss",
          "dame",
          "lady",
          "queen",
          "princess",
          "sister",
          "baroness",
          "duchess",
          "countess");

  /** Nouns that show a woman or a man: "a spokeswoman", "his daughter". */
  private static final Set<String> FEMALE_NOUNS =
      Set.of(
          "woman",
          "women",
          "spokeswoman",
          "chairwoman",
          "businesswoman",
          "congresswoman",
          "sportswoman",
          "actress",
          "mother",
          "daughter",
          "wife",
          "sister",
          "girl",
          "grandmother",
          "aunt",
          "niece",
          "widow",
          "girlfriend",
          "queen",
          "princess");

  private static final Set<String> MALE_NOUNS =
      Set.of(
          "man",
          "men",
          "spokesman",
          "chairman",
          "businessman",
          "congressman",
          "sportsman",
          "actor",
          "father",
          "son",
          "husband",
          "brother",
          "boy",
          "grandfather",
          "uncle",
          "nephew",
          "widower",
          "boyfriend",
          "king",
          "prince");

  /**
   * Common nouns for what people do, which open a description after a name: "…, president of …".
   */
  static final Set<String> ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "editor",
          "executive",
          "founder",
          "co-founder",
          "cofounder",
          "member",
          "head",
          "author",
          "analyst",
          "adviser",
          "advisor",
          "aide",
          "strategist",
          "economist",
          "expert",
          "lawyer",
          "attorney",
          "candidate",
          "leader",
          "manager",
          "official",
          "organizer",
          "partner",
          "researcher",
          "reporter",
          "correspondent",
          "columnist",
          "host",
          "owner",
          "resident",
          "student",
          "teacher",
          "voter",
          "supporter",
          "deputy",
          "senior",
          "vice",
          "former",
          "chairman",
          "chairwoman",
          "chair",
          "ceo",
          "co-director",
          "director",
          "president",
          "founding",
          "longtime",
          "veteran",
          "activist",
          "pollster",
          "lobbyist",
          "historian");

  /**
   * Nouns that name a person by what they do or who they are to someone: "Hearts manager John
   * Robertson", "Fletcher's daughter Jill", "the prop". General English, not drawn from any corpus.
   */
  static final Set<String> PERSON_NOUNS =
      union(
          FEMALE_NOUNS,
          MALE_NOUNS,
          Set.of(
              "spokesman",
              "spokeswoman",
              "editor",
              "executive",
              "co-founder",
              "cofounder",
              "member",
              "head",
              "author",
              "analyst",
              "advisor",
              "aide",
              "strategist",
              "economist",
              "expert",
              "lawyer",
              "attorney",
              "candidate",
              "leader",
              "official",
              "organizer",
              "researcher",
              "reporter",
              "correspondent",
              "columnist",
              "host",
              "resident",
              "student",
              "teacher",
              "supporter",
              "deputy",
              "chairman",
              "chairwoman",
              "chair",
              "ceo",
              "co-director",
              "president",
              "activist",
              "pollster",
              "lobbyist",
              "historian",
              "person",
              "people",
              "citizen",
              "voter",
              "fan",
              "fans",
              "viewer",
              "listener",
              "reader",
              "customer",
              "consumer",
              "worker",
              "employee",
              "employer",
              "boss",
              "chief",
              "secretary",
              "minister",
              "chancellor",
              "premier",
              "mayor",
              "governor",
              "senator",
              "congressman",
              "lawmaker",
              "legislator",
              "politician",
              "diplomat",
              "ambassador",
              "envoy",
              "judge",
              "magistrate",
              "prosecutor",
              "solicitor",
              "barrister",
              "detective",
              "officer",
              "inspector",
              "constable",
              "commander",
              "general",
              "soldier",
              "colonel",
              "captain",
              "skipper",
              "coach",
              "player",
              "striker",
              "midfielder",
              "defender",
              "goalkeeper",
              "keeper",
              "winger",
              "forward",
              "prop",
              "hooker",
              "lock",
              "flanker",
              "fly-half",
              "scrum-half",
              "centre",
              "full-back",
              "bowler",
              "batsman",
              "batter",
              "pitcher",
              "rider",
              "driver",
              "runner",
              "athlete",
              "sprinter",
              "hurdler",
              "swimmer",
              "boxer",
              "golfer",
              "cyclist",
              "champion",
              "seed",
              "rival",
              "opponent",
              "team-mate",
              "teammate",
              "referee",
              "umpire",
              "manager",
              "trainer",
              "owner",
              "singer",
              "songwriter",
              "musician",
              "guitarist",
              "drummer",
              "rapper",
              "star",
              "actor",
              "actress",
              "comedian",
              "presenter",
              "broadcaster",
              "journalist",
              "writer",
              "novelist",
              "poet",
              "director",
              "producer",
              "film-maker",
              "filmmaker",
              "artist",
              "designer",
              "photographer",
              "critic",
              "dj",
              "doctor",
              "surgeon",
              "nurse",
              "scientist",
              "professor",
              "lecturer",
              "academic",
              "engineer",
              "programmer",
              "developer",
              "entrepreneur",
              "businessman",
              "banker",
              "investor",
              "trader",
              "broker",
              "accountant",
              "consultant",
              "chemist",
              "psychologist",
              "psychiatrist",
              "priest",
              "vicar",
              "bishop",
              "archbishop",
              "rabbi",
              "imam",
              "pastor",
              "monk",
              "nun",
              "campaigner",
              "protester",
              "demonstrator",
              "victim",
              "witness",
              "survivor",
              "suspect",
              "defendant",
              "prisoner",
              "inmate",
              "patient",
              "pupil",
              "graduate",
              "child",
              "teenager",
              "youngster",
              "veteran",
              "pensioner",
              "landlord",
              "tenant",
              "farmer",
              "pilot",
              "passenger",
              "tourist",
              "visitor",
              "neighbour",
              "neighbor",
              "friend",
              "colleague",
              "parent",
              "grandparent",
              "cousin",
              "relative",
              "spouse",
              "partner",
              "fiancee",
              "fiance",
              "heir",
              "boyfriend",
              "girlfriend",
              "mp",
              "mep",
              "peer",
              "chairperson",
              "treasurer",
              "commissioner",
              "regulator",
              "watchdog",
              "administrator",
              "organiser",
              "promoter",
              "agent",
              "representative",
              "delegate",
              "negotiator",
              "mediator",
              "adviser",
              "spokesperson",
              "insider",
              "source",
              "observer",
              "commentator",
              "pundit",
              "blogger",
              "founder",
              "inventor",
              "pioneer",
              "proponent",
              "advocate",
              "whip",
              "councillor",
              "alderman",
              "backbencher",
              "goalscorer",
              "swede",
              "spaniard",
              "dane",
              "finn",
              "pole",
              "briton",
              "brit",
              "scot",
              "turk",
              "frenchman",
              "englishman",
              "welshman",
              "irishman",
              "scotsman",
              "dutchman",
              "assemblyman",
              "assemblywoman",
              "councilman",
              "councilwoman",
              "selectman",
              "radioman",
              "anchor",
              "anchorman",
              "newsman",
              "weatherman",
              "duo",
              "trio",
              "frontman",
              "frontwoman",
              "vocalist",
              "bassist",
              "bandmate"));

  /**
   * Nouns that end the names of organisations (and events), which speak but are not people:
   * "Blackpool Hotel Association".
   */
  static final Set<String> ORGANISATION_HEADS =
      Set.of(
          "street",
          "weekly",
          "daily",
          "gazette",
          "tribune",
          "association",
          "council",
          "party",
          "committee",
          "office",
          "department",
          "ministry",
          "treasury",
          "executive",
          "bank",
          "company",
          "corporation",
          "corp",
          "group",
          "agency",
          "union",
          "university",
          "college",
          "school",
          "commission",
          "institute",
          "institution",
          "foundation",
          "court",
          "federation",
          "confederation",
          "laboratories",
          "labs",
          "board",
          "authority",
          "service",
          "services",
          "trust",
          "society",
          "club",
          "league",
          "network",
          "channel",
          "station",
          "fund",
          "organisation",
          "organization",
          "administration",
          "assembly",
          "parliament",
          "senate",
          "government",
          "police",
          "army",
          "navy",
          "force",
          "forces",
          "team",
          "airline",
          "airlines",
          "airways",
          "motors",
          "industries",
          "holdings",
          "partners",
          "securities",
          "research",
          "media",
          "press",
          "times",
          "post",
          "news",
          "magazine",
          "journal",
          "review",
          "herald",
          "telegraph",
          "standard",
          "mail",
          "mirror",
          "express",
          "chronicle",
          "inquirer",
          "bulletin",
          "records",
          "music",
          "championships",
          "championship",
          "cup",
          "olympics",
          "tournament",
          "trophy",
          "pictures",
          "studios",
          "entertainment",
          "games",
          "systems",
          "technologies",
          "software",
          "electronics",
          "communications",
          "telecom",
          "international",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "plc",
          "llc",
          "co",
          "co.",
          "centre",
          "center",
          "hospital",
          "church",
          "campaign",
          "coalition",
          "alliance",
          "movement",
          "consortium",
          "exchange",
          "bureau",
          "directorate",
          "unit",
          "division",
          "secretariat",
          "chambers",
          "chamber",
          "congress",
          "cabinet",
          "commons",
          "lords",
          "tribunal",
          "inquiry",
          "panel",
          "watch",
          "index",
          "survey",
          "report",
          "study",
          "poll",
          "festival",
          "awards",
          "prize",
          "academy",
          "orchestra",
          "theatre",
          "theater",
          "museum",
          "gallery",
          "library",
          "stadium",
          "airport",
          "city",
          "america",
          "united",
          "county",
          "town",
          "rovers",
          "athletic",
          "wanderers");

  /**
   * Capitalised words that are not names when they open a sentence or follow a name's first word.
   */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "but",
          "nor",
          "so",
          "yet",
          "for",
          "if",
          "then",
          "than",
          "when",
          "while",
          "where",
          "why",
          "how",
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "that",
          "this",
          "these",
          "those",
          "there",
          "here",
          "it",
          "its",
          "i",
          "we",
          "you",
          "he",
          "she",
          "they",
          "his",
          "her",
          "their",
          "our",
          "my",
          "your",
          "me",
          "him",
          "them",
          "us",
          "as",
          "at",
          "by",
          "in",
          "on",
          "of",
          "to",
          "from",
          "with",
          "without",
          "after",
          "before",
          "since",
          "until",
          "because",
          "although",
          "though",
          "however",
          "meanwhile",
          "moreover",
          "furthermore",
          "still",
          "also",
          "even",
          "just",
          "only",
          "now",
          "later",
          "afterward",
          "afterwards",
          "earlier",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "sure",
          "yes",
          "no",
          "not",
          "all",
          "both",
          "each",
          "every",
          "many",
          "most",
          "much",
          "more",
          "some",
          "several",
          "few",
          "other",
          "another",
          "such",
          "one",
          "two",
          "three",
          "first",
          "second",
          "last",
          "next",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "can",
          "could",
          "should",
          "may",
          "might",
          "must",
          "let",
          "please",
          "thank",
          "thanks",
          "oh",
          "well",
          "instead",
          "indeed",
          "perhaps",
          "maybe",
          "again",
          "once",
          "like",
          "unlike",
          "despite",
          "during",
          "among",
          "about",
          "above",
          "below",
          "under",
          "over",
          "into",
          "through",
          "according",
          "whether",
          "either",
          "neither",
          "anyone",
          "everyone",
          "someone",
          "nobody",
          "nothing",
          "something",
          "everything",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "mr",
          "mrs",
          "ms",
          "former",
          "late",
          "retired",
          "acting",
          "incoming",
          "outgoing",
          "ex",
          "whatever",
          "whoever",
          "whichever",
          "whenever",
          "wherever");

  /** Lower-case particles inside names: Ludwig van Beethoven, Charles de Gaulle. */
  static final Set<String> NAME_PARTICLES =
      Set.of(
          "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin",
          "al", "ibn", "dos", "das");

  static final Set<String> NAME_SUFFIXES = Set.of("jr.", "sr.", "ii", "iii", "iv");

  /** Letters after a name for an office or an honour: "Guy Mansfield QC", "Sarah Teather MP". */
  static final Set<String> POST_NOMINALS =
      Set.of(
          "qc", "kc", "mp", "mep", "msp", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
          "jr", "sr");

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col",
          "capt", "sgt", "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd", "mt", "ft", "no",
          "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ala",
          "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
          "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
          "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

  private Lexicon() {}

  /**
   * Parties and movements named by a word that has no adjective ending: "Labour MP", "Tory leader".
   */
  private static final Set<String> PARTIES =
      Set.of(
          "labour", "tory", "tories", "green", "greens", "lib", "dem", "dems", "whig", "sinn",
          "fein", "ukip", "snp");

  /**
   * Endings of words for a party, a creed or a nation: Republican, Democrat, Conservative, Liberal,
   * Socialist, British.
   */
  private static final Pattern AFFILIATION_ENDING =
      Pattern.compile(".{2,}(ian|ean|can|crat|ive|al|ist|ish|ese|ic)");

  /**
   * Words that end like an affiliation but name an institution, a place or a publication: "the
   * Guardian said", "the Vatican said" are not a person described.
   */
  private static final Set<String> INSTITUTIONS_LIKE_AFFILIATIONS =
      Set.of(
          "guardian",
          "vatican",
          "economist",
          "atlantic",
          "pacific",
          "journal",
          "tribunal",
          "hospital",
          "capital",
          "republic",
          "clinic",
          "arsenal",
          "festival",
          "mail");

  /**
   * True for a capitalised word for a party, a creed or a nation, which describes a person before
   * the name.
   */
  static boolean isAffiliation(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return PARTIES.contains(key)
        || AFFILIATION_ENDING.matcher(key).matches()
            && !INSTITUTIONS_LIKE_AFFILIATIONS.contains(key);
  }

  /** What someone speaks or writes through, so that "Marca's headline says" is Marca speaking. */
  static final Set<String> MEDIA =
      Set.of(
          "headline",
          "statement",
          "report",
          "website",
          "site",
          "blog",
          "column",
          "editorial",
          "letter",
          "book",
          "memoir",
          "memoirs",
          "speech",
          "article",
          "account",
          "tweet",
          "post",
          "message",
          "note",
          "email",
          "e-mail",
          "manifesto",
          "leaflet",
          "advert",
          "ad",
          "programme",
          "broadcast",
          "podcast",
          "interview",
          "diary",
          "autobiography");

  /**
   * Words that make an office another one: "Deputy Prime Minister John Prescott" is not "the prime
   * minister".
   */
  static final Set<String> RANKS =
      Set.of("deputy", "vice", "shadow", "acting", "interim", "assistant", "junior");

  /**
   * Nouns for people who are usually left unnamed: "the spokesman" means a spokesman named before,
   * or no one.
   */
  static final Set<String> ANONYMOUS_ROLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "source",
          "insider",
          "aide",
          "adviser",
          "advisor",
          "representative",
          "lawyer",
          "attorney",
          "witness",
          "resident",
          "judge",
          "victim",
          "user",
          "viewer",
          "voter",
          "fan");

  /** True for an age used as a noun: "the 34-year-old". */
  static boolean isAge(String key) {
    return key.endsWith("-year-old") && !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** A word for a job or an office: "treasurer", "whip", "secretary". */
  static boolean isOffice(String key) {
    return PERSON_NOUNS.contains(key) || TITLES.contains(key);
  }

  /**
   * Agent nouns (-er, -or, -ist, -ant, -ent) and plurals, which are not given names: "Councillor",
   * "Recorder", "Americans".
   */
  static final Pattern AGENT_OR_PLURAL = Pattern.compile(".{3,}(er|or|ist|ant|ent|s)");

  private static final Set<String> FUNCTION_WORDS =
      union(
          DETERMINERS,
          OTHER_PRONOUNS,
          SUBJECT_PRONOUNS,
          PREPOSITIONS,
          AUXILIARIES,
          VERB_MODIFIERS,
          COORDINATORS,
          RELATIVE_PRONOUNS,
          SUBORDINATORS,
          Set.of("or", "nor", "why", "how"));

  /**
   * Common irregular past tenses: "Tommy Haas overcame eighth seed Max Mirnyi", "Tom Lee met Ms
   * Blears".
   */
  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "met",
          "beat",
          "won",
          "took",
          "became",
          "chose",
          "overcame",
          "overtook",
          "gave",
          "made",
          "led",
          "left",
          "came",
          "saw",
          "got",
          "held",
          "upheld",
          "brought",
          "sent",
          "kept",
          "lost",
          "paid",
          "ran",
          "struck",
          "went",
          "knew",
          "found",
          "spent",
          "began",
          "drew",
          "fought",
          "caught",
          "sold",
          "bought",
          "threw",
          "broke",
          "fell",
          "felt",
          "forgave",
          "meant",
          "rose",
          "sank",
          "shook",
          "sought",
          "stole",
          "swore",
          "taught",
          "understood",
          "withdrew");

  /**
   * Capitalised plurals for groups of people, which speak but are no one person: "African
   * Americans", "House Republicans".
   */
  private static final Set<String> GROUPS =
      Set.of(
          "americans",
          "africans",
          "asians",
          "europeans",
          "latinos",
          "hispanics",
          "muslims",
          "christians",
          "jews",
          "catholics",
          "protestants",
          "evangelicals",
          "democrats",
          "republicans",
          "conservatives",
          "liberals",
          "socialists",
          "tories",
          "britons",
          "independents");

  /**
   * The organisation heads and groups capitalised, as names write them: "Association", "Democrats".
   */
  private static final Set<String> CAPITALISED_ORGANISATION_HEADS =
      Set.copyOf(
          union(ORGANISATION_HEADS, GROUPS).stream()
              .map(head -> Character.toUpperCase(head.charAt(0)) + head.substring(1))
              .toList());

  /**
   * True for a word that ends the name of an organisation or a group, capitalised or not:
   * "Association", "department", "Democrats".
   */
  static boolean isOrganisationHead(String word) {
    return CAPITALISED_ORGANISATION_HEADS.contains(word)
        || ORGANISATION_HEADS.contains(word)
        || GROUPS.contains(word);
  }

  /**
   * True for a word no noun phrase of names runs through: a word of a closed class (determiner,
   * pronoun, preposition, auxiliary, conjunction, …) or a verb in the past tense ("Evans sued Mr
   * Mann", "Paul McCartney wowed fans").
   */
  static boolean endsNounPhrase(String key) {
    return isFunctionWord(key) || isPastTense(key);
  }

  /**
   * True for a word of a closed class: determiner, pronoun, preposition, auxiliary, conjunction, ….
   */
  static boolean isFunctionWord(String key) {
    return FUNCTION_WORDS.contains(key);
  }

  /** True for an auxiliary or a verb in the past tense: a clause has begun. */
  static boolean isVerb(String key) {
    return AUXILIARIES.contains(key) || isPastTense(key);
  }

  static boolean isPastTense(String key) {
    return IRREGULAR_PAST.contains(key)
        || key.length() >= 4
            && key.endsWith("ed")
            && key.indexOf('-') < 0
            && !PERSON_NOUNS.contains(key);
  }

  /**
   * Honours that are part of how a person is named, kept in the full name: "Sir John Bourn", "Lord
   * Goldsmith".
   */
  private static final Set<String> NAME_FORMING_TITLES =
      Set.of("sir", "dame", "lord", "lady", "baroness", "baron");

  static boolean isNameFormingTitle(String title) {
    return NAME_FORMING_TITLES.contains(title.toLowerCase(Locale.ROOT));
  }

  /**
   * True for "Sir" and "Dame", after which a person is called by the given name: "Sir John said".
   */
  static boolean isCalledByGivenName(String title) {
    String key = title.toLowerCase(Locale.ROOT);
    return key.equals("sir") || key.equals("dame");
  }

  /**
   * The gender a title shows: {@code Mrs} a woman, {@code Sir} a man; unknown for an office ({@code
   * President}).
   */
  static Gender genderOfTitle(String title) {
    String key = title.toLowerCase(Locale.ROOT);
    return MALE_TITLES.contains(key)
        ? Gender.MALE
        : FEMALE_TITLES.contains(key) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /**
   * The gender a description shows by its nouns ("a Juventus spokeswoman"), unknown when none or
   * both.
   */
  static Gender genderOfWords(String description) {
    Gender gender = Gender.UNKNOWN;
    int start = 0;
    for (int i = 0; i <= description.length(); i++) {
      if (i < description.length() && Character.isLetter(description.charAt(i))) {
        continue;
      }
      if (i > start) {
        String word = description.substring(start, i).toLowerCase(Locale.ROOT);
        Gender shown =
            FEMALE_NOUNS.contains(word)
                ? Gender.FEMALE
                : MALE_NOUNS.contains(word) ? Gender.MALE : Gender.UNKNOWN;
        if (shown != Gender.UNKNOWN && gender != Gender.UNKNOWN && shown != gender) {
          return Gender.UNKNOWN;
        }
        gender = shown == Gender.UNKNOWN ? gender : shown;
      }
      start = i + 1;
    }
    return gender;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** True for an abbreviation other than an initial: "Dec.", "Calif.", "Inc." are not names. */
  static boolean isAbbreviation(String word) {
    return word.length() > 2
        && word.endsWith(".")
        && ABBREVIATIONS.contains(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * True when a word followed by a period keeps it: an abbreviation, an initial, or {@code U.S}.
   */
  static boolean keepsPeriod(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || word.indexOf('.') > 0
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True for a word of two or more characters, opening with a letter, with no lower-case one:
   * "NATO", "AFI".
   */
  static boolean isAcronym(String word) {
    if (word.length() < 2 || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The word without a final {@code 's} or {@code ’s}; the same instance when it has none. */
  static String stripPossessive(String word) {
    if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
