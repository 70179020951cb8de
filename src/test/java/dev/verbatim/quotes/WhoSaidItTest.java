package dev.verbatim.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said a quotation, on the ways newsrooms other than the one the first rules were written on
 * attribute speech: long interviews that run on over merged paragraphs, descriptions of a named
 * person, names with offices glued on, things that cannot speak. One behaviour per test, each on
 * small sentences of our own.
 */
class WhoSaidItTest {

  private final QuoteFinder finder = new QuoteFinder();

  /** The speaker of each quotation found in the paragraphs, in order. */
  private List<String> speakers(String... paragraphs) {
    return FoundQuotes.in(finder, "Title", paragraphs).stream()
        .map(found -> found.split(" \\| ")[0])
        .toList();
  }

  @Test
  void quotationRunningOnInAMergedParagraphKeepsItsSpeaker() {
    assertEquals(
        List.of("Ann Lee", "Ann Lee", "Ann Lee"),
        speakers(
            "Coach Ann Lee said: \"We trained hard all winter. \"The players are fit. \"Next season will be harder.\" The club plays on Sunday."));
  }

  @Test
  void cueBeforeAColonIntroducesTheNextQuotationNotThePreviousOne() {
    assertEquals(
        List.of("Ann Lee", "Ann Lee", "Bo Chen"),
        speakers(
            "\"The team is fit,\" said Ann Lee. \"We will win the cup.\" Coach Bo Chen added: \"We are ready for them.\""));
  }

  @Test
  void newSentenceAfterAQuotedFullStopIsNotItsTag() {
    assertEquals(
        List.of("Ann Lee", "Ann Lee"),
        speakers(
            "\"The team is fit,\" said Ann Lee. \"We will win the cup.\" Bo Chen said the squad would be named on Friday."));
    assertEquals(
        List.of("Ann Lee", "Ann Lee"),
        speakers(
            "\"The team is fit,\" said Ann Lee. \"We will win the cup.\" The club will announce its squad for the final on Friday."));
  }

  @Test
  void tagAfterAQuotedFullStopStillAttributes() {
    assertEquals(
        List.of("Bo Chen"),
        speakers(
            "Bo Chen met the press. \"Nobody expected this result.\" Chen said at a news conference in Leeds."));
    assertEquals(
        List.of("Bo Chen"),
        speakers("\"Are you all ready?\" Bo Chen asked the players before the final began."));
  }

  @Test
  void nameFollowedByAnOfficeWithoutAClosingCommaIsTheSpeaker() {
    assertEquals(
        List.of("Rhys Glyn Evans"),
        speakers(
            "Rhys Glyn Evans, Plaid Cymru health spokesman said: \"It is the same target as last year.\""));
    assertEquals(
        List.of("Mia Lund"),
        speakers(
            "\"We are looking at what we can do,\" Mia Lund, an airline spokeswoman told the BBC."));
  }

  @Test
  void lettersAfterANameAreNotPartOfIt() {
    assertEquals(
        List.of("Guy Moss"),
        speakers(
            "The chairman of the Bar Council, Guy Moss QC warned: \"People will be stopped in the street.\""));
  }

  @Test
  void initialWithoutAFullStopJoinsTheName() {
    assertEquals(
        List.of("George W Bush"),
        speakers(
            "US president George W Bush spoke on Monday.",
            "\"We will submit a budget,\" Mr Bush said."));
  }

  @Test
  void pronounAfterAQuotationIsNotANameInWhatItReports() {
    assertEquals(
        "Alan Hill",
        speakers(
                "Tom Reed rarely speaks.",
                "The minister is tired, Alan Hill, the party's strategist told the BBC.",
                "Mr Reed has \"the same passion for the job\" as when he started, he said.")
            .get(0));
  }

  @Test
  void pronounRefersToAPersonOfItsGender() {
    assertEquals(
        List.of("Esther Rand", "Esther Rand"),
        speakers(
            "\"It was a pleasure,\" Esther Rand said. Michael Page spoke next.",
            "\"He was loved by the public,\" she said."));
  }

  @Test
  void pronounRefersToASubjectBeforeAnObject() {
    assertEquals(
        List.of("Owen Price"),
        speakers(
            "Wales number eight Owen Price says replacing Gareth Hale as captain will be easy.",
            "\"You dream about playing for Wales,\" he said."));
  }

