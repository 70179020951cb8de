package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.Facets;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.Speaker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search's counts when its segments are counted by collectors of their own, as a searcher with an
 * executor does: the copies of a quotation that two collectors both met must count once.
 */
class MatchCountsTest {

  @TempDir Path folder;
  private final QuoteFinder finder = new QuoteFinder();

  @Test
  void copiesMetBySeveralCollectorsCountOnceInEveryCount() throws IOException {
    write(true, article("port/a", 1, "Ada Quill"), article("port/b", 2, "Ada Quill"));
    write(false, article("port/c", 2, "Ben Ortiz"), article("port/d", 3, "Ada Quill"));

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory);
        ExecutorService executor = Executors.newFixedThreadPool(2)) {
      assertEquals(2, reader.leaves().size(), "the full build's segment and the update's");
      DocFacts facts = DocFacts.read(reader);
      IndexSearcher perSegment = new SegmentPerSlice(reader, executor);
      SearchRequest request = SearchRequest.of("harbour");
      Query query = new QueryFactory(TextAnalysis.forQuery()).userQuery(request.query());

      MatchCounts counts = perSegment.search(query, MatchCounts.manager(facts, request));

      // four paragraphs, and the quotation once, whoever it is given to and in whatever month
      assertEquals(5, counts.total());
      assertEquals(8, counts.mentions());
      assertEquals(
          new Facets(
              Map.of("paragraph", 4L, "quote", 1L),
              Map.of("Ada Quill", 1L, "Ben Ortiz", 1L),
              Map.of("2025-01", 2L, "2025-02", 3L, "2025-03", 2L)),
          counts.facets());
      assertEquals(
          List.of(
              new Speaker("Ada Quill", 1, "2025-01-01", "2025-03-01"),
              new Speaker("Ben Ortiz", 1, "2025-02-01", "2025-02-01")),
          perSegment.search(Schema.typeQuery(Schema.TYPE_QUOTE), SpeakerTable.manager(facts)));
    }
  }

  @Test
  void everyMatchIsCountedWhetherMatchesAreDenseOrSparse() throws IOException {
    List<String> paragraphs =
        IntStream.range(0, 9000)
            .mapToObj(
                n ->
                    "Berth "
                        + n
                        + (n % 10 == 0
                            ? " opened."
                            : n % 66 == 5 ? " was sold." : " of the harbour."))
            .toList();
    write(
        true,
        new Article("port/long", "Harbour", LocalDate.of(2025, 1, 1), "", "", "", paragraphs));

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      DocFacts facts = DocFacts.read(reader);
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryFactory queries = new QueryFactory(TextAnalysis.forQuery());
      // one word's matches are handed over in bulk, a sparse word's (under 1 in 64) one at a time,
      // and so are two words', a conjunction; each more than a batch of 128
      for (Map.Entry<String, Long> word :
          Map.of("opened", 900L, "sold", 137L, "berth opened", 900L, "harbour", 7963L).entrySet()) {
        SearchRequest request = SearchRequest.of(word.getKey());
        Query query = LookedUpTerms.in(searcher, queries.userQuery(word.getKey()));

        MatchCounts counts = searcher.search(query, MatchCounts.manager(facts, request));

        assertEquals(word.getValue(), counts.total(), word.getKey());
        assertEquals(
            new Facets(
                Map.of("paragraph", word.getValue()), Map.of(), Map.of("2025-01", word.getValue())),
            counts.facets(),
            word.getKey());
      }
    }
  }

  private static Article article(String id, int month, String speaker) {
    return new Article(
        id,
        "Port",
        LocalDate.of(2025, month, 1),
        "Wire",
        "",
        "",
        List.of("“We will rebuild the harbour,” said " + speaker + "."));
  }

  private void write(boolean full, Article... articles) {
    try (LuceneIndex index =
        LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, full, Clock.systemUTC())) {
      for (Article article : articles) {
        index.write(article, finder.find(article), article.id());
      }
      index.commit();
    }
  }

  /** A searcher that gives every segment a slice, so a collector, of its own. */
  private static final class SegmentPerSlice extends IndexSearcher {
    SegmentPerSlice(DirectoryReader reader, ExecutorService executor) {
      super(reader, executor);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return leaves.stream()
          .map(
              leaf ->
                  new LeafSlice(List.of(LeafReaderContextPartition.createForEntireSegment(leaf))))
          .toArray(LeafSlice[]::new);
    }
  }
}
