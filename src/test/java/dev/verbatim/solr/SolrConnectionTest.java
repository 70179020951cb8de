package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.solr.FaultyNode.Fault;
import dev.verbatim.solr.SolrConnection.SolrUnavailableException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How long a request waits on a node that does not answer whole: no longer than the connection's
 * deadline, whatever the node does. Needs no cluster: the nodes are sockets that fail on purpose.
 */
class SolrConnectionTest {

  private static final Duration DEADLINE = Duration.ofSeconds(1);

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aNodeThatFailsToAnswerWholeIsGivenUpByTheDeadline(Fault fault) throws Exception {
    try (FaultyNode node = new FaultyNode(fault);
        SolrConnection solr = SolrConnection.to(node.url(), null, DEADLINE)) {
      SolrUnavailableException e =
          assertTimeoutPreemptively(
              DEADLINE.multipliedBy(10),
              () ->
                  assertThrows(
                      SolrUnavailableException.class,
                      () -> solr.request(new QueryRequest(new SolrQuery("*:*")), "any")));

      assertTrue(
          e.getMessage().startsWith("no Solr node answers at " + node.url()), e.getMessage());
      assertTrue(connectionsClose(node), "the request was abandoned, its connection closed");
    }
  }

  private static boolean connectionsClose(FaultyNode node) throws InterruptedException {
    for (int wait = 0; wait < 50 && node.openConnections() > 0; wait++) {
      Thread.sleep(100);
    }
    return node.openConnections() == 0;
  }
}
