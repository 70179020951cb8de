package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookedUpTermsTest {

  @TempDir Path folder;

  private final QueryFactory queries = new QueryFactory(TextAnalysis.forQuery());

  @Test
  void everyTermOfAUserQueryCarriesItsStatesInTheReaderAndFindsWhatTheParsedQueryFinds()
      throws IOException {
    try (Directory directory = FSDirectory.open(folder)) {
      writeParagraphsInSegments(directory);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int terms = 0;
        for (String typed :
            List.of("tax", "tax vote", "tax | court", "\"tax plan\" -court", "minist*", "-vote")) {
          Query parsed = queries.userQuery(typed);
          Query looked = LookedUpTerms.in(searcher, parsed);

          List<TermQuery> termQueries = termQueries(looked);
          terms += termQueries.size();
          for (TermQuery term : termQueries) {
            assertNotNull(term.getTermStates(), typed + ": " + term);
            assertTrue(
                term.getTermStates().wasBuiltFor(searcher.getTopReaderContext()),
                typed + ": " + term);
          }
          assertEquals(parsed, looked, typed); // equal for every cache keyed by query
          assertArrayEquals(ranked(searcher, parsed), ranked(searcher, looked), typed);
        }
        assertTrue(terms >= 6, "term queries were checked: " + terms);
      }
    }
  }

  private static void writeParagraphsInSegments(Directory directory) throws IOException {
    String[] words = {"tax", "plan", "vote", "court", "minister", "ministry", "border"};
    IndexWriterConfig config =
        new IndexWriterConfig(TextAnalysis.forIndex()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int doc = 0; doc < 120; doc++) {
        Document document = new Document();
        String text =
            words[doc % words.length] + " " + words[doc * 3 % words.length] + " " + words[doc % 5];
        document.add(new TextField(Schema.TEXT, text, Field.Store.NO));
        writer.addDocument(document);
        if (doc % 30 == 29) {
          writer.commit(); // several segments, each looked up
        }
      }
    }
  }

  private static List<TermQuery> termQueries(Query query) {
    List<TermQuery> found = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            if (leaf instanceof TermQuery term) {
              found.add(term);
            }
          }
        });
    return found;
  }

  private static String[] ranked(IndexSearcher searcher, Query query) throws IOException {
    ScoreDoc[] hits = searcher.search(query, 200).scoreDocs;
    String[] ranked = new String[hits.length];
    for (int i = 0; i < hits.length; i++) {
      ranked[i] = hits[i].doc + ":" + hits[i].score;
    }
    return ranked;
  }
}
