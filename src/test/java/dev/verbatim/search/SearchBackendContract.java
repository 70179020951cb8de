package dev.verbatim.search;

import static dev.verbatim.TestIndex.wireCopy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.corpus.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search port's contract: what every backend must answer, on the same articles. A backend's
 * test extends this class and says how to build an index and open it.
 */
public abstract class SearchBackendContract {

  /**
   * The index most tests search: two quotations, five paragraphs, one article of hostile markup.
   */
  protected static final List<Article> ARTICLES =
      List.of(
          new Article(
              "a/musk",
              "Musk and Altman clash",
              LocalDate.of(2025, 1, 23),
              "Wire",
              "",
              "",
              List.of(
                  "Elon Musk posted on X about the deal.",
                  "“They don’t actually have the money,” Musk claimed. He said nothing else.")),
          new Article(
              "a/altman",
              "Altman replies",
              LocalDate.of(2025, 1, 25),
              "Wire",
              "",
              "",
              List.of(
                  "Sam Altman answered within the hour.",
                  "“What is great for the country is not always what is optimal for your companies,” Altman wrote.")),
          new Article(
              "a/xss",
              "<script>alert('title')</script>",
              null,
              "",
              "",
              "",
              List.of("The money <img src=x onerror=alert(1)> & more money.")));

  /** Searches {@link #ARTICLES}. */
  protected SearchBackend searcher;

  /**
   * Builds an index called {@code name} of {@code articles} with their quotations, as a build of
   * the backend does, and opens it for searching; the subclass closes what it opened after each
   * test.
   */
  protected abstract SearchBackend indexed(String name, List<Article> articles);

  @BeforeEach
  void buildIndex() {
    searcher = indexed("articles", ARTICLES);
  }

  private List<String> ids(SearchRequest request) {
    return searcher.search(request).hits().stream().map(Hit::id).toList();
  }

