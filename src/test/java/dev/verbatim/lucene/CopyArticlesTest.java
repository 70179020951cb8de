package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.ArticleRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyArticlesTest {

  private static final String HARBOUR = "“We will rebuild the harbour,” said Mayor Ada Quill.";
  private static final String TAXES = "“Taxes will not rise,” said Ben Ortiz.";

  @TempDir Path folder;

  @Test
  void articlesReadOnceAreTheOnesReadForEachHitWithOneObjectPerArticle() throws IOException {
    QuoteFinder finder = new QuoteFinder();
    try (LuceneIndex index =
        LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, true, Clock.systemUTC())) {
      for (Article article : List.of(wire(2, HARBOUR, TAXES), wire(0, HARBOUR))) {
        index.write(article, finder.find(article), article.id());
      }
      index.flush(); // a second segment: the copies' reads move from one to the next
      Article last = wire(1, HARBOUR, TAXES);
      index.write(last, finder.find(last), last.id());
      index.commit();
    }
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<LeafReaderContext> leaves = reader.leaves();
      assertEquals(2, leaves.size());
      CopyArticles copies = DocFacts.read(reader).copyArticles();
      int harbourGroup = copies.articlesOf(0, leaves).length == 3 ? 0 : 1; // groups by key hash
      ArticleRef[] harbourForEachHit = copies.articlesOf(harbourGroup, leaves);
      ArticleRef[] taxesForEachHit = copies.articlesOf(1 - harbourGroup, leaves);

      copies.readArticles(leaves);
      ArticleRef[] harbour = copies.articlesOf(harbourGroup, leaves);
      ArticleRef[] taxes = copies.articlesOf(1 - harbourGroup, leaves);

      assertArrayEquals(new ArticleRef[] {ref(0), ref(1), ref(2)}, harbourForEachHit);
      assertArrayEquals(new ArticleRef[] {ref(1), ref(2)}, taxesForEachHit);
      assertArrayEquals(harbourForEachHit, harbour);
      assertArrayEquals(taxesForEachHit, taxes);
      assertSame(harbour, copies.articlesOf(harbourGroup, leaves), "read once, then kept");
      assertSame(harbour[1], taxes[0], "one object for wire/01");
      assertSame(harbour[2], taxes[1], "one object for wire/02");
    }
  }

  private static Article wire(int number, String... paragraphs) {
    return new Article(
        "wire/0" + number,
        "Copy " + number,
        LocalDate.of(2025, 3, number + 1),
        "Wire",
        "",
        "",
        Arrays.asList(paragraphs));
  }

  private static ArticleRef ref(int number) {
    return new ArticleRef("wire/0" + number, "Copy " + number, "2025-03-0" + (number + 1), "Wire");
  }
}
