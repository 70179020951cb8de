package dev.verbatim.quotes;

import dev.verbatim.corpus.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of an article and attributes each to a speaker.
 *
 * <p>A quoted stretch counts as a quotation when a cue is beside it ({@code “No,” he said}), when a
 * cue in its sentence introduces three words or more ({@code posting that he had it “on good
 * authority”}), when it carries on the quotation just before it (same speaker), or when it is long
 * or sentence-like enough to be speech on its own. A short quoted term with no cue ({@code the AI
 * “Stargate” initiative}) is not a quotation. Unknown speakers are empty, never guessed.
 */
public final class QuoteFinder {

  /** Changes whenever the rules change, so that an index built by older rules is rebuilt. */
  public static final String RULES_VERSION = "2";

  /** A quotation with no cue must have this many words, or four and read like a sentence. */
  private static final int UNATTRIBUTED_MIN_WORDS = 8;
  private static final Pattern SPEAKER_LABEL = Pattern.compile("([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}): ");
  /** Small words that stay lower case in Title Case: "Face the Nation", "Guardians of the Galaxy". */
  private static final Set<String> TITLE_LOWER_CASE_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs");
  /** Title Case quotations up to this long are taken for titles of works. */
  private static final int TITLE_MAX_WORDS = 8;
  /** How many tokens may stand between two quotations for the second to continue the first. */
  private static final int CONTINUATION_GAP = 40;

  private final CueVerbs cues = new CueVerbs();

  /**
   * The quotations in {@code article}, in text order, with offsets into their paragraphs; a
   * quotation in the headline has paragraph {@link Quote#HEADLINE}.
   */
  public List<Quote> find(Article article) {
    List<ScannedParagraph> paragraphs = new ArrayList<>();
    paragraphs.add(ScannedParagraph.scan(0, article.title(), false));
    boolean open = false;
    for (String text : article.paragraphs()) {
      ScannedParagraph paragraph = ScannedParagraph.scan(paragraphs.size(), text, open);
      paragraphs.add(paragraph);
      open = paragraph.endsOpen();
    }
    Mentions mentions = new Mentions(paragraphs.stream().map(ScannedParagraph::tokens).toList(), cues);
    Attributor attributor = new Attributor(cues, mentions);

    List<Found> found = new ArrayList<>();
    for (ScannedParagraph paragraph : paragraphs) {
      for (int k = 0; k < paragraph.spans().size(); k++) {
        Attribution attribution = speakerLabel(paragraph.quotedText(k), mentions);
        if (!attribution.found()) {
          attribution = attributor.attribute(paragraph, k);
        }
        if (!attribution.found() && opensParagraph(paragraph, k) && paragraph.index() > 1) {
          ScannedParagraph previousParagraph = paragraphs.get(paragraph.index() - 1);
          attribution = attributor.colonAtEnd(previousParagraph);
          if (!attribution.found()) {
            attribution = attributor.cueSentenceBefore(previousParagraph, previousParagraph.tokens().size());
          }
        } else if (!attribution.found()) {
          attribution = attributor.cueSentenceBefore(paragraph, attributor.sentenceOf(paragraph, k));
        }
        Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
        boolean continues = paragraph.spans().get(k).continues();
        if (!attribution.found() && previous != null && (continues || follows(previous, paragraph, k, mentions))) {
          attribution = previous.attribution().continued();
        }
        if (continues || isQuotation(paragraph.quotedText(k), attribution, paragraph.index() == 0)) {
          int chain = continues && previous != null ? previous.chain() : found.size();
          found.add(new Found(paragraph, k, attribution, chain));
        }
      }
    }
    return toQuotes(found);
  }

