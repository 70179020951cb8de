package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.bench.CorpusGenerator;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.index.IndexBuild;
import dev.verbatim.index.IndexSink;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same generated corpus, built by the same IndexBuild into a temp Lucene index and into a
 * collection on the cluster, answers a mix of requests alike: totals, facets and the highlighted
 * hits (as a set: scores differ, since each shard scores with its own term statistics).
 */
@Tag("solr")
class BackendsAgreeTest {

  private static final List<SearchRequest> REQUESTS =
      List.of(
          SearchRequest.of(""),
          SearchRequest.of("money"),
          SearchRequest.of("altman"),
          SearchRequest.of("\"artificial intelligence\""),
          SearchRequest.of("musk*"),
          SearchRequest.of("softbank | stargate"),
          SearchRequest.of("-money"),
          SearchRequest.of("dont"),
          SearchRequest.of("zzzz"),
          new SearchRequest("", "quote", null, null, null, null, 1, 10),
          new SearchRequest("money", "quote", "Elon Musk", null, null, null, 1, 10),
          new SearchRequest(
              "",
              "paragraph",
              null,
              null,
              LocalDate.of(2010, 1, 1),
              LocalDate.of(2012, 12, 31),
              1,
              10),
          new SearchRequest("musk", null, null, null, null, null, 2, 10));

  @TempDir static Path dir;
  private static SolrConnection solr;
  private static SearchBackend lucene;
  private static SearchBackend cloud;

  @BeforeAll
  static void buildBoth() {
    CorpusGenerator.from(List.of(Path.of("corpus"))).write(dir.resolve("corpus"), 1500, 5);
    Corpus corpus = new Corpus(dir.resolve("corpus"));
    build(
        corpus,
        LuceneIndex.open(dir.resolve("index"), QuoteFinder.RULES_VERSION, true, Clock.systemUTC()));
    lucene = LuceneSearch.open(dir.resolve("index"));
    solr = TestCluster.get().connect();
    build(
        corpus,
        SolrIndex.open(solr, "agree", QuoteFinder.RULES_VERSION, true, 2, 2, Clock.systemUTC()));
    cloud = SolrSearch.open(solr, "agree");
  }

  private static void build(Corpus corpus, IndexSink sink) {
    try (sink) {
      assertTrue(
          new IndexBuild(corpus, new QuoteFinder(), problem -> {})
                  .run(corpus.files(), sink, () -> {})
                  .result()
                  .articles()
              > 0);
    }
  }

  @AfterAll
  static void close() {
    lucene.close();
    cloud.close();
    solr.close();
  }

  @Test
  void sameStats() {
    var local = lucene.stats();
    var distributed = cloud.stats();

    assertEquals(
        List.of(local.articles(), local.paragraphs(), local.quotes(), local.speakers()),
        List.of(
            distributed.articles(),
            distributed.paragraphs(),
            distributed.quotes(),
            distributed.speakers()));
  }

  @Test
  void sameTotalsFacetsSuggestionsAndHighlightedHits() {
    for (SearchRequest request : REQUESTS) {
      SearchResponse local = lucene.search(request);
      SearchResponse distributed = cloud.search(request);

      assertEquals(local.total(), distributed.total(), "total of " + request);
      assertEquals(local.mentions(), distributed.mentions(), "mentions of " + request);
      assertEquals(local.facets(), distributed.facets(), "facets of " + request);
      assertEquals(local.suggestion(), distributed.suggestion(), "suggestion of " + request);
      assertEquals(local.hits().size(), distributed.hits().size(), "hits of " + request);
      if (local.total()
          <= request.size()) { // the whole answer is on the page: the same hits, whatever the order
        assertEquals(marked(local), marked(distributed), "hits of " + request);
      }
    }
  }

  @Test
  void sameArticleView() {
    String id = lucene.search(SearchRequest.of("money")).hits().get(0).article().id();

    assertEquals(lucene.article(id, "money"), cloud.article(id, "money"));
  }

  private static List<String> marked(SearchResponse response) {
    return response.hits().stream()
        .map(hit -> hit.type() + " " + hit.highlight() + " " + hit.speaker())
        .sorted()
        .toList();
  }
}