  @Test
  void returnsQuotationWithSpeakerCueAndContext() {
    Hit hit =
        searcher
            .search(new SearchRequest("money", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);

    assertEquals("a/musk#q0", hit.id());
    assertEquals("quote", hit.type());
    assertEquals("Elon Musk", hit.speaker());
    assertEquals("claimed", hit.cue());
    assertEquals("They don’t actually have the money", hit.text());
    assertEquals("They don’t actually have the <mark>money</mark>", hit.highlight());
    assertEquals(
        "“They don’t actually have the money,” Musk claimed. He said nothing else.", hit.context());
    assertEquals(
        new ArticleRef("a/musk", "Musk and Altman clash", "2025-01-23", "Wire"), hit.article());
    assertEquals(1, hit.paragraph());
  }

  @Test
  void paragraphHitHasNoSpeakerFields() {
    Hit hit =
        searcher
            .search(new SearchRequest("posted", "paragraph", null, null, null, null, 1, 10))
            .hits()
            .get(0);

    assertEquals("a/musk#p0", hit.id());
    assertEquals(null, hit.speaker());
    assertEquals(null, hit.context());
    assertEquals("Elon Musk <mark>posted</mark> on X about the deal.", hit.highlight());
  }

  @Test
  void highlightsPhraseAsOneMark() {
    Hit hit =
        searcher
            .search(new SearchRequest("\"have the money\"", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);

    assertEquals("They don’t actually <mark>have the money</mark>", hit.highlight());
  }

  @Test
  void highlightsPrefixAndFuzzyMatchesAsWords() {
    for (String query : List.of("mone*", "monie~1")) {
      Hit hit =
          searcher
              .search(new SearchRequest(query, "quote", null, null, null, null, 1, 10))
              .hits()
              .get(0);

      assertEquals("They don’t actually have the <mark>money</mark>", hit.highlight(), query);
    }
  }

  @Test
  void escapesArticleTextBeforeMarking() {
    Hit hit =
        searcher
            .search(new SearchRequest("money", null, null, "a/xss", null, null, 1, 10))
            .hits()
            .get(0);

    assertTrue(
        hit.highlight()
            .contains("&lt;img src=x onerror=alert(1)&gt; &amp; more <mark>money</mark>"),
        hit.highlight());
    assertTrue(
        !hit.highlight().replace("<mark>", "").replace("</mark>", "").contains("<"),
        hit.highlight());
  }

  @Test
  void filtersByTypeSpeakerArticleAndDate() {
    assertEquals(
        List.of("a/altman#q0"),
        ids(new SearchRequest("", "quote", "Sam Altman", null, null, null, 1, 10)));
    assertEquals(
        List.of("a/xss#p0"),
        ids(new SearchRequest("money", "paragraph", null, "a/xss", null, null, 1, 10)));
    assertEquals(
        3,
        searcher
            .search(new SearchRequest("", null, null, null, LocalDate.of(2025, 1, 24), null, 1, 10))
            .total());
  }

  @Test
  void facetsCountEveryMatchSidewaysMostFrequentFirst() {
    Facets facets =
        searcher.search(new SearchRequest("", "quote", null, null, null, null, 1, 1)).facets();

    assertEquals(List.of("paragraph", "quote"), List.copyOf(facets.type().keySet()));
    assertEquals(Map.of("paragraph", 5L, "quote", 2L), facets.type());
    assertEquals(Map.of("Elon Musk", 1L, "Sam Altman", 1L), facets.speaker());
    assertEquals(Map.of("2025-01", 2L), facets.date());
  }

  @Test
  void unknownSpeakerMatchesNothingButStillListsTheOthers() {
    SearchResponse answer =
        searcher.search(new SearchRequest("", null, "Nobody Known", null, null, null, 1, 10));

    assertEquals(0, answer.total());
    assertEquals(List.of(), answer.hits());
    assertEquals(
        List.of("Elon Musk", "Sam Altman"), List.copyOf(answer.facets().speaker().keySet()));
  }

  @Test
  void speakerNameMatchesTheirQuotations() {
    assertEquals(
        "a/altman#q0",
        ids(new SearchRequest("altman optimal", null, null, null, null, null, 1, 10)).get(0));
  }

  @Test
  void quotationInManyArticlesIsOneHitListingTheFirstTwentyOthersByIdWhateverTheWriteOrder() {
    List<Article> copies = new ArrayList<>();
    for (int i = 29; i >= 0; i--) { // written in descending id order
      copies.add(wireCopy(i, 3, "“We will rebuild the harbour,” said Mayor Ada Quill."));
    }
    List<Hit> hits =
        indexed("copies", copies)
            .search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 10))
            .hits();

    assertEquals(1, hits.size());
    String own = hits.get(0).article().id();
    List<String> expected =
        copies.stream().map(Article::id).filter(id -> !id.equals(own)).sorted().limit(20).toList();
    assertEquals(expected, hits.get(0).alsoIn().stream().map(ArticleRef::id).toList());
    for (ArticleRef other : hits.get(0).alsoIn()) {
      int number = Integer.parseInt(other.id().substring("wire/".length()));
      assertEquals(
          new ArticleRef(other.id(), "Copy " + number, "2025-03-01", "Wire"),
          other,
          "each listed with its own title, date and source");
    }
  }

  @Test
  void countsDistinctHitsSoThatEveryCountedPageHasHitsAndSaysTheMentionsBeside() {
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      copies.add(
          wireCopy(
              i,
              i < 6 ? 3 : 4,
              "“We will rebuild the harbour,” said Mayor Ada Quill.",
              "The harbour board met on day " + i + "."));
    }
    SearchBackend backend = indexed("copies", copies);