  @Test
  void pronounRefersToAnUnnamedSpeakerJustQuoted() {
    assertEquals(
        List.of("a club official", "a club official"),
        speakers(
            "Adrian Moss is to begin talks with the club.",
            "\"Moss will watch the match,\" said a club official. \"Then he will meet the board,\" he added."));
  }

  @Test
  void organisationAfterANameIsNotTheSpeaker() {
    assertEquals(
        List.of("Colin Ash"),
        speakers("Colin Ash, Blackpool Hotel Association said: \"We have tried very hard.\""));
  }

  @Test
  void nameThatModifiesAnOfficeIsNotThePersonAPronounMeans() {
    assertEquals(
        List.of("Mark Oates"),
        speakers(
            "Lib Dem home affairs spokesman Mark Oates has called the plan a waste of money.",
            "He said: \"This has all the signs of a party that has lost its way.\""));
  }

  @Test
  void singleNameAfterANounForAPersonIsAPerson() {
    assertEquals(
        List.of("Jill"),
        speakers(
            "Tom Rees died on Monday. His daughter Jill said her father would be missed.",
            "\"He was greatly loved by the public,\" she said."));
  }

  @Test
  void partyOrJobBeforeAGivenNameIsNotPartOfTheName() {
    assertEquals(
        List.of("Sarah Teal"),
        speakers("Liberal Democrat Sarah Teal told the BBC: \"It feels like an old boys club.\""));
    assertEquals(
        List.of("Leon Hart"),
        speakers("Actor Leon Hart said: \"It is a lifetime achievement award.\""));
  }

  @Test
  void surnameThatIsAlsoAWordStaysWithTheGivenName() {
    assertEquals(
        List.of("Theresa May"),
        speakers(
            "The shadow secretary for the family, Theresa May, said: \"These plans were announced in December.\""));
  }

  @Test
  void knightCalledByTheGivenNameHasTheFullName() {
    assertEquals(
        List.of("Sir John Bourn"),
        speakers(
            "The report by Sir John Bourn came out on Monday.",
            "Sir John said: \"This is only the beginning.\""));
  }

  @Test
  void titleAfterAnArticleStillNamesAPerson() {
    assertEquals(
        List.of("Adrian Rodgers", "Adrian Rodgers"),
        speakers(
            "\"Jonesboro is a wonderful city,\" said the Reverend Adrian Rodgers.",
            "\"Tear the tickets up,\" Mr Rodgers said."));
  }

  @Test
  void pronounMayMeanTheObjectOfAPrepositionInAnEarlierSentence() {
    assertEquals(
        List.of("Sharron Stone"),
        speakers(
            "Tony Blair met voters on Monday. He recalled his row with Sharron Stone, a nurse from Leeds.",
            "\"You do nothing to help anybody,\" she told him."));
  }

  @Test
  void severalAppositivesMayStandBetweenANameAndItsCue() {
    assertEquals(
        List.of("Richard Dole"),
        speakers(
            "\"We need more storage,\" Richard Dole, from Panasonic's laboratories, one of the pioneers of Blu-ray, told the BBC."));
  }

  @Test
  void descriptionMeansThePersonNamedWithTheSameNoun() {
    assertEquals(
        List.of("Michael Howe"),
        speakers(
            "Tory leader Michael Howe spoke in Leeds. Gordon Bray replied on Monday.",
            "\"It is all about the interests of the Labour party,\" the Tory leader said."));
  }

  @Test
  void descriptionMeansThePersonTheTextIsAbout() {
    assertEquals(
        List.of("Adam Jones", "Andre Agassi"),
        speakers(
            "Adam Jones says the forwards are ready.",
            "The prop said: \"We will not be pushed around.\"",
            "Andre Agassi pulled out with a hip injury. \"My hip was cramping,\" said the 34-year-old."));
  }

  @Test
  void descriptionOfSomeoneUsuallyUnnamedStaysADescription() {
    assertEquals(
        List.of("the spokesman"),
        speakers(
            "Tony Blair spoke on Monday. \"The bill will take a decade,\" the spokesman said."));
  }

