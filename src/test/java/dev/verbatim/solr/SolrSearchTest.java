package dev.verbatim.solr;

import dev.verbatim.corpus.Article;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchBackendContract;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

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

  @Override
  protected SearchBackend indexed(String name, List<Article> articles) {
    String alias = "contract_" + name + "_" + BUILDS.incrementAndGet();
    TestCluster.build(solr, alias, articles);
    return SolrSearch.open(solr, alias);
  }
}
