package dev.verbatim.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.corpus.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules learned from real news (PolNeAR's error analysis), one behaviour per test,
 * each on small made-up sentences.
 */
class AttributionRulesTest {

  private final QuoteFinder finder = new QuoteFinder();

  /** "speaker | cue | text" for each quotation found in the paragraphs. */
  private List<String> find(String... paragraphs) {
    return findIn("Title", paragraphs);
  }

  private List<String> findIn(String title, String... paragraphs) {
    return FoundQuotes.in(finder, title, paragraphs);
  }

  private String speakerOfLast(String... paragraphs) {
    List<String> found = find(paragraphs);
    return found.get(found.size() - 1).split(" \\| ")[0];
  }

  @Test
  void doubledApostrophesDelimitAQuotation() {
    assertEquals(
        List.of("Mary Gil | said | Follow us"),
        find("''Follow us,'' Ms. Mary Gil said, and the boys followed."));
  }

  @Test
  void speakerAfterTheCueIsTheNameThatEndsItsPhrase() {
    assertEquals(
        "Stan Greenberg",
        speakerOfLast("“It was a fair fight,” said Democratic pollster Stan Greenberg."));
    assertEquals(
        "Sean Spicer",
        speakerOfLast(
            "“There is no organised effort,” said RNC spokesman Sean Spicer in a tweet."));
  }

  @Test
  void officeFollowedByANameInAppositionGivesTheName() {
    assertEquals(
        "Josh Earnest",
        speakerOfLast(
            "“The program deserves a close look,” the White House spokesman, Josh Earnest, said on Thursday."));
  }

  @Test
  void longAppositiveBetweenNameAndCueIsSteppedOver() {
    assertEquals(
        "James Zogby",
        speakerOfLast(
            "James Zogby, a party delegate from the District and the president of the Arab American Institute, said: “We will be heard.”"));
    assertEquals(
        "Gregory Angelo",
        speakerOfLast(
            "Gregory Angelo, president of the Log Cabin Republicans, said, “This is a historic night for us.”"));
  }

  @Test
  void quotationAfterAWholeAttributionSentenceContinuesItsSpeaker() {
    assertEquals(
        List.of(
            "Dean Baker | said | Budgets matter",
            "Dean Baker | said | And deficits matter less than you think."),
        find(
            "“Budgets matter,” said Dean Baker, co-director of a think tank in the capital. “And deficits matter less than you think.”"));
  }

  @Test
  void anotherPersonSpeakingInBetweenEndsTheContinuation() {
    List<String> found =
        find(
            "“We won,” said Ann Lee. Bo Chen disagreed with her. “Nobody won anything at all today.”");

    assertEquals("Ann Lee | said | We won", found.get(0));
    assertEquals(
        "Bo Chen |  | Nobody won anything at all today.",
        found.get(1)); // not Ann Lee's: the sentence before is about Bo Chen
  }

  @Test
  void addresseeOfTheCueDoesNotEndTheContinuation() {
    assertEquals(
        "Bernie Sanders",
        speakerOfLast(
            "Bernie Sanders spoke.",
            "“We are doing well,” Sanders told Rolling Stone in May. “It is a movement and it is growing every day.”"));
  }

  @Test
  void nameBeforeAColonIsTheSpeaker() {
    assertEquals(
        List.of("Jeffrey M. Jones |  | Red states now outnumber blue ones."),
        find("More from pollsters - Jeffrey M. Jones: “Red states now outnumber blue ones.”"));
  }

  @Test
  void paragraphEndingWithACueAndColonGivesTheNextQuotationItsSpeaker() {
    assertEquals(
        List.of(
            "Ted Cruz | continued | The moderators have no intention of voting in our primary."),
        find(
            "Ted Cruz was on stage.",
            "Cruz continued:",
            "“The moderators have no intention of voting in our primary.”"));
  }

  @Test
  void cueSentenceWithoutAQuotationAttributesTheQuotationAfterIt() {
    assertEquals(
        "Sam Lau",
        speakerOfLast(
            "Sam Lau, the spokesman for the Iowa Democratic Party said in a statement. “We are proud of the way it went.”"));
  }

  @Test
  void invertedCueTakesTheNameAfterIt() {
    assertEquals(
        "Lou Solovey",
        speakerOfLast(
            "Lou Solovey worked there.",
            "But, said Solovey, “he never forgot a slight, not once.”"));
  }

  @Test
  void coordinatedCueTakesTheSubjectOfTheEarlierCue() {
    assertEquals(
        "Dan Lazar",
        speakerOfLast(
            "In an interview with journalist Matei Rosca, Dan Lazar said he welcomed the trial and added, “I have nothing to hide.”"));
  }

  @Test
  void participleAfterAFiniteCueTakesThatCuesSubject() {
    assertEquals(
        "Ali Nefzi",
        speakerOfLast(
            "Omar Mateen prayed there.",
            "Mateen left early, Ali Nefzi said, adding, “He never talked to anyone.”"));
  }

  @Test
  void introductoryPhraseIsNotTheSentenceSubject() {
    assertEquals(
        "",
        speakerOfLast(
            "In response to Trump’s plan to bar Muslims, Clinton’s right-hand woman rallied supporters, saying: “We are better than this.”"));
  }

  @Test
  void organisationsSpeak() {
    assertEquals(
        "Powell’s office",
        speakerOfLast(
            "Colin Powell was asked.",
            "“He recalls no such dinner at all,” Powell’s office said in a statement."));
    assertEquals("NATO", speakerOfLast("“The alliance stands united today,” NATO said."));
  }

  @Test
  void unnamedSpeakerIsDescribedWithoutPromotingANameInside() {
    assertEquals(
        "a longtime adviser to both Clintons",
        speakerOfLast("“It will be a tough fight,” said a longtime adviser to both Clintons."));
    assertEquals(
        "a senior Cruz adviser",
        speakerOfLast("“He will campaign hard,” said a senior Cruz adviser."));
  }

  @Test
  void transcriptLabelNamesTheSpeaker() {
    assertEquals(
        "Mike Pence",
        speakerOfLast(
            "Mike Pence debated Chris Wallace.",
            "\"PENCE: Well, look, this is an episode of “Shark Tank.” But this is America."));
  }

  @Test
  void transcriptLabelWinsOverTheContinuationOfThePreviousSpeaker() {
    List<String> found =
        find(
            "Chris Wallace asked Mike Pence.",
            "\"WALLACE: Will she be there tomorrow night?",
            "\"PENCE: She will not be there, and that is final.");

    assertEquals("Chris Wallace", found.get(0).split(" \\| ")[0]);
    assertEquals("Mike Pence", found.get(1).split(" \\| ")[0]);
  }

  @Test
  void subjectRightBeforeTheCueAfterAPartialQuotation() {
    assertEquals(
        "Douglas Holtz-Eakin",
        speakerOfLast(
            "Douglas Holtz-Eakin reviewed the plans.",
            "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said."));
  }

  @Test
  void headlineQuotationTakesASurnameTheBodyUses() {
    assertEquals(
        List.of("Loretta E. Lynch |  | Be the voice that people hear."),
        findIn(
            "A lesson from Lynch: 'Be the voice that people hear.'",
            "Loretta E. Lynch spoke to students on Monday."));
  }

  @Test
  void headlineQuotationHasParagraphMinusOne() {
    Article article =
        new Article(
            "test",
            "Warren Grills Bank Chief: ‘You Should Be Investigated.’",
            null,
            "",
            "",
            "",
            List.of("Sen. Elizabeth Warren spoke on Tuesday."));

    Quote quote = finder.find(article).get(0);

    assertEquals(Quote.HEADLINE, quote.paragraph());
    assertEquals("You Should Be Investigated.", quote.text());
  }

  @Test
  void titlesOfWorksInTitleCaseAreNotQuotations() {
    assertEquals(
        List.of(), find("Carly Fiorina told “Fox and Friends” on Sunday that she would run."));
    assertEquals(List.of(), find("The band played “Guardians of the Galaxy” twice."));
  }

  @Test
  void signedListEntriesAreAttributedToTheSignature() {
    assertEquals(
        List.of("Sonya Herridge |  | He embodies the lasting legacy of it all."),
        find("” He embodies the lasting legacy of it all. ” ― Sonya Herridge"));
  }

  @Test
  void namingVerbsIntroduceOnlyPhrasesOfThreeWordsOrMore() {
    assertEquals(
        List.of(), find("Ben Carson shared a syllabus for a class called “Perception” on Sunday."));
    assertEquals(
        List.of("Tim Cook | called | total political crap"),
        find("Apple's chief, Tim Cook, called the ruling ''total political crap'' on Monday."));
  }

  @Test
  void indirectSpeechAfterAQuotedFullStopIsANewSentence() {
    List<String> found =
        find("“It is a very sad development.” John Kasich said he would have fired him.");

    assertEquals(" |  | It is a very sad development.", found.get(0));
  }

  @Test
  void noBreakSpaceSeparatesNameAndCue() {
    assertEquals(
        "Bob Woodward",
        speakerOfLast(
            "Bob Woodward spoke.",
            "“There is a lot we do not know,” Woodward\u00a0told the realtors."));
  }

  @Test
  void partyTagInAsideDoesNotEndTheSentence() {
    assertEquals(
        "John Mica",
        speakerOfLast(
            "“We cannot let this happen to the institution.” Rep. John Mica (R-Fla.) said."));
  }

  @Test
  void nameFollowsTheLastOfficeWord() {
    assertEquals(
        "François Hollande",
        speakerOfLast(
            "“We need a Europe that protects its people.” French President François Hollande said Friday."));
  }

  @Test
  void capitalisedNamesEndingInLyAreNotAdverbs() {
    assertEquals(
        "Carly Fiorina",
        speakerOfLast(
            "“I have seen the video myself,” said former executive Carly Fiorina during the debate."));
  }

  @Test
  void markupAndNumbersAreNotQuotations() {
    assertEquals(
        List.of(), find("The feed showed \"1474387200\" and \"(CROSSTALK.)\" in the transcript."));
  }

  @Test
  void verbsThatAreMostlyNounsCountOnlyInTheirPastAndParticiple() {
    assertEquals(
        "",
        speakerOfLast(
            "Jeb Bush backed Cruz.", "From Bush's Facebook post: “We must unite behind Ted now.”"));
  }
}
