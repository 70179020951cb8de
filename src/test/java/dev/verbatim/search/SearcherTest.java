package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.corpus.Article;
import dev.verbatim.index.IndexBuilder;
import dev.verbatim.quotes.QuoteFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

  private static final List<Article> ARTICLES = List.of(
      new Article("a/musk", "Musk and Altman clash", LocalDate.of(2025, 1, 23), "Wire", "", "", List.of(
          "Elon Musk posted on X about the deal.",
          "“They don’t actually have the money,” Musk claimed. He said nothing else.")),
      new Article("a/altman", "Altman replies", LocalDate.of(2025, 1, 25), "Wire", "", "", List.of(
          "Sam Altman answered within the hour.",
          "“What is great for the country is not always what is optimal for your companies,” Altman wrote.")),
      new Article("a/xss", "<script>alert('title')</script>", null, "", "", "", List.of(
          "The money <img src=x onerror=alert(1)> & more money.")));

  @TempDir Path folder;
  private Searcher searcher;

  @BeforeEach
  void buildIndex() {
    TestIndex.build(folder, ARTICLES);
    searcher = Searcher.open(folder);
  }

  @AfterEach
  void close() {
    searcher.close();
  }

  private List<String> ids(SearchRequest request) {
    return searcher.search(request).hits().stream().map(Hit::id).toList();
  }

  @Test
  void returnsQuotationWithSpeakerCueAndContext() {
    Hit hit = searcher.search(new SearchRequest("money", "quote", null, null, null, null, 1, 10)).hits().get(0);

    assertEquals("a/musk#q0", hit.id());
    assertEquals("quote", hit.type());
    assertEquals("Elon Musk", hit.speaker());
    assertEquals("claimed", hit.cue());
    assertEquals("They don’t actually have the money", hit.text());
    assertEquals("They don’t actually have the <mark>money</mark>", hit.highlight());
    assertEquals("“They don’t actually have the money,” Musk claimed. He said nothing else.", hit.context());
    assertEquals(new ArticleRef("a/musk", "Musk and Altman clash", "2025-01-23", "Wire"), hit.article());
    assertEquals(1, hit.paragraph());
  }

  @Test
  void paragraphHitHasNoSpeakerFields() {
    Hit hit = searcher.search(new SearchRequest("posted", "paragraph", null, null, null, null, 1, 10)).hits().get(0);

    assertEquals("a/musk#p0", hit.id());
    assertEquals(null, hit.speaker());
    assertEquals(null, hit.context());
    assertEquals("Elon Musk <mark>posted</mark> on X about the deal.", hit.highlight());
  }

  @Test
  void highlightsPhraseAsOneMark() {
    Hit hit = searcher.search(new SearchRequest("\"have the money\"", "quote", null, null, null, null, 1, 10)).hits().get(0);

    assertEquals("They don’t actually <mark>have the money</mark>", hit.highlight());
  }

  @Test
  void highlightsPrefixAndFuzzyMatchesAsWords() {
    for (String query : List.of("mone*", "monie~1")) {
      Hit hit = searcher.search(new SearchRequest(query, "quote", null, null, null, null, 1, 10)).hits().get(0);

      assertEquals("They don’t actually have the <mark>money</mark>", hit.highlight(), query);
    }
  }

  @Test
  void escapesArticleTextBeforeMarking() {
    Hit hit = searcher.search(new SearchRequest("money", null, null, "a/xss", null, null, 1, 10)).hits().get(0);

    assertTrue(hit.highlight().contains("&lt;img src=x onerror=alert(1)&gt; &amp; more <mark>money</mark>"), hit.highlight());
    assertTrue(!hit.highlight().replace("<mark>", "").replace("</mark>", "").contains("<"), hit.highlight());
  }

  @Test
  void filtersByTypeSpeakerArticleAndDate() {
    assertEquals(List.of("a/altman#q0"), ids(new SearchRequest("", "quote", "Sam Altman", null, null, null, 1, 10)));
    assertEquals(List.of("a/xss#p0"), ids(new SearchRequest("money", "paragraph", null, "a/xss", null, null, 1, 10)));
    assertEquals(3, searcher.search(new SearchRequest("", null, null, null, LocalDate.of(2025, 1, 24), null, 1, 10)).total());
  }

  @Test
  void facetsCountEveryMatchSidewaysMostFrequentFirst() {
    Facets facets = searcher.search(new SearchRequest("", "quote", null, null, null, null, 1, 1)).facets();

    assertEquals(List.of("paragraph", "quote"), List.copyOf(facets.type().keySet()));
    assertEquals(Map.of("paragraph", 5L, "quote", 2L), facets.type());
    assertEquals(Map.of("Elon Musk", 1L, "Sam Altman", 1L), facets.speaker());
    assertEquals(Map.of("2025-01", 2L), facets.date());
  }

  @Test
  void unknownSpeakerMatchesNothingButStillListsTheOthers() {
    SearchResponse answer = searcher.search(new SearchRequest("", null, "Nobody Known", null, null, null, 1, 10));

    assertEquals(0, answer.total());
    assertEquals(List.of(), answer.hits());
    assertEquals(List.of("Elon Musk", "Sam Altman"), List.copyOf(answer.facets().speaker().keySet()));
  }

  @Test
  void repeatedRequestIsAnsweredFromTheKeptAnswerUntilTheIndexChanges() {
    SearchResponse first = searcher.search(SearchRequest.of("money"));
    assertSame(first.hits(), searcher.search(SearchRequest.of("money")).hits(), "kept, not searched again");

    TestIndex.build(folder, List.of(ARTICLES.get(0)));
    searcher.refresh();

    assertEquals(List.of("a/musk#q0", "a/musk#p1"), searcher.search(SearchRequest.of("money")).hits().stream().map(Hit::id).toList());
  }

  @Test
  void searcherKeepingNoAnswersSearchesEveryTime() {
    try (Searcher uncached = Searcher.open(folder, 0)) {
      SearchResponse first = uncached.search(SearchRequest.of("money"));
      SearchResponse second = uncached.search(SearchRequest.of("money"));

      assertNotSame(first.hits(), second.hits());
      assertEquals(first.hits(), second.hits());
    }
  }

  @Test
  void speakerNameMatchesTheirQuotations() {
    assertEquals("a/altman#q0", ids(new SearchRequest("altman optimal", null, null, null, null, null, 1, 10)).get(0));
  }

  @Test
  void quotationInManyArticlesIsOneHitListingTheFirstTwentyOthersByIdWhateverTheWriteOrder() {
    List<Article> copies = new ArrayList<>();
    for (int i = 29; i >= 0; i--) { // written in descending id order
      copies.add(new Article(String.format("wire/%02d", i), "Copy " + i, LocalDate.of(2025, 3, 1), "Wire", "", "", List.of(
          "“We will rebuild the harbour,” said Mayor Ada Quill.")));
    }
    TestIndex.build(folder, copies);
    searcher.refresh();

    List<Hit> hits = searcher.search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 10)).hits();

    assertEquals(1, hits.size());
    String own = hits.get(0).article().id();
    List<String> expected = copies.stream().map(Article::id).filter(id -> !id.equals(own)).sorted().limit(20).toList();
    assertEquals(expected, hits.get(0).alsoIn().stream().map(ArticleRef::id).toList());
  }

  @Test
  void exclusionAloneMatchesEverythingElse() {
    List<String> ids = ids(new SearchRequest("-money", null, null, null, null, null, 1, 100));

    assertTrue(ids.contains("a/altman#p0") && !ids.contains("a/xss#p0") && !ids.contains("a/musk#q0"), ids.toString());
  }

  @Test
  void anyInputIsAValidQuery() {
    for (String query : List.of("\"", "(((", "-", "*", "a | | b", "\"unclosed phrase", "~2", "+-+", "AND OR NOT", "money)")) {
      searcher.search(new SearchRequest(query, null, null, null, null, null, 1, 10));
    }
  }

  @Test
  void pagesThroughHits() {
    SearchResponse first = searcher.search(new SearchRequest("", null, null, null, null, null, 1, 2));
    SearchResponse second = searcher.search(new SearchRequest("", null, null, null, null, null, 2, 2));

    assertEquals(first.total(), second.total());
    assertEquals(2, first.hits().size());
    assertTrue(first.hits().stream().noneMatch(hit -> second.hits().contains(hit)));
  }

  @Test
  void rejectsOutOfRangeParametersNamingThem() {
    assertEquals("size", assertThrows(InvalidRequestException.class, () -> new SearchRequest("x", null, null, null, null, null, 1, 101)).param());
    assertEquals("page", assertThrows(InvalidRequestException.class, () -> new SearchRequest("x", null, null, null, null, null, 0, 10)).param());
    assertEquals("type", assertThrows(InvalidRequestException.class, () -> new SearchRequest("x", "tweet", null, null, null, null, 1, 10)).param());
    assertEquals("q", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1))).param());
  }

  @Test
  void quotationContextIsItsOwnParagraphAfterAnArticleIsReplacedAndSegmentsMerge() throws IOException {
    // The context is read from the paragraph's document, a fixed distance before the quotation's:
    // replacing an article moves its documents, and a merge renumbers every document.
    Article longer = new Article("a/musk", "Musk and Altman clash", LocalDate.of(2025, 1, 23), "Wire", "", "", List.of(
        "A new first paragraph.",
        "Elon Musk posted on X about the deal.",
        "“They don’t actually have the money,” Musk claimed again."));
    try (IndexBuilder builder = IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      builder.add(longer, new QuoteFinder().find(longer));
      builder.keep("a/altman");
      builder.keep("a/xss");
      builder.commit();
    }
    try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.forceMerge(1);
    }
    searcher.refresh();

    Hit musk = searcher.search(new SearchRequest("money", "quote", null, null, null, null, 1, 10)).hits().get(0);
    Hit altman = searcher.search(new SearchRequest("optimal", "quote", null, null, null, null, 1, 10)).hits().get(0);

    assertEquals("“They don’t actually have the money,” Musk claimed again.", musk.context());
    assertEquals(2, musk.paragraph());
    assertEquals("“What is great for the country is not always what is optimal for your companies,” Altman wrote.", altman.context());
  }

  @Test
  void quotationFromTheHeadlineHasTheTitleAsContext() {
    Path other = folder.resolve("headline");
    TestIndex.build(other, List.of(TestIndex.article("b/warren", "Warren Grills Bank Chief: ‘You Should Be Investigated.’",
        "Sen. Elizabeth Warren spoke on Tuesday.")));
    try (Searcher headlines = Searcher.open(other)) {
      Hit hit = headlines.search(new SearchRequest("investigated", "quote", null, null, null, null, 1, 10)).hits().get(0);

      assertEquals("You Should Be Investigated.", hit.text());
      assertEquals("Warren Grills Bank Chief: ‘You Should Be Investigated.’", hit.context());
    }
  }

  @Test
  void suggestsTheWrittenWordNearestEachTypoNotItsStem() {
    // "clamed" stems to "clame": one edit from the stem of "came", two from "claim", the stem of
    // "claimed"; the words as written decide, and "mony" gives "money", not its stem "monei"
    Path other = folder.resolve("typos");
    TestIndex.build(other, List.of(new Article("b/came", "Arrivals", LocalDate.of(2025, 2, 1), "Wire", "", "", List.of(
        "He came early. She came late. They all came at once.",
        "The minister claimed the money was spent."))));
    try (Searcher typos = Searcher.open(other)) {
      SearchResponse answer = typos.search(SearchRequest.of("mony clamed"));

      assertEquals(0, answer.total());
      assertEquals("money claimed", answer.suggestion());
    }
  }

  @Test
  void missingIndexIsAClearError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Searcher.open(folder.resolve("none")));
    assertTrue(e.getMessage().contains("run `verbatim index` first"), e.getMessage());
  }
}