  @Test
  void quotationWithNoCueAfterASentenceAboutAPersonIsTheirs() {
    assertEquals(
        List.of("Menzies Bell"),
        speakers(
            "Liberal Democrat foreign affairs spokesman Menzies Bell repeated his party's calls for the advice to be published.",
            "\"The public interest can only be served now by the fullest disclosure.\""));
    assertEquals(
        List.of("Ann Lee", "Bo Chen"),
        speakers(
            "\"We are ready,\" said Ann Lee. Bo Chen was unconvinced. \"We will lose everything if this goes ahead.\""));
    assertEquals(
        List.of("Kirsty Wills"),
        speakers(
            "For the Liberal Democrats, Kirsty Wills called the new target \"hugely unambitious\".",
            "\"It leaves patients still waiting two years before they are treated.\""));
  }

  @Test
  void personRightBeforeAParticipleSaysIt() {
    assertEquals(
        List.of("Hilary Clement"),
        speakers(
            "The ad uses footage of Hilary Clement asking, \"Why aren't I 50 points ahead, you might ask?\""));
  }

  @Test
  void subordinateClauseAfterAQuotationIsNotItsTag() {
    assertEquals(
        List.of("Donald Trump"),
        speakers(
            "The spot ends with footage of Donald Trump saying, \"That makes me smart,\" when Hilary Clement blasted him."));
    assertEquals(
        List.of("Alan Hill"),
        speakers(
            "Alan Hill spoke on Monday.",
            "Tom Reed has \"the same passion\" as when he started in 1997, Mr Hill said."));
  }

  @Test
  void dashIntroducesWordsAsAColonDoes() {
    assertEquals(
        List.of("Mitt Romney"),
        speakers(
            "Republicans agree, including the former candidate Mitt Romney -- ''It is disqualifying to refuse to release tax returns'' -- and others."));
  }

  @Test
  void asSomeonePutItAttributes() {
    assertEquals(
        List.of("Steven Rosen"),
        speakers(
            "As Steven Rosen, a tax lawyer, recently put it, ''Did he lower his taxes through legal avoidance?''"));
  }

  @Test
  void asideBetweenDashesIsSteppedOver() {
    assertEquals(
        List.of("John Dickey"),
        speakers(
            "John Dickey, the chief executive of Ora Media -- the company that owns the show, which is also streamed online -- told me, ''We are a content provider.''"));
  }

  @Test
  void nicknameInQuotationMarksIsPartOfTheNameNotAQuotation() {
    assertEquals(
        List.of("Marcia Price"),
        speakers(
            "\"This is a big year for our state!\" Scott's niece, Del. Marcia \"Cia\" Price, shouted to the crowd."));
  }

  @Test
  void officeGluedBeforeANameIsNotPartOfIt() {
    assertEquals(
        List.of("Dick Durbin"),
        speakers("Senate Majority Whip Dick Durbin said: \"It takes an election.\""));
    assertEquals(
        List.of("John Taylor"),
        speakers("\"This mechanism does not work,\" said Treasury Under-Secretary John Taylor."));
    assertEquals(
        List.of("Matt Mack"),
        speakers("\"Support was soft to begin with,\" said Texas-based Matt Mack."));
    assertEquals(
        List.of("John Kerry"),
        speakers("Secretary of State John Kerry said: \"Nusra is al-Qaeda.\""));
  }

  @Test
  void namesFromEveryLanguageKeepTheirFirstNames() {
    assertEquals(
        List.of("Rhodri Glyn Thomas", "Aung San Suu Kyi", "Ruud van Nistelrooy"),
        speakers(
            "\"It is the same target,\" said Rhodri Glyn Thomas.",
            "\"Victory is not important,\" said Aung San Suu Kyi.",
            "\"He is the best striker in Europe,\" said Ruud van Nistelrooy."));
  }

  @Test
  void partOfANameResolvesToTheWholeName() {
    assertEquals(
        List.of("Carlos Baez Silva"),
        speakers(
            "Carlos Baez Silva runs a bank.",
            "\"A lot of them invested in good faith,\" Baez Silva said."));
  }

  @Test
  void pronounItNamesNoPerson() {
    assertEquals(
        List.of(""),
        speakers(
            "Borussia Dortmund warned of bankruptcy.",
            "The company's shares tumbled after it said it had \"entered a life-threatening profitability and financial situation\"."));
  }

