package dev.verbatim.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a quotation gets its speaker: the steps below, tried in this order for each quotation of an
 * article in text order. The first step that finds a cue or a speaker decides; a quotation that no
 * step attributes has no speaker. Afterwards, the parts of a quotation that runs over several
 * paragraphs share the speaker of any part that has one.
 *
 * <ol>
 *   <li><b>Transcript label</b>: {@code “PENCE: Well, look, …”}.
 *   <li><b>Headline</b>: a surname the article's body uses, before a colon or a cue: {@code Sanders
 *       declares ‘…’}. Headlines use no other step.
 *   <li><b>Cue after</b>, in the quotation's clause: {@code “…,” Musk claimed}, {@code “…,” said
 *       Donna Brazile}, {@code “…,” Jo Park, a city official, said}, {@code “…” ― Sonya Herridge}.
 *   <li><b>Open quotation goes on</b>: a part of a quotation left open, in the next paragraph or
 *       after its sentence in a merged one, has the speaker of the part before.
 *   <li><b>Name before a colon</b>: {@code Jeffrey M. Jones: “…”}.
 *   <li><b>Cue before</b>, in the quotation's sentence: {@code Altman wrote: “…”}, {@code Altman
 *       pointed out to Musk that “…”}.
 *   <li><b>Person before a colon</b>, with no cue: {@code Clinton has since apologized: “…”}.
 *   <li><b>Previous paragraph ends with a colon</b>: {@code Cruz continued:} ¶ {@code “…”}.
 *   <li><b>Cue sentence before</b>, with no quotation of its own: {@code Sam Lau said in a
 *       statement. “…”}, in the same paragraph or ending the one before.
 *   <li><b>Same speaker goes on</b>: a quotation that follows an attributed one, with nobody else
 *       speaking in between, keeps its speaker.
 *   <li><b>Subject of the sentence before</b>: a quotation with no cue that opens a sentence right
 *       after one about a person is that person's: {@code Menzies Campbell repeated his party's
 *       call. “…”}.
 * </ol>
 *
 * <p>The steps find the cue and its subject ({@link Attributor}, {@link Subjects}); {@link
 * Mentions} turns the subject into the speaker's full name. Each step reads a bounded number of
 * tokens.
 */
final class AttributionSteps {

  /** A transcript line names its speaker first: "PENCE: Well, look, …". */
  private static final Pattern SPEAKER_LABEL =
      Pattern.compile("([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}): ");

  /** How near before a quotation a cue beats one further after it: "pledged to “…”". */
  private static final int NEAR_CUE = 2;

  /** How many tokens may stand between two quotations for the second to continue the first. */
  private static final int CONTINUATION_GAP = 40;

  private final Mentions mentions;
  private final Speakers speakers;
  private final CueVerbs verbs;
  private final Attributor cues;

  AttributionSteps(CueVerbs verbs, Mentions mentions, Speakers speakers) {
    this.mentions = mentions;
    this.speakers = speakers;
    this.verbs = verbs;
    this.cues = new Attributor(verbs, mentions, speakers);
  }

  /**
   * A quotation to attribute.
   *
   * @param paragraph the paragraph it is in (0 for the headline)
   * @param k its index among the paragraph's quotations
   * @param previousParagraph the paragraph before, or null for the headline and the first paragraph
   * @param previous the quotation attributed just before it in the article, or null
   */
  record Quotation(
      ScannedParagraph paragraph, int k, ScannedParagraph previousParagraph, Attributed previous) {

    boolean inBody() {
      return paragraph.index() > 0;
    }

    boolean opensParagraph() {
      return k == 0 && paragraph.opens()[0] == 0;
    }

    boolean continuesOpenQuotation() {
      return paragraph.spans().get(k).continues();
    }
  }

  /**
   * A quotation with its attribution.
   *
   * @param chain the index of the first part of the quotation it belongs to, its own when it is one
   */
  record Attributed(ScannedParagraph paragraph, int span, Attribution attribution, int chain) {}

