package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistinctTopHitsTest {

  private static final String[] WORDS = {
    "tax", "plan", "money", "vote", "people", "minister", "said", "deal", "court", "border"
  };

  @TempDir Path folder;

  @Test
  void keepsTheBestCopyOfEachQuotationAsIfEveryMatchWereRankedThenFolded() throws IOException {
    Random random = new Random(7);
    try (Directory directory = FSDirectory.open(folder)) {
      writeRepeatedQuotationsAndParagraphs(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(
            reader.leaves().size() > 5, "several segments, so kept hits carry across leaves");
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Query> queries =
            List.of(
                new TermQuery(new Term(Schema.TEXT, "tax")),
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.TEXT, "peopl")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Schema.TEXT, "vote")), BooleanClause.Occur.SHOULD)
                    .build());
        for (Query query : queries) {
          for (int wanted : new int[] {1, 3, 10, 40, 500}) {
            List<ScoreDoc> expected = rankedThenFolded(searcher, query, wanted);
            List<ScoreDoc> found = searcher.search(query, DistinctTopHits.manager(wanted));

            assertEquals(docs(expected), docs(found), query + ", best " + wanted);
            assertEquals(scores(expected), scores(found), query + ", best " + wanted);
          }
        }
      }
    }
  }

  /**
   * 60 quotations with 1–30 copies each among 400 paragraphs. Copies share a key; half the
   * quotations have copies with the same words (they tie), half copies with words of their own, so
   * copies score apart and a quotation dropped from the best may come back with a better copy.
   */
  private static void writeRepeatedQuotationsAndParagraphs(Directory directory, Random random)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(TextAnalysis.forIndex())
            .setMaxBufferedDocs(97)
            .setMergePolicy(NoMergePolicy.INSTANCE);
    List<Document> documents = new ArrayList<>();
    for (int q = 0; q < 60; q++) {
      String text = words(random, 3 + random.nextInt(12));
      for (int copy = 0, copies = 1 + random.nextInt(30); copy < copies; copy++) {
        Document quote =
            document(
                "q" + q + "c" + copy, q % 2 == 0 ? text : words(random, 3 + random.nextInt(12)));
        quote.add(new NumericDocValuesField(Schema.QUOTE_KEY, q));
        documents.add(quote);
      }
    }
    for (int p = 0; p < 400; p++) {
      documents.add(document("p" + p, words(random, 5 + random.nextInt(30))));
    }
    Collections.shuffle(documents, random);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Document document : documents) {
        writer.addDocument(document);
      }
    }
  }

  private static Document document(String id, String text) {
    Document document = new Document();
    document.add(new TextField(Schema.TEXT, text, Field.Store.NO));
    document.add(new NumericDocValuesField(Schema.ID_ORDER, id.hashCode()));
    return document;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }

  /**
   * Every match ranked (score, then id order, then doc), then later copies of a kept key dropped.
   */
  private static List<ScoreDoc> rankedThenFolded(IndexSearcher searcher, Query query, int wanted)
      throws IOException {
    Sort sort =
        new Sort(
            SortField.FIELD_SCORE,
            new SortField(Schema.ID_ORDER, SortField.Type.LONG),
            SortField.FIELD_DOC);
    int all = searcher.getIndexReader().maxDoc();
    ScoreDoc[] ranked =
        searcher.search(query, new TopFieldCollectorManager(sort, all, null, Integer.MAX_VALUE))
            .scoreDocs;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Set<Long> keys = new HashSet<>();
    List<ScoreDoc> folded = new ArrayList<>();
    for (ScoreDoc hit : ranked) {
      hit.score = (Float) ((FieldDoc) hit).fields[0];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      NumericDocValues key = DocValues.getNumeric(leaf.reader(), Schema.QUOTE_KEY);
      if ((!key.advanceExact(hit.doc - leaf.docBase) || keys.add(key.longValue()))
          && folded.size() < wanted) {
        folded.add(hit);
      }
    }
    return folded;
  }

  private static List<Integer> docs(List<ScoreDoc> hits) {
    return hits.stream().map(hit -> hit.doc).toList();
  }

  private static List<Float> scores(List<ScoreDoc> hits) {
    return hits.stream().map(hit -> hit.score).toList();
  }
}
