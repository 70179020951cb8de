package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.solr.FaultyNode.Fault;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What replicas and aliases promise, on the real cluster: searches keep answering while a node dies
 * and while a rebuild swaps the alias.
 */
@Tag("solr")
class SolrFaultsTest {

  private static final String[] WORDS = {
    "harbour", "money", "council", "river", "budget", "school"
  };
  private static SolrConnection solr;

  @BeforeAll
  static void connect() {
    solr = TestCluster.get().connect();
  }

  @AfterAll
  static void disconnect() {
    solr.close();
  }

  private static List<Article> articles(int count) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String word = WORDS[i % WORDS.length];
      articles.add(
          new Article(
              "faults/" + i,
              "Story " + i,
              LocalDate.of(2025, 1 + i % 12, 1),
              "Wire",
              "",
              "",
              List.of(
                  "The " + word + " was discussed at length on day " + i + ".",
                  "“We will look at the " + word + " again,” said Mayor Ada Quill.")));
    }
    return articles;
  }

  /** Runs searches on two threads until {@code during} returns, and counts those that failed. */
  private static Load searchWhile(SolrSearch search, Runnable during) throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(2);
    for (int t = 0; t < 2; t++) {
      clients.execute(
          () -> {
            for (int i = 0; running.get(); i++) {
              try {
                long total = search.search(SearchRequest.of(WORDS[i % WORDS.length])).total();
                if (total == 0) {
                  failures.add("no hits for " + WORDS[i % WORDS.length]);
                }
                answered.incrementAndGet();
              } catch (RuntimeException e) {
                failures.add(e.getMessage());
              }
            }
          });
    }
    try {
      during.run();
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
    }
    return new Load(answered.get(), failures);
  }

  private record Load(int answered, List<String> failures) {}

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void searchesKeepAnsweringWhileANodeDies() throws InterruptedException {
    TestCluster.build(solr, "faults_node", articles(60));
    SolrSearch search = SolrSearch.open(solr, "faults_node");

    Load load =
        searchWhile(
            search,
            () -> {
              sleep(1500);
              TestCluster.get().stopNode(2);
              sleep(4000);
              TestCluster.get().startNode(2);
              sleep(1500);
            });

    assertEquals(
        List.of(),
        load.failures().stream().distinct().limit(5).toList(),
        load.failures().size() + " of " + (load.answered() + load.failures().size()) + " failed");
    assertTrue(load.answered() > 50, "answered " + load.answered());
  }

  @Test
  void searchesKeepAnsweringWhileARebuildSwapsTheAlias() throws InterruptedException {
    TestCluster.build(solr, "faults_alias", articles(60));
    SolrSearch search = SolrSearch.open(solr, "faults_alias");
    String before = new SolrCollections(solr).collectionOf("faults_alias");

    Load load =
        searchWhile(
            search,
            () -> {
              sleep(1000);
              TestCluster.build(solr, "faults_alias", articles(80));
              sleep(1500);
            });

    assertEquals(
        List.of(),
        load.failures().stream().distinct().limit(5).toList(),
        load.failures().size() + " of " + (load.answered() + load.failures().size()) + " failed");
    assertTrue(
        !before.equals(new SolrCollections(solr).collectionOf("faults_alias")),
        "the alias moved to the new build");
    assertEquals(80, search.stats().articles());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aNodeThatFailsToAnswerWholeCostsARetryNotAnError(Fault fault) throws IOException {
    String collection = "faults_" + fault.name().toLowerCase(Locale.ROOT);
    TestCluster.build(solr, collection, articles(12));
    try (FaultyNode faulty = new FaultyNode(fault);
        SolrConnection withFaulty =
            SolrConnection.to(
                faulty.url() + "," + TestCluster.get().nodes().get(0),
                null,
                Duration.ofSeconds(1))) {
      SolrSearch search = SolrSearch.open(withFaulty, collection);

      for (String word : WORDS) { // each request starts at the next node: half at the faulty one
        assertTrue(search.search(SearchRequest.of(word)).total() > 0, word);
      }
    }
  }

  @Test
  void oneNodeUrlIsEnoughWhenThatNodeDies() {
    TestCluster.build(solr, "faults_one_url", articles(30));
    List<String> nodes = TestCluster.get().nodes();
    try (SolrConnection one = SolrConnection.to(nodes.get(0)).discoverNodes()) {
      assertEquals(Set.copyOf(nodes), Set.copyOf(one.urls()), "the other node was discovered");
      SolrSearch search = SolrSearch.open(one, "faults_one_url");
      TestCluster.get().stopNode(1);
      try {
        for (String word : WORDS) {
          assertTrue(search.search(SearchRequest.of(word)).total() > 0, word);
        }
      } finally {
        TestCluster.get().startNode(1);
      }
    }
  }
}