  @Test
  void onlyASurePersonIsTheSubjectASentenceHandsOn() {
    assertEquals(
        List.of(""),
        speakers(
            "Strong Oscar contenders Million Dollar Baby and Sideways did not figure in the nominations.",
            "\"There is a sense that this film is ours and we should slap our own guys on the back.\""));
  }

  @Test
  void narrationAfterAMissingClosingMarkIsNotPartOfTheQuotation() {
    List<String> found =
        FoundQuotes.in(
            finder,
            "Title",
            "Steve McClane spoke after the game.",
            "\"We can also score goals, so we have good balance. McClane's only criticism was the score. \"It should have been more convincing,\" said McClane.");

    assertEquals(
        "Steve McClane |  | We can also score goals, so we have good balance.", found.get(0));
  }

  @Test
  void termInQuotationMarksInsideNarrationIsNotSpeech() {
    assertEquals(
        List.of("Michael Howe"),
        speakers(
            "\"People will have a clear choice at this election,\" said Michael Howe.",
            "It is the party's attempt to open that famed \"clear blue water\" between them and Labour."));
  }

  @Test
  void ownerSpeaksThroughTheirHeadlineOrStatement() {
    assertEquals(
        List.of("Marca", "Barack Obama"),
        speakers(
            "Spanish papers were angry.",
            "\"Rooney went crazy in the Bernabeu,\" Marca's headline says.",
            "Barack Obama left early. \"We will rebuild,\" Obama's statement said."));
  }

  @Test
  void aPossessiveDoesNotSpeakThroughSomethingElse() {
    assertEquals(
        List.of("Powell's office"),
        speakers("Colin Powell was away. \"He will not comment,\" Powell's office said."));
  }

  @Test
  void cueJustBeforeAQuotationBeatsOneFurtherAfterIt() {
    assertEquals(
        List.of("Ann Lee"),
        speakers(
            "Ann Lee opened the campaign. She pledged to \"cut taxes for every family\" and set out the choices she says face the country."));
  }

  @Test
  void nameCoordinatedWithTheObjectOfAPrepositionIsAnObjectToo() {
    assertEquals(
        List.of(""), speakers("The star of Rain Man and Tootsie said: \"It was a long road.\""));
  }

  @Test
  void nameAfterAndOpensANewClauseOnceAVerbHasCome() {
    assertEquals(
        List.of("Rossi"),
        speakers("Milan beat Leeds at Old Trafford and Rossi said: \"We are happy to return.\""));
  }

  @Test
  void relativeClauseCueMeansWhatTheRelativePronounRefersTo() {
    assertEquals(
        List.of("a party spokesman"),
        speakers("The claim was denied by a party spokesman, who said: \"It is untrue.\""));
    assertEquals(
        List.of("Tom Reed", "Tom Reed"),
        speakers(
            "\"We are ready,\" said Tom Reed, the club's chief executive, who added that the players were \"fit and hungry\"."));
  }

  @Test
  void possessivePronounIntroducingWordsMeansItsPerson() {
    assertEquals(
        List.of("Tom Reed"),
        speakers("Tom Reed wrote to the chancellor. His message was: \"Cut the tax.\""));
  }

  @Test
  void itMeansTheOrganisationThatOpensASentenceBefore() {
    assertEquals(
        List.of("Nordbank", "University of Leeds", ""),
        speakers(
            "Nordbank said the offer would not change. \"We remain committed to the deal,\" it said.",
            "The University of Leeds welcomed the report. \"It is a fair result,\" it said.",
            "Movie piracy cost studios a fortune. \"It is a fair result,\" it said."));
  }

  @Test
  void pluralPossessiveDoesNotSpeak() {
    assertEquals(List.of("James' wife"), speakers("\"Go away,\" said James' wife."));
    assertEquals(
        List.of("Actors' Equity Association"),
        speakers(
            "The Actors' Equity Association issued a statement calling Ossie Davis \"an icon in the American theatre\"."));
  }

  @Test
  void placeBeforeANounForAPersonDescribesThePerson() {
    assertEquals(
        List.of("Ann Cole"),
        speakers(
            "Ann Cole is the Salford MP.",
            "\"The threat is real,\" the Salford MP told the committee."));
  }

