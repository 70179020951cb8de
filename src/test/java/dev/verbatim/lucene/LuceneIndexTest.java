package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.index.IndexCounts;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.ArticleRef;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

  private static final Article MUSK =
      new Article(
          "seed/musk",
          "Musk and Altman clash",
          LocalDate.of(2025, 1, 25),
          "Wire",
          "",
          "",
          List.of(
              "Elon Musk posted on X.",
              "“They don’t actually have the money,” Musk claimed.",
              "Café owners in Zürich disagreed."));
  private static final Article OTHER =
      new Article(
          "seed/other", "Budget", null, "", "", "", List.of("The budget passed on Monday."));

  @TempDir Path folder;
  private final QuoteFinder finder = new QuoteFinder();
  private final Clock clock = Clock.systemUTC();

  /**
   * Writes {@code articles} through the index port in one session, as a build does, and commits.
   */
  private IndexCounts build(boolean full, Article... articles) {
    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, full, clock)) {
      for (Article article : articles) {
        index.write(article, finder.find(article), "fingerprint of " + article.id());
      }
      return index.commit();
    }
  }

  private List<Document> search(String query) throws IOException {
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SimpleQueryParser parser = new SimpleQueryParser(TextAnalysis.forQuery(), Schema.TEXT);
      List<Document> documents = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(parser.parse(query), 10).scoreDocs) {
        documents.add(searcher.storedFields().document(hit.doc));
      }
      return documents;
    }
  }

  @Test
  void everyDocumentHasATextNormSoScoringReadsThemByDocumentNumber() throws IOException {
    build(false, MUSK, OTHER);

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        assertEquals(
            leaf.reader().maxDoc(),
            leaf.reader().getNormValues(Schema.TEXT).cost(),
            "article documents too");
      }
    }
  }

  @Test
  void segmentsAreWrittenWithTheVerbatimCodecAndReadBackThroughItsServiceEntry()
      throws IOException {
    build(false, MUSK, OTHER);

    try (Directory directory = FSDirectory.open(folder)) {
      SegmentInfos segments = SegmentInfos.readLatestCommit(directory);
      assertTrue(segments.size() > 0);
      for (SegmentCommitInfo segment : segments) {
        assertEquals(VerbatimCodec.NAME, segment.info.getCodec().getName());
      }
    }
    try (LuceneSearch search = LuceneSearch.open(folder)) {
      assertEquals(
          "They don’t actually have the money",
          search.search(SearchRequest.of("money")).hits().get(0).text());
    }
  }

  @Test
  void fullBuildIsSearchableAtItsCommitThenCompactedIntoOneSegment() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, clock)) {
      for (Article article : List.of(MUSK, OTHER)) {
        index.write(article, finder.find(article), "fingerprint of " + article.id());
        index.flush(); // a segment per article, as a build of many threads writes several
      }
      index.commit();
      assertEquals(2, segmentCount(), "the commit keeps the segments the build wrote");
      assertEquals(
          List.of("seed/musk#p1", "seed/musk#q0"),
          ids(search("money")),
          "searchable before the merge");

      index.compact();
    }
    assertEquals(1, segmentCount());
    assertEquals(List.of("seed/musk#p1", "seed/musk#q0"), ids(search("money")));
    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      assertFalse(index.fullRebuild(), "the merged commit keeps the schema and rules versions");
      assertEquals(2, index.fingerprints().size());
    }
  }

  @Test
  void fullBuildMergesNothingBeforeItsCompaction() throws IOException {
    int flushes = 24; // over twice the segments per tier at which Lucene's policy merges
    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, clock)) {
      for (int n = 0; n < flushes; n++) {
        Article article =
            new Article("seed/" + n, "Port", null, "", "", "", List.of("The port reopened."));
        index.write(article, finder.find(article), "fingerprint " + n);
        index.flush();
      }
      index.commit();
      assertEquals(flushes, segmentCount(), "the final merge rewrites everything once");

      index.compact();
    }
    assertEquals(1, segmentCount());
  }

  private int segmentCount() throws IOException {
    try (Directory directory = FSDirectory.open(folder)) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  @Test
  void writesParagraphQuoteAndArticleDocuments() {
    IndexCounts counts = build(false, MUSK, OTHER);

    assertEquals(new IndexCounts(2, 4, 1), counts);
  }

  @Test
  void nextSessionReadsTheFingerprintsOfTheLastCommit() {
    build(false, MUSK, OTHER);

    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      assertFalse(index.fullRebuild());
      assertEquals(
          Map.of(
              "seed/musk", "fingerprint of seed/musk", "seed/other", "fingerprint of seed/other"),
          index.fingerprints());
    }
  }

  @Test
  void deleteRemovesTheArticleWithItsParagraphsAndQuotations() throws IOException {
    build(false, MUSK, OTHER);

    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      index.delete(MUSK.id());
      assertEquals(new IndexCounts(1, 1, 0), index.commit());
    }
    assertEquals(List.of(), ids(search("money")));
  }

  @Test
  void fullFlagStartsFromNothing() {
    build(false, MUSK);

    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, clock)) {
      assertTrue(index.fullRebuild());
      assertEquals(Map.of(), index.fingerprints());
    }
  }

  @Test
  void moneyFindsTheMuskQuoteAsAQuoteDocumentCutFromItsParagraph() throws IOException {
    build(false, MUSK, OTHER);

    List<Document> hits = search("money");
    Document quote =
        hits.stream()
            .filter(d -> Schema.TYPE_QUOTE.equals(d.get(Schema.TYPE)))
            .findFirst()
            .orElseThrow();
    Document paragraph =
        hits.stream()
            .filter(d -> Schema.TYPE_PARAGRAPH.equals(d.get(Schema.TYPE)))
            .findFirst()
            .orElseThrow();

    assertEquals("seed/musk#q0", quote.get(Schema.ID));
    assertNull(quote.get(Schema.TEXT), "the words are stored once, in the paragraph");
    assertEquals(
        "They don’t actually have the money", QuoteTexts.of(quote, paragraph.get(Schema.TEXT)));
    assertEquals("Elon Musk", quote.get(Schema.SPEAKER));
    assertEquals("claimed", quote.get(Schema.CUE));
  }

  @Test
  void aQuotationReadsItsArticleFromDocValuesNotFromStoredFields() throws IOException {
    build(false, MUSK);

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int doc = searcher.search(Schema.typeQuery(Schema.TYPE_QUOTE), 1).scoreDocs[0].doc;
      Document quote = searcher.storedFields().document(doc);

      for (String field : List.of(Schema.ARTICLE_ID, Schema.TITLE, Schema.DATE, Schema.SOURCE)) {
        assertNull(quote.get(field), field + " is stored once, on the article's other documents");
      }
      assertEquals(
          new ArticleRef("seed/musk", "Musk and Altman clash", "2025-01-25", "Wire"),
          ArticleRefs.ofQuote(reader, doc));
    }
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
  void changedRulesVersionForcesFullRebuild() {
    build(false, MUSK);

    try (LuceneIndex index = LuceneIndex.open(folder, "other-rules", false, clock)) {
      assertTrue(index.fullRebuild());
      assertEquals(Map.of(), index.fingerprints());
    }
  }

  @Test
  void buildClosedWithoutCommitLeavesPreviousCommitIntact() throws IOException {
    build(false, MUSK);

    try (LuceneIndex index = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, clock)) {
      index.write(OTHER, List.of(), "fingerprint");
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
      assertEquals(
          Schema.VERSION + "+" + QuoteFinder.RULES_VERSION, data.get(Schema.COMMIT_PIPELINE));
      assertTrue(data.containsKey(Schema.COMMIT_TIME));
    }
  }

  @Test
  @SuppressWarnings("try") // the first writer is held open only for its lock
  void secondWriterFailsFastWithClearMessage() {
    try (LuceneIndex first = LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, clock)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, clock));
      assertTrue(e.getMessage().contains("locked by another writer"), e.getMessage());
    }
  }

  @Test
  void isUpToDateOnlyWhenBuiltAfterTheSourcesChanged() {
    Instant before = Instant.now().minusSeconds(60);
    assertFalse(LuceneIndex.isUpToDate(folder, QuoteFinder.RULES_VERSION, before), "no index yet");

    build(false, MUSK);

    assertTrue(LuceneIndex.isUpToDate(folder, QuoteFinder.RULES_VERSION, before));
    assertFalse(
        LuceneIndex.isUpToDate(folder, QuoteFinder.RULES_VERSION, Instant.now().plusSeconds(60)),
        "sources changed since");
    assertFalse(LuceneIndex.isUpToDate(folder, "other-rules", before), "built by other rules");
  }

  private static List<String> ids(List<Document> documents) {
    return documents.stream().map(d -> d.get(Schema.ID)).sorted().toList();
  }
}
