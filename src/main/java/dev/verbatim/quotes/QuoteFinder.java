package dev.verbatim.quotes;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.AttributionSteps.Attributed;
import dev.verbatim.quotes.AttributionSteps.Quotation;
import java.util.ArrayList;
import java.util.List;

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
  public static final String RULES_VERSION = "22";

  /** A quotation with no cue must have this many words, or four and read like a sentence. */
  private static final int UNATTRIBUTED_MIN_WORDS = 8;

  /** Title Case quotations up to this long are taken for titles of works. */
  private static final int TITLE_MAX_WORDS = 8;

  private final CueVerbs cues = new CueVerbs();
  private final GivenNames givenNames = GivenNames.load();

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
    if (paragraphs.stream().allMatch(paragraph -> paragraph.spans().isEmpty())) {
      return List.of(); // no quotation marks: nothing to attribute, and no names to read
    }
    Mentions mentions = new Mentions(paragraphs, cues, givenNames);
    Speakers speakers = new Speakers(paragraphs, mentions, cues);
    AttributionSteps steps = new AttributionSteps(cues, mentions, speakers);

    List<Attributed> found = new ArrayList<>();
    for (ScannedParagraph paragraph : paragraphs) {
      ScannedParagraph previousParagraph =
          paragraph.index() == 0 ? null : paragraphs.get(paragraph.index() - 1);
      for (int k = 0; k < paragraph.spans().size(); k++) {
        Attributed previous = found.isEmpty() ? null : found.get(found.size() - 1);
        Quotation quotation = new Quotation(paragraph, k, previousParagraph, previous);
        Attribution attribution = steps.attribute(quotation);
        boolean continues = quotation.continuesOpenQuotation();
        if (continues
            || !paragraph.isNickname(k)
                && isQuotation(paragraph.quotedText(k), attribution, paragraph.index() == 0)) {
          int chain = continues && previous != null ? previous.chain() : found.size();
          found.add(new Attributed(paragraph, k, attribution, chain));
          speakers.quoted(paragraph.index(), paragraph.opens()[k], attribution.speaker());
        }
      }
    }
    return toQuotes(found, AttributionSteps.shareAcrossParts(found), mentions);
  }

  private static boolean isQuotation(String text, Attribution attribution, boolean headline) {
    int words = countWords(text);
    if (!hasLowerCaseLetter(text) || !headline && isTitleOfAWork(text, words, attribution)) {
      return false;
    }
    if (headline && attribution.strength() == Attribution.Strength.NONE) {
      // a headline quotes words without a cue: Warren Hammers Wells Fargo CEO: ‘You Should Be
      // Investigated.’
      return words >= 2 && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
    return switch (attribution.strength()) {
      case ADJACENT -> words >= 1;
      case CUE, CONTINUED -> words >= 3;
      case NONE, TOPIC -> words >= UNATTRIBUTED_MIN_WORDS || words >= 4 && readsLikeSentence(text);
    };
  }

  /** The quotes, with the attributions the steps gave them. */
  private List<Quote> toQuotes(
      List<Attributed> found, List<Attribution> attributions, Mentions mentions) {
    List<Quote> quotes = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Attributed item = found.get(i);
      Attribution attribution = attributions.get(i);
      QuoteSpan span = item.paragraph().spans().get(item.span());
      String text = item.paragraph().text();
      int end = narrationInside(item.paragraph(), item.span(), mentions);
      while (end > span.start()
          && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
        end--; // the comma before "he said" belongs to the sentence, not to the quotation
      }
      quotes.add(
          new Quote(
              item.paragraph().index() - 1,
              span.start(),
              end,
              text.substring(span.start(), end),
              attribution.speaker(),
              attribution.cue()));
    }
    return quotes;
  }

  /**
   * Where a quotation that lost its closing mark ends, when the reporter's words follow inside it:
   * a sentence that opens with a name of the article and goes on with a cue or a possessive ("…
   * good balance. McClaren's only criticism was …", "… having one. Mr Hopkins said that …") is
   * narration, since speakers do not report themselves that way. Otherwise the quotation's own end.
   */
  private int narrationInside(ScannedParagraph paragraph, int k, Mentions mentions) {
    QuoteSpan span = paragraph.spans().get(k);
    if (span.closed() || k + 1 >= paragraph.spans().size()) {
      // closed, or it runs to the end of its paragraph as a quotation over paragraphs does
      return span.end();
    }
    List<Token> tokens = paragraph.tokens();
    for (int i = paragraph.opens()[k] + 1;
        i + 2 < tokens.size() && tokens.get(i + 1).quote() == k;
        i++) {
      if (!tokens.get(i).is(".")) {
        continue;
      }
      int name = i + 1;
      if (name + 1 < tokens.size() && NameReader.isTitle(tokens.get(name))) {
        name++; // "Mr Hopkins"
      }
      Token word = tokens.get(name);
      boolean knownName =
          word.capitalised() && mentions.knowsSurname(Lexicon.stripPossessive(word.text()));
      boolean narrates =
          word.isPossessive() || name + 1 < tokens.size() && cues.length(tokens, name + 1) > 0;
      if (knownName && narrates) {
        return tokens.get(i).end();
      }
    }
    return span.end();
  }

  /** Markup and numbers ("1474387200", "(CROSSTALK.)") are not speech. */
  private static boolean hasLowerCaseLetter(String text) {
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (Character.isLowerCase(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Short Title Case text is a title ("Make Your Kid a Millionaire", “Face the Nation”) unless a
   * cue stands right beside it with speech punctuation ("“Thank You,” she said").
   */
  private static boolean isTitleOfAWork(String text, int words, Attribution attribution) {
    if (words > TITLE_MAX_WORDS
        || attribution.strength() == Attribution.Strength.ADJACENT && endsWithSpeechMark(text)) {
      return false;
    }
    int capitalised = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isTitleWordCharacter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i)); // between words
        continue;
      }
      String word = text.substring(start, i);
      if (Lexicon.TITLE_LOWER_CASE_WORDS.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }

  /** A letter, an apostrophe or a hyphen: what the words of a title are made of. */
  private static boolean isTitleWordCharacter(int c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
  }

  /** Ends with a comma, ? or !, on one line: speech punctuation, not a title's. */
  private static boolean endsWithSpeechMark(String text) {
    return !text.isEmpty()
        && ",?!".indexOf(text.charAt(text.length() - 1)) >= 0
        && text.chars().noneMatch(QuoteFinder::isLineBreak);
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Tokenizer.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * Starts with a capital letter and ends a sentence. A comma does not count: an unattributed “The
   * Art of the Deal,” is a title far more often than speech.
   */
  private static boolean readsLikeSentence(String text) {
    return !text.isEmpty()
        && Character.isUpperCase(text.codePointAt(0))
        && ".!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