  @Test
  void verbEndsTheNounPhraseANameMightModify() {
    assertEquals(
        List.of("Tom Lee"), speakers("Tom Lee met Ms Blears.", "\"They are wrong,\" he said."));
  }

  @Test
  void newspaperIsNotThePersonAPronounMeans() {
    assertEquals(
        List.of("Mr Hale"),
        speakers(
            "London's Evening Standard quoted Mr Hale telling activists he wanted more migrants.",
            "\"It is a moral duty,\" he said."));
  }

  @Test
  void wordThatOpensAClauseIsNotAGivenName() {
    assertEquals(
        List.of("Doug Shaw"),
        speakers(
            "Whatever Bloomberg decides, Doug Shaw says his man has the money.",
            "\"The mayor would build support rapidly,\" he said."));
  }

  @Test
  void sourceAfterAccordingToIsASubject() {
    assertEquals(
        List.of("Ian Rossi"),
        speakers(
            "Ian Rossi runs the club.",
            "According to Rossi, Tom Hale vowed he would stay.",
            "\"I said to Tom, stay, and he told me he would,\" he said."));
  }

  @Test
  void pronounPrefersAPersonToAPlaceNamedAfterAVerb() {
    assertEquals(
        List.of("Alan Hale"),
        speakers(
            "The debut went to Alan Hale, who will visit New Zealand in the summer.",
            "\"The game promises to be a great spectacle,\" he said."));
  }

  @Test
  void pronounInARelativeClauseMeansItsAntecedent() {
    assertEquals(
        List.of("Jo Price"),
        speakers(
            "Ann Lee is nominated for best actress. It is also a nomination for Jo Price, who told reporters she had not expected it.",
            "\"It was an extraordinary time,\" she said."));
  }

  @Test
  void nameACueOrAnOfficeFollowsIsSurelyAPersonInAnyLanguage() {
    assertEquals(
        List.of("Bipin Bihari"),
        speakers(
            "Bipin Bihari, deputy police chief in Mumbai, said Negar Khan was being sent back.",
            "\"We issued notices last year,\" he said."));
  }

  @Test
  void agentOfAPassiveIsMeantBeforeTheOwnerOpeningTheSentence() {
    assertEquals(
        List.of("Maria Ortiz"),
        speakers(
            "Ann Lee won the vote.",
            "Lee's position was supported by Maria Ortiz, who said the claims were false.",
            "\"It never made sense to me,\" she said."));
  }

  @Test
  void ownerOpeningTheSentenceIsMeantBeforeItsObjects() {
    assertEquals(
        List.of("Tom Jones"),
        speakers(
            "Tom Jones won the prize.",
            "Jones' track beat songs by Will Young and Kate Bush.",
            "\"I am amazed,\" he told the audience."));
  }

  @Test
  void placeNamedForASaintIsNoPerson() {
    assertEquals(
        List.of("Ian Cole"),
        speakers(
            "St Helens won again.",
            "St Helens have signed Ian Cole.",
            "\"We are the best,\" he said."));
  }

  @Test
  void clubIsNoPerson() {
    assertEquals(
        List.of("Kevin Keel"),
        speakers(
            "Manchester City manager Kevin Keel was pleased.",
            "A double strike helped City come back and Keel sympathised with the Norwich manager afterwards.",
            "\"I feel for him,\" he said."));
  }

  @Test
  void namesPairedAfterAPrepositionAreObjects() {
    assertEquals(
        List.of("Mark Lane"),
        speakers(
            "Wigan chairman Mark Lane spoke.",
            "The move would be lucrative for both Andy Fell and Wigan, Lane said.",
            "\"Money is not the point,\" he said."));
  }

  @Test
  void verbOpeningASentenceIsNoPartOfTheNameAfterIt() {
    assertEquals(
        List.of("Cathy Moore", "Cathy Moore"),
        speakers(
            "Justice minister Cathy Moore spoke in Glasgow.",
            "Praising Celtic, she said: \"Both clubs have been impressive.\"",
            "Asked Moore whether it would last, she said: \"I hope so.\""));
  }

  @Test
  void streetOpeningASentenceIsAPlaceNotAParticiple() {
    assertEquals(
        List.of("Downing Street"),
        speakers("Downing Street said: \"The claims are wholly unfounded.\""));
  }
}
