package dev.verbatim.quotes;

import java.util.List;

/**
 * Reads stretches of tokens around a cue: sentence starts, modifiers, asides and appositives that
 * may stand between a name and its verb.
 */
final class Clauses {

  private Clauses() {}

  /**
   * "a …", "who …", "president of …", "playing …", "49": what opens a description of the name
   * before it.
   */
  static boolean opensAppositive(Token token) {
    String key = token.key();
    boolean lowerCase = !token.capitalised(); // "president of …" describes; "Mr. Frum" names
    boolean opener =
        Lexicon.DESCRIPTION_OPENERS.contains(key)
            || Lexicon.RELATIVE_PRONOUNS.contains(key) && !key.equals("that");
    return opener
        || lowerCase
            && (Lexicon.ROLES.contains(key) || Lexicon.TITLES.contains(key) || key.endsWith("ing"))
        || !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** How many lower-case words may stand before the role an appositive opens with. */
  private static final int ROLE_MODIFIERS = 2;

  /**
   * As {@link #opensAppositive(Token)} for token {@code i}, or lower-case words before a role:
   * "technology analyst at RBC Capital Markets", "senior vice president".
   */
  static boolean opensAppositive(List<Token> tokens, int i) {
    if (opensAppositive(tokens.get(i))) {
      return true;
    }
    for (int j = i; j < tokens.size() && j <= i + ROLE_MODIFIERS; j++) {
      Token word = tokens.get(j);
      if (!word.isWord() || word.capitalised() || Lexicon.isFunctionWord(word.key())) {
        return false;
      }
      if (Lexicon.ROLES.contains(word.key())) {
        return j > i;
      }
    }
    return false;
  }

  /** True when token {@code i} can end a name: "Colin Asplin," but not "Later,". */
  private static boolean endsName(List<Token> tokens, int i) {
    return i >= 0
        && tokens.get(i).capitalised()
        && !Lexicon.NOT_NAMES.contains(tokens.get(i).key());
  }

  /**
   * A word that can open a noun phrase describing someone: "a Lufthansa spokesman", "PTC
   * president", "Labour's strategist".
   */
  private static boolean opensDescription(Token token) {
    return opensAppositive(token)
        || token.capitalised() && !Lexicon.NOT_NAMES.contains(token.key());
  }

  /** He, she, I, we, they, you: a pronoun that can be a sentence's subject. */
  static boolean isSubjectPronoun(Token token) {
    String key = token.key();
    return Lexicon.SUBJECT_PRONOUNS.contains(key) || Lexicon.PERSONAL_PRONOUNS.contains(key);
  }

  /**
   * The first token of the sentence containing token {@code from}, not reaching back past a
   * quotation.
   */
  static int sentenceStart(List<Token> tokens, int from) {
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

  static boolean endsClause(Token token) {
    return !token.isOutsideQuotes()
        || token.kind() == Token.Kind.URL
        || token.is(".")
        || token.is("!")
        || token.is("?")
        || token.is(";");
  }

  static boolean onlyModifiers(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isGlue(tokens.get(i)) && !isModifier(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Modifiers, a short prepositional phrase, an aside in parentheses or up to three comma-delimited
   * appositives, then modifiers: "Smith, a spokesman, later said", "Mr. Morgan of the Sierra Club
   * said".
   */
  static boolean onlyModifiersOrAppositive(List<Token> tokens, int from, int to) {
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
    for (int appositives = 0;
        appositives < MAX_APPOSITIVES && i < to && tokens.get(i).is(",");
        appositives++) {
      int close = i + 1;
      while (close < to && !tokens.get(close).is(",")) {
        close++;
      }
      if (close == to) {
        return isUnclosedAppositive(tokens, i + 1, to);
      }
      if (onlyModifiers(tokens, close + 1, to)) {
        return true;
      }
      // the next appositive: "Richard Doherty, from Panasonic's labs, one of the pioneers of
      // Blu-ray, told"
      i = close;
    }
    return onlyModifiers(tokens, i, to);
  }

  /** How many comma-delimited appositives may stand between a name and its cue. */
  private static final int MAX_APPOSITIVES = 3;

  /**
   * How many words an appositive left without its closing comma may have: "Brent Bozell, PTC
   * president and conservative activist said".
   */
  private static final int UNCLOSED_APPOSITIVE_WORDS = 8;

  /**
   * True when the words from {@code from} up to the cue at {@code to} describe the name before them
   * though no comma closes them, as many newsrooms print it: "Colin Asplin, Blackpool Hotel
   * Association said", "Michael Lamberty, a Lufthansa spokesman told the BBC". A verb, a pronoun or
   * a relative clause among them makes them a clause of their own.
   */
  static boolean isUnclosedAppositive(List<Token> tokens, int from, int to) {
    if (to - from > UNCLOSED_APPOSITIVE_WORDS
        || from >= to
        || !opensDescription(tokens.get(from))
        || !endsName(tokens, from - 2)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      String key = token.key();
      boolean nounPhrase =
          token.isWord()
              && token.isOutsideQuotes()
              && !Lexicon.AUXILIARIES.contains(key)
              && !Lexicon.RELATIVE_PRONOUNS.contains(key)
              && !isSubjectPronoun(token)
              && !Lexicon.SUBORDINATORS.contains(key);
      if (!nounPhrase && !token.is("&")) {
        return false;
      }
    }
    return true;
  }

  /** How far back the dash that opens an aside closed by a dash is looked for. */
  private static final int DASH_ASIDE_REACH = 40;

  /**
   * The token after the comma that closes an introductory phrase opening the sentence at {@code
   * sentence} ("In response to Trump’s proposal, Clinton’s aide rallied"), looked for before {@code
   * before}; {@code sentence} itself when the sentence does not open with one.
   */
  static int afterIntroduction(List<Token> tokens, int sentence, int before) {
    if (sentence >= before || !Lexicon.INTRODUCERS.contains(tokens.get(sentence).key())) {
      return sentence;
    }
    int comma = sentence;
    while (comma < before && !tokens.get(comma).is(",")) {
      comma++;
    }
    return comma < before ? comma + 1 : sentence;
  }

  /**
   * Steps back over modifiers and asides in parentheses or between dashes: "Rubio (R-Fla.) has
   * since said", "John Dickey, the chief executive of Ora Media -- the company that owns the show
   * -- told".
   */
  static int skipBackward(List<Token> tokens, int i, int floor) {
    while (i >= floor) {
      Token token = tokens.get(i);
      if (isModifier(token)) {
        i--;
      } else if (token.is(")") || isDash(token)) {
        int close = i;
        while (!token.is(")") && close - 1 >= floor && isDash(tokens.get(close - 1))) {
          close--; // "--" is two tokens
        }
        int open = close - 1;
        while (open > floor
            && open > i - DASH_ASIDE_REACH
            && !(token.is(")") ? tokens.get(open).is("(") : isDash(tokens.get(open)))) {
          open--;
        }
        boolean opened =
            open >= floor && (token.is(")") ? tokens.get(open).is("(") : isDash(tokens.get(open)));
        if (!opened) {
          return i;
        }
        i = open - 1;
        while (i >= floor && isDash(tokens.get(i))) {
          i--; // "--" is two tokens
        }
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isDash(Token token) {
    return token.is("—") || token.is("–") || token.is("-");
  }

  /**
   * Auxiliaries and adverbs: "has since", "later", "reportedly" (not a name: "Carly", "Theresa
   * May").
   */
  static boolean isModifier(Token token) {
    String key = token.key();
    boolean name =
        token.capitalised()
            && !token.sentenceStart(); // "Theresa May", "Carly": names, not "may" or an adverb
    return token.isWord()
        && !name
        && (Lexicon.VERB_MODIFIERS.contains(key)
            || key.endsWith("ly")
                && key.length() > 4
                && !Lexicon.LY_NOUNS_AND_ADJECTIVES.contains(key));
  }

  static boolean isGlue(Token token) {
    return token.is(",") || token.is(":") || token.is("—") || token.is("–");
  }

  static String text(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      boolean spaced =
          i > from && tokens.get(i).start() > tokens.get(i - 1).end(); // "James' wife", "(AFI)"
      text.append(spaced ? " " : "").append(tokens.get(i).text());
    }
    return text.toString();
  }
}