  private static boolean isQuotation(String text, Attribution attribution, boolean headline) {
    int words = countWords(text);
    if (!hasLowerCaseLetter(text) || !headline && isTitleOfAWork(text, words, attribution)) {
      return false;
    }
    if (headline && attribution.strength() == Attribution.Strength.NONE) {
      // a headline quotes words without a cue: Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’
      return words >= 2 && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
    return switch (attribution.strength()) {
      case ADJACENT -> words >= 1;
      case CUE, CONTINUED -> words >= 3;
      case NONE -> words >= UNATTRIBUTED_MIN_WORDS || words >= 4 && readsLikeSentence(text);
    };
  }

  /**
   * True when quotation {@code k} comes right after {@code previous}, in the same paragraph or opening
   * the next one, and no other person speaks or opens a sentence between them: “…,” he wrote. “…”
   */
  private boolean follows(Found previous, ScannedParagraph paragraph, int k, Mentions mentions) {
    String speaker = previous.attribution().speaker();
    if (!previous.attribution().found()) {
      return false; // nothing to carry on: "“…,” the president added. “We're America.”" carries the cue
    }
    ScannedParagraph before = previous.paragraph();
    int gapFrom;
    int gapTo;
    if (before == paragraph) {
      gapFrom = paragraph.closes()[previous.span()] + 1;
      gapTo = paragraph.opens()[k];
      if (gapFrom <= 0) {
        return false;
      }
    } else {
      boolean lastOfPrevious = before.index() == paragraph.index() - 1 && previous.span() == before.spans().size() - 1;
      if (!opensParagraph(paragraph, k) || !lastOfPrevious || !before.spans().get(previous.span()).closed()) {
        return false;
      }
      gapFrom = before.closes()[previous.span()] + 1;
      gapTo = before.tokens().size();
    }
    if (gapTo - gapFrom > CONTINUATION_GAP) {
      return false;
    }
    List<Token> tokens = before.tokens();
    boolean sentenceSubjectPending = false;
    for (int i = gapFrom; i < gapTo; i++) {
      sentenceSubjectPending |= i > gapFrom && tokens.get(i).sentenceStart();
      Mention mention = mentions.at(before.index(), i);
      if (mention == null || mention.first() != i || mention.pronoun()) {
        continue;
      }
      boolean speaks = sentenceSubjectPending || mention.end() < tokens.size() && cues.length(tokens, mention.end()) > 0;
      sentenceSubjectPending = false;
      boolean someoneElse = !mention.possessive() && !mention.afterPreposition() && !mention.afterArticle()
          && mentions.isPerson(mention) && !mentions.speaker(mention).equals(speaker);
      if (speaks && someoneElse) {
        return false; // "“…,” Smith said. Jones disagreed. “…”": the second is not Smith's
      }
    }
    return true;
  }

  /** A transcript line names its speaker first, whatever surrounds it: "PENCE: Well, look, …". */
  private static Attribution speakerLabel(String text, Mentions mentions) {
    Matcher label = SPEAKER_LABEL.matcher(text);
    if (!label.lookingAt()) {
      return Attribution.NONE;
    }
    return new Attribution(mentions.resolveSurname(titleCase(label.group(1))), "", Attribution.Strength.ADJACENT);
  }

  private static String titleCase(String upperCase) {
    StringBuilder words = new StringBuilder();
    for (String word : upperCase.split(" ")) {
      words.append(words.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return words.toString();
  }

  private static boolean opensParagraph(ScannedParagraph paragraph, int k) {
    return k == 0 && paragraph.opens()[0] == 0;
  }

  /** Builds the quotes; a quotation over several paragraphs takes its speaker from any segment that has one. */
  private static List<Quote> toQuotes(List<Found> found) {
    Map<Integer, Attribution> chainSpeakers = new HashMap<>();
    for (Found item : found) {
      if (!item.attribution().speaker().isEmpty()) {
        chainSpeakers.putIfAbsent(item.chain(), item.attribution());
      }
    }
    List<Quote> quotes = new ArrayList<>(found.size());
    for (Found item : found) {
      Attribution attribution = item.attribution().speaker().isEmpty()
          ? chainSpeakers.getOrDefault(item.chain(), item.attribution())
          : item.attribution();
      QuoteSpan span = item.paragraph().spans().get(item.span());
      String text = item.paragraph().text();
      int end = span.end();
      while (end > span.start() && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
        end--; // the comma before "he said" belongs to the sentence, not to the quotation
      }
      quotes.add(new Quote(
          item.paragraph().index() - 1, span.start(), end, text.substring(span.start(), end), attribution.speaker(), attribution.cue()));
    }
    return quotes;
  }

  /** Markup and numbers ("1474387200", "(CROSSTALK.)") are not speech. */
  private static boolean hasLowerCaseLetter(String text) {
    return text.codePoints().anyMatch(Character::isLowerCase);
  }

  /**
   * Short Title Case text is a title ("Make Your Kid a Millionaire", “Face the Nation”) unless a cue
   * stands right beside it with speech punctuation ("“Thank You,” she said").
   */
  private static boolean isTitleOfAWork(String text, int words, Attribution attribution) {
    if (words > TITLE_MAX_WORDS || attribution.strength() == Attribution.Strength.ADJACENT && text.matches(".*[,?!]$")) {
      return false;
    }
    int capitalised = 0;
    for (String word : text.split("[^\\p{L}'’-]+")) {
      if (word.isEmpty() || TITLE_LOWER_CASE_WORDS.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }

  private static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * Starts with a capital letter and ends a sentence. A comma does not count: an unattributed
   * “The Art of the Deal,” is a title far more often than speech.
   */
  private static boolean readsLikeSentence(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && ".!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private record Found(ScannedParagraph paragraph, int span, Attribution attribution, int chain) {}
}