    SearchResponse first =
        backend.search(new SearchRequest("harbour", null, null, null, null, null, 1, 5));
    assertEquals(25, first.total(), "one quotation and 24 paragraphs");
    assertEquals(36, first.mentions(), "each article's copy of the quotation too");
    assertEquals(Map.of("paragraph", 24L, "quote", 1L), first.facets().type());
    assertEquals(List.of(1L), List.copyOf(first.facets().speaker().values()));
    assertEquals(
        Map.of("2025-03", 13L, "2025-04", 13L),
        first.facets().date(),
        "the quotation is in both months");
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= 5; page++) {
      List<Hit> hits =
          backend
              .search(new SearchRequest("harbour", null, null, null, null, null, page, 5))
              .hits();
      assertEquals(5, hits.size(), "page " + page);
      for (Hit hit : hits) {
        assertTrue(seen.add(hit.id()), "page " + page + " repeats " + hit.id());
      }
    }
    assertEquals(
        List.of(),
        backend.search(new SearchRequest("harbour", null, null, null, null, null, 6, 5)).hits());

    SearchResponse quotes =
        backend.search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 5));
    assertEquals(1, quotes.total());
    assertEquals(12, quotes.mentions());
    SearchResponse april =
        backend.search(
            new SearchRequest("harbour", null, null, null, LocalDate.of(2025, 4, 1), null, 1, 20));
    assertEquals(13, april.total(), "what the month's count promised");
  }

  @Test
  void quotationTwoSpeakersAreGivenIsCountedOnceForEachOfThemAndOnceInEachMonth() {
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String speaker = i % 2 == 0 ? "Ada Quill" : "Ben Stone";
      copies.add(
          wireCopy(i, i < 4 ? 3 : 4, "“We will rebuild the harbour,” said " + speaker + "."));
    }
    SearchBackend backend = indexed("two-speakers", copies);

    SearchResponse all =
        backend.search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 10));
    assertEquals(1, all.total());
    assertEquals(8, all.mentions());
    assertEquals(Map.of("Ada Quill", 1L, "Ben Stone", 1L), all.facets().speaker());
    assertEquals(Map.of("2025-03", 1L, "2025-04", 1L), all.facets().date());
    SearchResponse ben =
        backend.search(new SearchRequest("harbour", "quote", "Ben Stone", null, null, null, 1, 10));
    assertEquals(1, ben.total());
    assertEquals(4, ben.mentions());
    assertEquals(Map.of("Ada Quill", 1L, "Ben Stone", 1L), ben.facets().speaker(), "sideways");
    assertEquals(
        List.of(1L, 1L), backend.speakers().stream().map(Speaker::quotes).toList(), "each once");
  }

  @Test
  void speakersAreEveryoneQuotedMostQuotedFirstEachQuotationOnceWithTheirFirstAndLastDates() {
    assertEquals(
        List.of(
            new Speaker("Elon Musk", 1, "2025-01-23", "2025-01-23"),
            new Speaker("Sam Altman", 1, "2025-01-25", "2025-01-25")),
        searcher.speakers(),
        "a tie goes in name order");

    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(
          new Article(
              "wire/" + i,
              "Copy " + i,
              LocalDate.of(2025, 3 + i, 1),
              "Wire",
              "",
              "",
              List.of("“We will rebuild the harbour,” said Mayor Ada Quill.")));
    }
    articles.add(
        new Article(
            "wire/other",
            "Other",
            null,
            "Wire",
            "",
            "",
            List.of("“The tide is late,” said Bo Reed.", "“The tide is early,” said Bo Reed.")));
    assertEquals(
        List.of(
            new Speaker("Bo Reed", 2, null, null),
            new Speaker("Ada Quill", 1, "2025-03-01", "2025-05-01")),
        indexed("speakers", articles).speakers());
  }

  @Test
  void exclusionAloneMatchesEverythingElse() {
    List<String> ids = ids(new SearchRequest("-money", null, null, null, null, null, 1, 100));

    assertTrue(
        ids.contains("a/altman#p0") && !ids.contains("a/xss#p0") && !ids.contains("a/musk#q0"),
        ids.toString());
  }

  @Test
  void anyInputIsAValidQuery() {
    for (String query :
        List.of(
            "\"",
            "(((",
            "-",
            "*",
            "a | | b",
            "\"unclosed phrase",
            "~2",
            "+-+",
            "AND OR NOT",
            "money)")) {
      searcher.search(new SearchRequest(query, null, null, null, null, null, 1, 10));
    }
  }

  @Test
  void queryMatchingTooManyWordsIsRefusedNamingQ() {
    List<String> twoLetterWords = new ArrayList<>(); // "aa ab … zz": each "xy~" matches them all
    for (char first = 'a'; first <= 'z'; first++) {
      for (char second = 'a'; second <= 'z'; second++) {
        twoLetterWords.add("" + first + second);
      }
    }
    SearchBackend words =
        indexed(
            "two_letter_words",
            List.of(
                new Article(
                    "w/words",
                    "Words",
                    LocalDate.of(2025, 1, 1),
                    "Wire",
                    "",
                    "",
                    List.of(String.join(" ", twoLetterWords)))));
    String fuzzyWords = String.join("~ ", twoLetterWords.subList(0, 240)) + "~"; // 959 characters

    InvalidRequestException search =
        assertThrows(
            InvalidRequestException.class, () -> words.search(SearchRequest.of(fuzzyWords)));
    InvalidRequestException article =
        assertThrows(InvalidRequestException.class, () -> words.article("w/words", fuzzyWords));

    for (InvalidRequestException e : List.of(search, article)) {
      assertEquals("q", e.param());
      assertTrue(e.getMessage().startsWith("parameter 'q' matches too many words"), e.getMessage());
    }
  }

  @Test
  void pagesThroughHits() {
    SearchResponse first =
        searcher.search(new SearchRequest("", null, null, null, null, null, 1, 2));
    SearchResponse second =
        searcher.search(new SearchRequest("", null, null, null, null, null, 2, 2));

    assertEquals(first.total(), second.total());
    assertEquals(2, first.hits().size());
    assertTrue(first.hits().stream().noneMatch(hit -> second.hits().contains(hit)));
  }

  @Test
  void quotationFromTheHeadlineHasTheTitleAsContext() {
    SearchBackend headlines =
        indexed(
            "headline",
            List.of(
                TestIndex.article(
                    "b/warren",
                    "Warren Grills Bank Chief: ‘You Should Be Investigated.’",
                    "Sen. Elizabeth Warren spoke on Tuesday.")));

    Hit hit =
        headlines
            .search(new SearchRequest("investigated", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);

    assertEquals("You Should Be Investigated.", hit.text());
    assertEquals("Warren Grills Bank Chief: ‘You Should Be Investigated.’", hit.context());
    assertEquals(
        List.of("You Should Be Investigated."),
        headlines.article("b/warren", "").orElseThrow().quotes().stream()
            .map(ArticleView.QuoteRef::text)
            .toList());
  }

  @Test
  void suggestsTheWrittenWordNearestEachTypoNotItsStem() {
    // "clamed" stems to "clame": one edit from the stem of "came", two from "claim", the stem of
    // "claimed"; the words as written decide, and "mony" gives "money", not its stem "monei"
    SearchBackend typos =
        indexed(
            "typos",
            List.of(
                new Article(
                    "b/came",
                    "Arrivals",
                    LocalDate.of(2025, 2, 1),
                    "Wire",
                    "",
                    "",
                    List.of(
                        "He came early. She came late. They all came at once.",
                        "The minister claimed the money was spent."))));

    SearchResponse answer =
        typos.search(new SearchRequest("mony clamed", null, null, null, null, null, 1, 10, false));

    assertEquals(0, answer.total());
    assertEquals("money claimed", answer.suggestion());
  }

  @Test
  void queryFindingNothingIsAnsweredWithTheCorrectionThatFindsSomethingEvenForAKnownWord() {
    // "blare" is a word of the index, but "tony blare" finds nothing; "tony blair" does
    SearchBackend typos =
        indexed(
            "blair",
            List.of(
                new Article(
                    "b/blair",
                    "Blair visits",
                    LocalDate.of(2005, 2, 1),
                    "Wire",
                    "",
                    "",
                    List.of(
                        "Tony Blair met the troops in Iraq before the election.",
                        "Mr Blair said the vote would go ahead.",
                        "Sirens blare all night in the city.",
                        "Blair left on Tuesday."))));

    SearchResponse answer = typos.search(SearchRequest.of("tony blare"));

    assertEquals("tony blare", answer.query());
    assertEquals("tony blair", answer.searched());
    assertEquals(1, answer.total());
    assertEquals("b/blair#p0", answer.hits().get(0).id());
    assertNull(answer.suggestion(), "the answer is already the correction");
    SearchResponse corrected = typos.search(SearchRequest.of("iraq elecion"));
    assertEquals("iraq election", corrected.searched());
    assertEquals(1, corrected.total());

    SearchResponse asTyped =
        typos.search(new SearchRequest("tony blare", null, null, null, null, null, 1, 10, false));
    assertEquals("tony blare", asTyped.searched());
    assertEquals(0, asTyped.total());
    assertEquals("tony blair", asTyped.suggestion());
  }

  /** One paragraph per spelling, each its own article: which spellings a search finds. */
  private SearchBackend spellings() {
    List<String> paragraphs =
        List.of(
            "The organisation named its favourite centre.",
            "The organization named its favorite center.",
            "U.S. troops left the base.",
            "US troops reached the base.",
            "Let us leave the base, she said.",
            "Send an e-mail to the desk.",
            "Send an email to the desk.",
            "Prices rose 5 per cent in March.",
            "Prices rose 5 percent in March.",
            "International co-operation grew.",
            "International cooperation grew.");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      articles.add(
          new Article("s/" + i, "Spelling " + i, null, "", "", "", paragraphs.subList(i, i + 1)));
    }
    return indexed("spellings", articles);
  }

  private static List<String> articlesFound(SearchBackend backend, String query) {
    return backend
        .search(new SearchRequest(query, null, null, null, null, null, 1, 20))
        .hits()
        .stream()
        .map(hit -> hit.article().id())
        .sorted()
        .toList();
  }

  @Test
  void britishAndAmericanSpellingsSearchAlikeAndEachIsMarkedAsWritten() {
    SearchBackend spellings = spellings();

    for (String query :
        List.of("organisation", "organizations", "favorite centre", "\"favourite center\"")) {
      assertEquals(List.of("s/0", "s/1"), articlesFound(spellings, query), query);
    }
    Hit british =
        spellings
            .search(new SearchRequest("organization", null, null, "s/0", null, null, 1, 10))
            .hits()
            .get(0);
    assertEquals("The <mark>organisation</mark> named its favourite centre.", british.highlight());
  }

  @Test
  void dottedAndCapitalAcronymsAreOneWordAndNotTheLowerCaseWord() {
    SearchBackend spellings = spellings();

    for (String query : List.of("US", "U.S.", "u.s.")) {
      assertEquals(List.of("s/2", "s/3"), articlesFound(spellings, query), query);
    }
    assertEquals(
        List.of("s/2", "s/3", "s/4"),
        articlesFound(spellings, "us"),
        "typed in lower case, the word finds the pronoun and the country");
  }

  @Test
  void hyphenatedOpenAndClosedCompoundsSearchAlikeInPhrasesToo() {
    SearchBackend spellings = spellings();

    for (String query : List.of("email", "e-mail", "\"an e-mail to\"", "\"an email to\"")) {
      assertEquals(List.of("s/5", "s/6"), articlesFound(spellings, query), query);
    }
    for (String query : List.of("percent", "per cent", "\"5 per cent in\"", "\"rose 5 percent\"")) {
      assertEquals(List.of("s/7", "s/8"), articlesFound(spellings, query), query);
    }
    for (String query :
        List.of("\"international co-operation\"", "\"cooperation grew\"", "co operation grew")) {
      assertEquals(List.of("s/10", "s/9"), articlesFound(spellings, query), query);
    }
  }

  @Test
  void topicWordRanksQuotationsSayingItAboveAnOrganisationsAndANameIsNotStemmed() {
    SearchBackend speakers =
        indexed(
            "topics",
            List.of(
                new Article(
                    "t/pensions",
                    "Pensions row",
                    LocalDate.of(2005, 3, 1),
                    "Wire",
                    "",
                    "",
                    List.of(
                        "“We will act on pensions next year,” the government said.",
                        "“Pensions are safe with us this year,” Norwich Union International said.",
                        "“The union and the government must both do more,” Jane Smith said.",
                        "“He could be playing next month,” Mike Banks told reporters.",
                        "“Smith will not play on Saturday,” the coach said."))));

    for (String topic : List.of("government", "union")) {
      Hit first =
          speakers
              .search(new SearchRequest(topic, "quote", null, null, null, null, 1, 10))
              .hits()
              .get(0);
      assertEquals("Jane Smith", first.speaker(), topic);
      assertTrue(first.highlight().contains("<mark>"), topic);
      assertNull(first.speakerHighlight(), "the words matched the text, not the name");
    }
    Hit named =
        speakers
            .search(new SearchRequest("smith", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);
    assertEquals("Jane Smith", named.speaker(), "a name still lifts its speaker's quotations");
    assertEquals("Jane <mark>Smith</mark>", named.speakerHighlight(), "why it matched");
    assertEquals(
        "<mark>Norwich</mark> Union International",
        speakers
            .search(new SearchRequest("norwich", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0)
            .speakerHighlight());
    assertEquals(
        List.of(),
        speakers
            .search(new SearchRequest("bank", "quote", null, null, null, null, 1, 10, false))
            .hits(),
        "bank is not Mike Banks");
  }

  @Test
  void speakerFilterIgnoresCaseAccentsAndSpacing() {
    SearchBackend accents =
        indexed(
            "accents",
            List.of(
                new Article(
                    "b/paris",
                    "Paris summit",
                    LocalDate.of(2025, 3, 2),
                    "Wire",
                    "",
                    "",
                    List.of(
                        "“We will stand together,” said French President François Hollande."))));

    assertEquals(
        List.of("a/altman#q0"),
        ids(new SearchRequest("", "quote", "sam  ALTMAN", null, null, null, 1, 10)));
    SearchResponse answer =
        accents.search(new SearchRequest("", null, "francois hollande", null, null, null, 1, 10));
    assertEquals(1, answer.total());
    assertEquals("François Hollande", answer.hits().get(0).speaker());
    assertEquals(Map.of("François Hollande", 1L), answer.facets().speaker());
  }

  @Test
  void speakerFilterNamingNobodySuggestsTheKnownSpeakerItMeans() {
    for (String typed : List.of("Sam Altmann", "altman", "SAM ALTMAN JR")) {
      SearchResponse answer =
          searcher.search(new SearchRequest("", null, typed, null, null, null, 1, 10));
      assertEquals(0, answer.total(), typed);
      assertEquals(
          "SAM ALTMAN JR".equals(typed) ? null : "Sam Altman", answer.speakerSuggestion(), typed);
    }
    assertEquals(
        null,
        searcher
            .search(new SearchRequest("", null, "Nobody Known", null, null, null, 1, 10))
            .speakerSuggestion());
    assertEquals(
        null,
        searcher
            .search(new SearchRequest("", null, "sam altman", null, null, null, 1, 10))
            .speakerSuggestion(),
        "a name it knows");
  }

  @Test
  void articleViewHasEveryParagraphHighlightedAndItsQuotationsInOrder() {
    ArticleView view = searcher.article("a/musk", "money").orElseThrow();

    assertEquals("Musk and Altman clash", view.title());
    assertEquals("2025-01-23", view.date());
    assertEquals(
        List.of(0, 1), view.paragraphs().stream().map(ArticleView.Paragraph::index).toList());
    assertEquals("Elon Musk posted on X about the deal.", view.paragraphs().get(0).highlight());
    assertEquals(
        "“They don’t actually have the <mark>money</mark>,” Musk claimed. He said nothing else.",
        view.paragraphs().get(1).highlight());
    assertEquals(
        List.of(
            new ArticleView.QuoteRef(
                "a/musk#q0",
                1,
                1,
                35,
                "They don’t actually have the money",
                "Elon Musk",
                "claimed")),
        view.quotes());
  }

  @Test
  void articleViewEscapesMarkupAndUnknownArticleIsEmpty() {
    assertTrue(
        searcher
            .article("a/xss", "")
            .orElseThrow()
            .paragraphs()
            .get(0)
            .highlight()
            .startsWith("The money &lt;img"));
    assertTrue(searcher.article("a/none", "money").isEmpty());
  }

  @Test
  void statsCountWhatTheIndexHolds() {
    IndexStats stats = searcher.stats();

    assertEquals(3, stats.articles());
    assertEquals(5, stats.paragraphs());
    assertEquals(2, stats.quotes());
    assertEquals(2, stats.speakers());
    assertTrue(stats.committed() != null && stats.committed().startsWith("20"), stats.committed());
  }

  @Test
  void seedArticlesGiveTheSameAnswersOnEveryBackend() {
    SearchBackend seeds = indexed("seeds", SEEDS);

    SearchResponse quotes =
        seeds.search(new SearchRequest("", "quote", null, null, null, null, 1, 20));
    assertEquals(
        11, quotes.total(), "14 quotations, three of them said again in the other article");
    assertEquals(14, quotes.mentions());
    assertEquals(11, quotes.hits().size());
    assertEquals(Map.of("paragraph", 17L, "quote", 11L), quotes.facets().type());
    assertEquals(
        Map.of("Sam Altman", 6L, "Elon Musk", 4L, "Donald Trump", 1L), quotes.facets().speaker());
    assertEquals(
        List.of("Sam Altman", "Elon Musk", "Donald Trump"),
        List.copyOf(quotes.facets().speaker().keySet()));
    assertEquals(
        Map.of("2025-01", 6L),
        quotes.facets().date(),
        "months under both filters: the quotations of the dated seed");

    SearchResponse money =
        seeds.search(new SearchRequest("money", "quote", null, null, null, null, 1, 10));
    assertEquals(1, money.total(), "both seeds quote the same words: one hit");
    assertEquals(2, money.mentions());
    Hit hit = money.hits().get(0);
    assertTrue(
        hit.highlight().contains("<mark>money</mark>") && hit.speaker().equals("Elon Musk"),
        hit.toString());
    assertEquals(1, hit.alsoIn().size(), "the other seed");
  }

  private static final List<Article> SEEDS = TestIndex.seedArticles();
}
