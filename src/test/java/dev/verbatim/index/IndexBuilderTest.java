package dev.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  private static final Article MUSK = new Article("seed/musk", "Musk and Altman clash", LocalDate.of(2025, 1, 25), "Wire", "", "",
      List.of("Elon Musk posted on X.", "“They don’t actually have the money,” Musk claimed.", "Café owners in Zürich disagreed."));
  private static final Article OTHER = new Article("seed/other", "Budget", null, "", "", "", List.of("The budget passed on Monday."));

  @TempDir Path folder;
  private final QuoteFinder finder = new QuoteFinder();
  private final Clock clock = Clock.systemUTC();

  private BuildResult build(boolean full, Article... articles) {
    try (IndexBuilder builder = IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, full, clock)) {
      for (Article article : articles) {
        if (builder.isUnchanged(article)) {
          builder.keep(article.id());
        } else {
          builder.add(article, finder.find(article));
        }
      }
      return builder.commit();
    }
  }

  private List<Document> search(String query) throws IOException {
    try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SimpleQueryParser parser = new SimpleQueryParser(Schema.analyzer(), Schema.TEXT);
      List<Document> documents = new java.util.ArrayList<>();
      for (ScoreDoc hit : searcher.search(parser.parse(query), 10).scoreDocs) {
        documents.add(searcher.storedFields().document(hit.doc));
      }
      return documents;
    }
  }

  @Test
  void everyDocumentHasATextNormSoScoringReadsThemByDocumentNumber() throws IOException {
    build(false, MUSK, OTHER);

    try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        assertEquals(leaf.reader().maxDoc(), leaf.reader().getNormValues(Schema.TEXT).cost(), "article documents too");
      }
    }
  }

  @Test
  void writesParagraphQuoteAndArticleDocuments() {
    BuildResult result = build(false, MUSK, OTHER);

    assertEquals(2, result.articles());
    assertEquals(4, result.paragraphs());
    assertEquals(1, result.quotes());
    assertTrue(result.fullRebuild());
  }

  @Test
  void moneyFindsTheMuskQuoteAsAQuoteDocument() throws IOException {
    build(false, MUSK, OTHER);

    Document quote = search("money").stream().filter(d -> Schema.TYPE_QUOTE.equals(d.get(Schema.TYPE))).findFirst().orElseThrow();

    assertEquals("seed/musk#q0", quote.get(Schema.ID));
    assertEquals("They don’t actually have the money", quote.get(Schema.TEXT));
    assertEquals("Elon Musk", quote.get(Schema.SPEAKER));
    assertEquals("claimed", quote.get(Schema.CUE));
    assertEquals(LocalDate.of(2025, 1, 25).toEpochDay(), quote.getField(Schema.DATE).numericValue().longValue());
  }

  @Test
  void straightCurlyAndMissingApostrophesMatchAlike() throws IOException {
    build(false, MUSK);

    for (String query : List.of("dont", "don't", "don’t", "\"they don't actually\"")) {
      assertEquals(List.of("seed/musk#p1", "seed/musk#q0"), ids(search(query)), query);
    }
  }

  @Test
  void accentsAndStemsFold() throws IOException {
    build(false, MUSK);

    assertEquals(List.of("seed/musk#p2"), ids(search("cafe zurich")));
    assertEquals(List.of("seed/musk#p2"), ids(search("disagree")));
  }

  @Test
  void unchangedArticlesAreNotRewritten() {
    build(false, MUSK, OTHER);

    BuildResult again = build(false, MUSK, OTHER);

    assertEquals(0, again.written());
    assertEquals(2, again.unchanged());
    assertFalse(again.fullRebuild());
  }

  @Test
  void changedArticleIsRewrittenAndMissingOneRemoved() throws IOException {
    build(false, MUSK, OTHER);
    Article edited = new Article(OTHER.id(), "Budget", null, "", "", "", List.of("The budget failed on Tuesday."));

    BuildResult result = build(false, edited);

    assertEquals(1, result.written());
    assertEquals(1, result.removed());
    assertEquals(1, result.articles());
    assertEquals(List.of("seed/other#p0"), ids(search("failed")));
    assertEquals(List.of(), ids(search("money")));
  }

  @Test
  void fullFlagRewritesEverything() {
    build(false, MUSK);

    BuildResult result = build(true, MUSK);

    assertEquals(1, result.written());
    assertTrue(result.fullRebuild());
  }

  @Test
  void changedRulesVersionForcesFullRebuild() {
    build(false, MUSK);

    try (IndexBuilder builder = IndexBuilder.open(folder, "other-rules", false, clock)) {
      assertFalse(builder.isUnchanged(MUSK));
    }
  }

  @Test
  void buildClosedWithoutCommitLeavesPreviousCommitIntact() throws IOException {
    build(false, MUSK);

    try (IndexBuilder builder = IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, true, clock)) {
      builder.add(OTHER, List.of());
      // no commit: as if the process died here
    }

    assertEquals(List.of("seed/musk#p1", "seed/musk#q0"), ids(search("money")));
    assertEquals(List.of(), ids(search("budget")));
  }

  @Test
  void commitRecordsSchemaAndRulesVersion() throws IOException {
    build(false, MUSK);

    try (Directory directory = FSDirectory.open(folder)) {
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      assertEquals(Schema.VERSION + "+" + QuoteFinder.RULES_VERSION, data.get(Schema.COMMIT_PIPELINE));
      assertTrue(data.containsKey(Schema.COMMIT_TIME));
    }
  }

  @Test
  void secondWriterFailsFastWithClearMessage() {
    try (IndexBuilder first = IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, false, clock));
      assertTrue(e.getMessage().contains("locked by another writer"), e.getMessage());
    }
  }

  @Test
  void duplicateArticleIdIsRefused() {
    try (IndexBuilder builder = IndexBuilder.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      builder.add(OTHER, List.<Quote>of());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add(OTHER, List.of()));
      assertTrue(e.getMessage().contains("duplicate article id 'seed/other'"), e.getMessage());
    }
  }

  @Test
  void isUpToDateOnlyWhenBuiltAfterTheSourcesChanged() {
    Instant before = Instant.now().minusSeconds(60);
    assertFalse(IndexBuilder.isUpToDate(folder, QuoteFinder.RULES_VERSION, before), "no index yet");

    build(false, MUSK);

    assertTrue(IndexBuilder.isUpToDate(folder, QuoteFinder.RULES_VERSION, before));
    assertFalse(IndexBuilder.isUpToDate(folder, QuoteFinder.RULES_VERSION, Instant.now().plusSeconds(60)), "sources changed since");
    assertFalse(IndexBuilder.isUpToDate(folder, "other-rules", before), "built by other rules");
  }

  private static List<String> ids(List<Document> documents) {
    return documents.stream().map(d -> d.get(Schema.ID)).sorted().toList();
  }
}
