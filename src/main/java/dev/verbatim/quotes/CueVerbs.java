package dev.verbatim.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reporting verbs that introduce or close a quotation (said, told, wrote, claimed, …), in every
 * inflection, and the phrasal ones that need a particle ({@code pointed out}, {@code shot back},
 * {@code according to}).
 */
final class CueVerbs {

  private static final List<String> REGULAR =
      List.of(
          "acknowledge",
          "add",
          "advise",
          "agree",
          "bark",
          "allege",
          "announce",
          "answer",
          "argue",
          "ask",
          "assert",
          "assure",
          "blast",
          "boast",
          "brag",
          "caution",
          "chant",
          "charge",
          "chide",
          "claim",
          "comment",
          "complain",
          "concede",
          "conclude",
          "concur",
          "confirm",
          "contend",
          "continue",
          "counter",
          "cry",
          "declare",
          "demand",
          "deny",
          "echo",
          "emphasize",
          "emphasise",
          "exclaim",
          "exhort",
          "explain",
          "fume",
          "gush",
          "insist",
          "interject",
          "joke",
          "lament",
          "maintain",
          "marvel",
          "mock",
          "muse",
          "note",
          "object",
          "observe",
          "opine",
          "plead",
          "pledge",
          "post",
          "predict",
          "proclaim",
          "promise",
          "protest",
          "quip",
          "reason",
          "recall",
          "recount",
          "reflect",
          "reiterate",
          "remark",
          "remember",
          "reply",
          "report",
          "respond",
          "retaliate",
          "retort",
          "reveal",
          "scoff",
          "scold",
          "scream",
          "shout",
          "sigh",
          "slam",
          "sneer",
          "speculate",
          "state",
          "stress",
          "suggest",
          "taunt",
          "testify",
          "text",
          "thunder",
          "tout",
          "tweet",
          "urge",
          "vow",
          "warn",
          "whisper",
          "wonder",
          "yell");
  private static final List<List<String>> IRREGULAR =
      List.of(
          List.of("say", "says", "said", "saying"),
          List.of("tell", "tells", "told", "telling"),
          List.of("write", "writes", "wrote", "written", "writing"),
          List.of("swear", "swears", "swore", "sworn", "swearing"),
          List.of("quip", "quips", "quipped", "quipping"),
          List.of("admit", "admits", "admitted", "admitting"),
          List.of("sing", "sings", "sang", "sung", "singing"),
          List.of("pressed")); // only the past: "Hannity pressed", never "press secretary"

  /**
   * Verbs that name rather than report: what they introduce is often a phrase of someone's words
   * ("called it ''total political crap''"), never a word on its own ("a class called
   * “Perception”").
   */
  private static final List<String> NAMING =
      List.of("call", "describe", "dub", "label", "brand", "liken");

  /**
   * Verbs that are far more often nouns in their base and -s forms ("a Facebook post", "a heavily
   * Democratic state"): only their -ed and -ing forms are cues.
   */
  private static final List<String> NOUN_LIKE =
      List.of(
          "state", "post", "text", "tweet", "comment", "answer", "counter", "demand", "charge",
          "object", "promise");

  /** Every form, mapped to the particle it needs ("" for none). */
  private final Map<String, String> particles = new HashMap<>();

  private final Set<String> naming = new HashSet<>();

  CueVerbs() {
    REGULAR.forEach(lemma -> inflect(lemma).forEach(form -> particles.put(form, "")));
    NOUN_LIKE.forEach(lemma -> inflect(lemma).subList(0, 2).forEach(particles::remove));
    IRREGULAR.forEach(forms -> forms.forEach(form -> particles.put(form, "")));
    NAMING.forEach(
        lemma ->
            inflect(lemma)
                .forEach(
                    form -> {
                      particles.put(form, "");
                      naming.add(form);
                    }));
    inflect("point").forEach(form -> particles.put(form, "out"));
    List.of("go", "goes", "went", "going").forEach(form -> particles.put(form, "on"));
    // "fired back", "shot back", "hit back": replies; "chimed in", "weighed in": remarks
    List.of("fire", "push")
        .forEach(verb -> inflect(verb).forEach(form -> particles.put(form, "back")));
    List.of("shoot", "shoots", "shot", "shooting", "hit", "hits", "hitting")
        .forEach(form -> particles.put(form, "back"));
    List.of("chime", "weigh")
        .forEach(verb -> inflect(verb).forEach(form -> particles.put(form, "in")));
    particles.put("according", "to");
    List.of("put", "puts", "putting")
        .forEach(form -> particles.put(form, "it")); // "as Steven Rosenthal put it, ''…''"
  }

  /**
   * The number of tokens of the cue that starts at {@code i} (1, or 2 with a particle), or 0 for
   * none.
   */
  int length(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String particle = token.isWord() ? particles.get(token.lowerCase()) : null;
    if (particle == null) {
      return 0;
    }
    if (particle.isEmpty()) {
      return 1;
    }
    return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase(particle) ? 2 : 0;
  }

  /**
   * True for a naming verb (called, described, likened), never right beside a quotation of its own.
   */
  boolean isNaming(Token verb) {
    return naming.contains(verb.lowerCase());
  }

  /** True for a participle (asserting, adding), whose subject is the sentence's subject. */
  static boolean isParticiple(Token verb) {
    return verb.lowerCase().endsWith("ing") && !isAccordingTo(verb);
  }

  /** True for "according (to)", whose speaker follows it. */
  static boolean isAccordingTo(Token verb) {
    return verb.text().equalsIgnoreCase("according");
  }

  private static List<String> inflect(String lemma) {
    char last = lemma.charAt(lemma.length() - 1);
    boolean consonantY = last == 'y' && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    String stem = consonantY ? lemma.substring(0, lemma.length() - 1) : lemma;
    String third =
        consonantY ? stem + "ies" : lemma.matches(".*(s|sh|ch|x|o)$") ? lemma + "es" : lemma + "s";
    String past = consonantY ? stem + "ied" : last == 'e' ? lemma + "d" : lemma + "ed";
    String participle =
        last == 'e' && !lemma.endsWith("ee")
            ? stem.substring(0, stem.length() - 1) + "ing"
            : lemma + "ing";
    return List.of(lemma, third, past, participle);
  }
}