  /** The attribution of quotation {@code q}: the first step that finds one, in the order above. */
  Attribution attribute(Quotation q) {
    Attribution found;
    boolean attributed =
        (found = transcriptLabel(q)).found()
            || (found = headline(q)).found()
            || (found = cueAfter(q)).found()
            || (found = openQuotationGoesOn(q)).found()
            || (found = nameBeforeColon(q)).found()
            || (found = cueBefore(q)).found()
            || (found = personBeforeColon(q)).found()
            || (found = previousParagraphEndsWithColon(q)).found()
            || (found = cueSentenceBefore(q)).found()
            || (found = sameSpeakerGoesOn(q)).found()
            || (found = subjectOfSentenceBefore(q)).found();
    return attributed ? found : Attribution.NONE;
  }

  /**
   * The last step: every part of a quotation over several paragraphs takes the speaker of the first
   * part that has one.
   */
  static List<Attribution> shareAcrossParts(List<Attributed> quotations) {
    Map<Integer, Attribution> chainSpeakers = new HashMap<>();
    for (Attributed quotation : quotations) {
      if (!quotation.attribution().speaker().isEmpty()) {
        chainSpeakers.putIfAbsent(quotation.chain(), quotation.attribution());
      }
    }
    List<Attribution> shared = new ArrayList<>(quotations.size());
    for (Attributed quotation : quotations) {
      shared.add(
          quotation.attribution().speaker().isEmpty()
              ? chainSpeakers.getOrDefault(quotation.chain(), quotation.attribution())
              : quotation.attribution());
    }
    return shared;
  }

  private Attribution transcriptLabel(Quotation quotation) {
    ScannedParagraph paragraph = quotation.paragraph();
    QuoteSpan span = paragraph.spans().get(quotation.k());
    if (span.end() - span.start() < 4
        || !Character.isUpperCase(paragraph.text().charAt(span.start()))
        || !Character.isUpperCase(paragraph.text().charAt(span.start() + 1))) {
      return Attribution.NONE; // most quotations: no label, and no need to match one
    }
    Matcher label = SPEAKER_LABEL.matcher(paragraph.quotedText(quotation.k()));
    if (!label.lookingAt()) {
      return Attribution.NONE;
    }
    return new Attribution(
        mentions.resolveSurname(titleCase(label.group(1))), "", Attribution.Strength.ADJACENT);
  }

  private Attribution headline(Quotation quotation) {
    return quotation.inBody()
        ? Attribution.NONE
        : cues.headline(quotation.paragraph(), quotation.k());
  }

  /**
   * The cue after the quotation, unless it stands further from it than a cue just before it: in "he
   * pledged to “…” and set out the choices he says are facing Britain", "pledged" introduces the
   * words.
   */
  private Attribution cueAfter(Quotation q) {
    if (!q.inBody()) {
      return Attribution.NONE;
    }
    Attribution after = cues.after(q.paragraph(), q.k());
    if (after.strength() == Attribution.Strength.CUE) {
      Attribution near = cues.before(q.paragraph(), q.k(), NEAR_CUE);
      return near.found() && !near.speaker().isEmpty() ? near : after;
    }
    return after;
  }

  private Attribution nameBeforeColon(Quotation q) {
    return q.inBody() ? cues.namedBeforeColon(q.paragraph(), q.k()) : Attribution.NONE;
  }

  private Attribution cueBefore(Quotation q) {
    return q.inBody() ? cues.before(q.paragraph(), q.k()) : Attribution.NONE;
  }

  private Attribution personBeforeColon(Quotation q) {
    return q.inBody() ? cues.personBeforeColon(q.paragraph(), q.k()) : Attribution.NONE;
  }

  private Attribution subjectOfSentenceBefore(Quotation q) {
    return q.inBody()
        ? cues.subjectOfSentenceBefore(q.paragraph(), q.k(), q.previousParagraph())
        : Attribution.NONE;
  }

  private Attribution previousParagraphEndsWithColon(Quotation quotation) {
    return opensBodyParagraph(quotation)
        ? cues.colonAtEnd(quotation.previousParagraph())
        : Attribution.NONE;
  }

  private Attribution cueSentenceBefore(Quotation quotation) {
    if (opensBodyParagraph(quotation)) {
      ScannedParagraph before = quotation.previousParagraph();
      return cues.cueSentenceBefore(before, before.tokens().size());
    }
    if (!quotation.inBody() || quotation.opensParagraph()) {
      return Attribution.NONE;
    }
    return cues.cueSentenceBefore(
        quotation.paragraph(), cues.sentenceOf(quotation.paragraph(), quotation.k()));
  }

