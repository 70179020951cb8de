package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchBackendContract;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The search contract on a real 2-node SolrCloud cluster, 2 shards × 2 replicas per collection. */
@Tag("solr")
class SolrSearchTest extends SearchBackendContract {

  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static SolrConnection solr;

  @BeforeAll
  static void connect() {
    solr = TestCluster.get().connect();
  }

  @AfterAll
  static void disconnect() {
    solr.close();
  }

  @Test
  void articleChangedInAnIncrementalBuildKeepsNoneOfItsOldQuotations() {
    String alias = "changed_" + BUILDS.incrementAndGet();
    Article before =
        plans(
            "“We will rebuild the harbour,” said Mayor Ada Quill.",
            "“The tide is late,” said Mayor Ada Quill.");
    Article after = plans("“We will move the harbour,” said Mayor Ada Quill.");
    TestCluster.build(solr, alias, List.of(before));
    QuoteFinder finder = new QuoteFinder();
    try (SolrIndex index =
        SolrIndex.open(solr, alias, QuoteFinder.RULES_VERSION, false, 2, 2, Clock.systemUTC())) {
      index.write(after, finder.find(after), "changed");
      index.commit();
    }

    try (SolrSearch search = SolrSearch.open(solr, alias)) {
      SearchResponse quotes =
          search.search(new SearchRequest("", "quote", null, null, null, null, 1, 10));
      assertEquals(1, quotes.mentions(), quotes.hits().toString());
      assertEquals("We will move the harbour", quotes.hits().get(0).text());
    }
  }

  @Test
  void compactingMergesEveryCoreIntoOneSegment() {
    String alias = "compacted_" + BUILDS.incrementAndGet();
    TestCluster.build(solr, alias, harbourArticles("first", 20));
    QuoteFinder finder = new QuoteFinder();
    try (SolrIndex index =
        SolrIndex.open(solr, alias, QuoteFinder.RULES_VERSION, false, 2, 2, Clock.systemUTC())) {
      for (Article article : harbourArticles("second", 20)) {
        index.write(article, finder.find(article), article.id());
      }
      index.commit();
      assertTrue(segments(alias) > 1, "each build's commit wrote a segment on each core");
      SearchResponse before = harbour(alias);

      index.compact();

      assertEquals(1, segments(alias));
      SearchResponse after = harbour(alias);
      assertEquals(before.total(), after.total());
      assertEquals(before.mentions(), after.mentions());
    }
  }

  private static SearchResponse harbour(String alias) {
    try (SolrSearch search = SolrSearch.open(solr, alias)) {
      return search.search(SearchRequest.of("harbour"));
    }
  }

  /** Articles of two paragraphs, one a quotation, with ids {@code <prefix>/<n>}. */
  private static List<Article> harbourArticles(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            n ->
                new Article(
                    prefix + "/" + n,
                    "Harbour " + n,
                    LocalDate.of(2025, 3, 1),
                    "Wire",
                    "",
                    "",
                    List.of("The harbour opened.", "“The harbour is ours,” said Ada Quill.")))
        .toList();
  }

  /**
   * The segments of one core of the collection behind {@code alias}, whichever Solr picks: Luke
   * reports on the core it reaches.
   */
  private static int segments(String alias) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("numTerms", 0);
    params.set("distrib", false);
    GenericSolrRequest request =
        new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/luke", params)
            .setRequiresCollection(true);
    NamedList<Object> luke = solr.request(request, alias);
    return ((Number) ((NamedList<?>) luke.get("index")).get("segmentCount")).intValue();
  }

  /** The same article, "a/plans", with these paragraphs. */
  private static Article plans(String... paragraphs) {
    return new Article(
        "a/plans", "Harbour plans", LocalDate.of(2025, 3, 1), "Wire", "", "", List.of(paragraphs));
  }

  @Override
  protected SearchBackend indexed(String name, List<Article> articles) {
    String alias = "contract_" + name + "_" + BUILDS.incrementAndGet();
    TestCluster.build(solr, alias, articles);
    return SolrSearch.open(solr, alias);
  }
}
