package dev.verbatim.lucene;

import static dev.verbatim.TestIndex.wireCopy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.Hit;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchBackendContract;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search contract on a real Lucene index in a temp folder, and what only the embedded index
 * does.
 */
class LuceneSearchTest extends SearchBackendContract {

  @TempDir Path root;
  private final List<SearchBackend> opened = new ArrayList<>();

  @Override
  protected SearchBackend indexed(String name, List<Article> articles) {
    TestIndex.build(root.resolve(name), articles);
    SearchBackend backend = LuceneSearch.open(root.resolve(name));
    opened.add(backend);
    return backend;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(SearchBackend::close);
  }

  private Path folder() {
    return root.resolve("articles");
  }

  @Test
  void aSearchClosedTwiceIsClosedOnce() {
    searcher.close(); // the kept facts are waited for at the first close only
    searcher.close();
  }

  @Test
  void requestAskedAgainIsAnsweredFromTheKeptAnswerUntilTheIndexChanges() {
    SearchResponse first = searcher.search(SearchRequest.of("money"));
    SearchResponse second = searcher.search(SearchRequest.of("money"));
    assertNotSame(first.hits(), second.hits(), "an answer asked for once is not kept");
    assertEquals(first.hits(), second.hits());
    assertSame(
        second.hits(),
        searcher.search(SearchRequest.of("money")).hits(),
        "kept once asked for again, not searched a third time");

    TestIndex.build(folder(), List.of(ARTICLES.get(0)));
    searcher.refresh();

    assertEquals(
        List.of("a/musk#q0", "a/musk#p1"),
        searcher.search(SearchRequest.of("money")).hits().stream().map(Hit::id).toList());
  }

  @Test
  void searcherKeepingNoAnswersSearchesEveryTime() {
    try (LuceneSearch uncached = LuceneSearch.open(folder(), 0)) {
      SearchResponse first = uncached.search(SearchRequest.of("money"));
      SearchResponse second = uncached.search(SearchRequest.of("money"));

      assertNotSame(first.hits(), second.hits());
      assertEquals(first.hits(), second.hits());
    }
  }

  @Test
  void quotationContextIsItsOwnParagraphAfterAnArticleIsReplacedAndSegmentsMerge()
      throws IOException {
    // The context is read from the paragraph's document, a fixed distance before the quotation's:
    // replacing an article moves its documents, and a merge renumbers every document.
    Article longer =
        new Article(
            "a/musk",
            "Musk and Altman clash",
            LocalDate.of(2025, 1, 23),
            "Wire",
            "",
            "",
            List.of(
                "A new first paragraph.",
                "Elon Musk posted on X about the deal.",
                "“They don’t actually have the money,” Musk claimed again."));
    try (LuceneIndex index =
        LuceneIndex.open(folder(), QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      index.write(longer, new QuoteFinder().find(longer), "changed");
      index.commit();
    }
    try (FSDirectory directory = FSDirectory.open(folder());
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.forceMerge(1);
    }
    searcher.refresh();

    Hit musk =
        searcher
            .search(new SearchRequest("money", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);
    Hit altman =
        searcher
            .search(new SearchRequest("optimal", "quote", null, null, null, null, 1, 10))
            .hits()
            .get(0);

    assertEquals("“They don’t actually have the money,” Musk claimed again.", musk.context());
    assertEquals(2, musk.paragraph());
    assertEquals(
        "“What is great for the country is not always what is optimal for your companies,” Altman wrote.",
        altman.context());
  }

  @Test
  void removedArticleIsNotAmongAQuotationsOtherArticlesWhileItsDocumentsAwaitAMerge()
      throws IOException {
    Path folder = root.resolve("removed");
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      copies.add(wireCopy(i, 3, "“We will rebuild the harbour,” said Mayor Ada Quill."));
    }
    for (int i = 0; i < 20; i++) { // so few deletions that no merge reclaims them at the commit
      copies.add(
          TestIndex.article("other/" + i, "Other " + i, "The council met on day " + i + "."));
    }
    TestIndex.build(folder, copies);
    try (LuceneIndex index =
        LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      index.delete("wire/00"); // first by id: listed before the others
      index.commit();
    }
    try (FSDirectory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertTrue(reader.hasDeletions(), "the removed article's documents are still in a segment");
    }

    try (LuceneSearch search = LuceneSearch.open(folder)) {
      Hit hit =
          search
              .search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 10))
              .hits()
              .get(0);
      List<String> articles = new ArrayList<>(List.of(hit.article().id()));
      hit.alsoIn().forEach(other -> articles.add(other.id()));
      assertEquals(List.of("wire/01", "wire/02"), articles.stream().sorted().toList());
    }
  }

  @Test
  void countsAreExactOverMoreMatchesThanOneBatchOfTheCounter() {
    List<String> speakers = List.of("Ada Quill", "Ben Ortiz", "Cara Fenn");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      articles.add(
          new Article(
              String.format("port/%03d", i),
              "Port " + i,
              LocalDate.of(2025, 1 + i % 3, 1),
              "Wire",
              "",
              "",
              List.of(
                  "The harbour report number " + i + " was read aloud.",
                  "“The harbour reopens in spring, report "
                      + i
                      + ",” said "
                      + speakers.get(i % 3)
                      + ".",
                  "“We will rebuild the harbour,” said Ada Quill.")));
    }
    SearchResponse answer = indexed("port", articles).search(SearchRequest.of("harbour"));

    // 900 paragraphs, 300 quotations of their own and one carried by every article
    assertEquals(1201, answer.total());
    assertEquals(1500, answer.mentions());
    assertEquals(Map.of("paragraph", 900L, "quote", 301L), answer.facets().type());
    assertEquals(
        Map.of("Ada Quill", 101L, "Ben Ortiz", 100L, "Cara Fenn", 100L), answer.facets().speaker());
    assertEquals(Map.of("2025-01", 401L, "2025-02", 401L, "2025-03", 401L), answer.facets().date());
  }

  @Test
  void missingIndexIsAClearError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> LuceneSearch.open(folder().resolve("none")));
    assertTrue(e.getMessage().contains("run `verbatim index` first"), e.getMessage());
  }

  @Test
  void indexOfAnotherSchemaIsAClearErrorBeforeItsSegmentsAreRead() throws IOException {
    Path folder = folder().resolve("older");
    try (var directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of(Schema.COMMIT_PIPELINE, "16+rules").entrySet());
      writer.commit();
    }

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> LuceneSearch.open(folder));

    assertTrue(e.getMessage().contains("another version of Verbatim"), e.getMessage());
    assertTrue(e.getMessage().contains("run `verbatim index` to rebuild it"), e.getMessage());
  }
}