  private static boolean opensBodyParagraph(Quotation quotation) {
    return quotation.opensParagraph()
        && quotation.previousParagraph() != null
        && quotation.previousParagraph().index() > 0;
  }

  /**
   * A part of a quotation left open (its paragraph, or its sentence in a merged paragraph, ended
   * without a closing mark) is said by whoever said the part before: what precedes it is that part.
   */
  private Attribution openQuotationGoesOn(Quotation quotation) {
    Attributed previous = quotation.previous();
    return quotation.continuesOpenQuotation() && previous != null
        ? previous.attribution().continued()
        : Attribution.NONE;
  }

  /**
   * A quotation right after an attributed one, with nobody else speaking in between, keeps its
   * speaker.
   */
  private Attribution sameSpeakerGoesOn(Quotation quotation) {
    Attributed previous = quotation.previous();
    return previous != null && follows(previous, quotation)
        ? previous.attribution().continued()
        : Attribution.NONE;
  }

  /**
   * True when the quotation comes right after {@code previous}, in the same paragraph or opening
   * the next one, and no other person speaks or opens a sentence between them: “…,” he wrote. “…”
   */
  @SuppressWarnings("ReferenceEquality") // the same scanned paragraph, not an equal one
  private boolean follows(Attributed previous, Quotation quotation) {
    String speaker = previous.attribution().speaker();
    if (!previous.attribution().found()) {
      // nothing to carry on: "“…,” the president added. “We're America.”" carries the cue
      return false;
    }
    ScannedParagraph paragraph = quotation.paragraph();
    ScannedParagraph before = previous.paragraph();
    int gapFrom;
    int gapTo;
    if (before == paragraph) {
      gapFrom = paragraph.closes()[previous.span()] + 1;
      gapTo = paragraph.opens()[quotation.k()];
      if (gapFrom <= 0) {
        return false;
      }
      int sentence = paragraph.sentenceOf(gapTo);
      if (sentence >= gapFrom && sentence < gapTo && !reportsSpeech(paragraph, sentence, gapTo)) {
        // a phrase inside a sentence of narration: "It is the Tories' attempt to open that famed
        // “clear blue water”"
        return false;
      }
    } else {
      boolean lastOfPrevious =
          before.index() == paragraph.index() - 1 && previous.span() == before.spans().size() - 1;
      if (!quotation.opensParagraph()
          || !lastOfPrevious
          || !before.spans().get(previous.span()).closed()) {
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
      sentenceSubjectPending |= tokens.get(i).sentenceStart();
      Mention mention = mentions.at(before.index(), i);
      if (mention == null
          || mention.first() != i
          || mention.pronoun()
          || !mentions.isSpeakingPerson(mention)) {
        // a name that modifies a noun ("Liberal Democrat foreign affairs spokesman Menzies
        // Campbell") is not the subject
        continue;
      }
      boolean speaks =
          sentenceSubjectPending
              || mention.end() < tokens.size() && verbs.length(tokens, mention.end()) > 0;
      sentenceSubjectPending = false;
      boolean someoneElse = !speakers.of(mention).equals(speaker);
      if (speaks && someoneElse) {
        return false; // "“…,” Smith said. Jones disagreed. “…”": the second is not Smith's
      }
    }
    return true;
  }

  /**
   * True when tokens {@code from..to} can report someone's words: a cue, a colon, a he or she, or a
   * person's name ("He added that …, with the statistics providing a “good overview …”").
   */
  private boolean reportsSpeech(ScannedParagraph paragraph, int from, int to) {
    List<Token> tokens = paragraph.tokens();
    for (int i = from; i < to; i++) {
      Mention mention = mentions.at(paragraph.index(), i);
      if (tokens.get(i).is(":")
          || verbs.length(tokens, i) > 0
          || mention != null && (mention.pronoun() || mentions.isPerson(mention))) {
        return true;
      }
    }
    return false;
  }

  private static String titleCase(String upperCase) {
    StringBuilder words = new StringBuilder();
    for (String word : upperCase.split(" ")) {
      words
          .append(words.isEmpty() ? "" : " ")
          .append(word.charAt(0))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }
}
