package dev.verbatim.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.security.Sha256AuthenticationProvider;

/**
 * Starts a SolrCloud cluster of Jetty nodes with an embedded ZooKeeper, prints where it listens,
 * and takes commands on standard input until it ends or says {@code quit}:
 *
 * <pre>
 * zk 127.0.0.1:40123            (printed)
 * node 1 http://127.0.0.1:40125/solr
 * node 2 http://127.0.0.1:40127/solr
 * ready
 * stop 2                        (typed: stops node 2, as if its machine died; answers "stopped 2")
 * start 2                       (starts it again on its port; answers "started 2 URL" once
 *                                every replica on it has caught up)
 * quit
 * </pre>
 *
 * Usage: {@code SolrCluster NODES DIR}. The cluster's data and its log ({@code solr.log}) live in
 * DIR, which is left for the caller to remove. With {@code VERBATIM_SOLR_USER} and {@code
 * VERBATIM_SOLR_PASSWORD} in the environment, the cluster answers only that user (basic
 * authentication, as a production cluster would be set up).
 */
public final class SolrCluster {

  private SolrCluster() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/solr-cluster"));
    System.setProperty(
        "verbatim.cluster.log",
        dir.resolve("solr.log").toString()); // read by log4j2.xml, before any logger exists
    MiniSolrCloudCluster.Builder builder =
        new MiniSolrCloudCluster.Builder(nodes, dir)
            .withJettyConfig(
                jetty -> jetty.setPort(0).withFilter(NodeListeners.class, NodeListeners.PATH));
    String user = System.getenv("VERBATIM_SOLR_USER");
    if (user != null) {
      builder.withSecurityJson(security(user, System.getenv("VERBATIM_SOLR_PASSWORD")));
    }
    MiniSolrCloudCluster cluster = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    System.out.println("zk " + cluster.getZkServer().getZkAddress());
    List<JettySolrRunner> runners = cluster.getJettySolrRunners();
    for (int i = 0; i < runners.size(); i++) {
      System.out.println("node " + (i + 1) + " " + runners.get(i).getBaseUrl());
    }
    System.out.println("ready");
    System.out.flush();
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine();
        line != null && !line.strip().equals("quit");
        line = commands.readLine()) {
      String[] words = line.strip().split("\\s+");
      try {
        if (words.length == 2 && words[0].equals("stop")) {
          JettySolrRunner runner = cluster.getJettySolrRunner(Integer.parseInt(words[1]) - 1);
          NodeListeners.close(runner.getLocalPort());
          runner.stop();
          cluster.waitForJettyToStop(runner);
          System.out.println("stopped " + words[1]);
        } else if (words.length == 2 && words[0].equals("start")) {
          JettySolrRunner runner = cluster.getJettySolrRunner(Integer.parseInt(words[1]) - 1);
          runner.start(true); // the same port as before, so clients that knew it find it again
          cluster.waitForNode(runner, 30);
          waitForActiveReplicas(cluster);
          System.out.println("started " + words[1] + " " + runner.getBaseUrl());
        } else if (!line.isBlank()) {
          System.out.println(
              "error: unknown command '" + line.strip() + "' (stop N, start N, quit)");
        }
      } catch (Exception e) {
        System.out.println("error: " + e);
      }
      System.out.flush();
    }
    System.exit(0); // the shutdown hook stops the cluster
  }

  /**
   * Waits until every replica of every collection is active again, as an operator waits before
   * taking the next node down. A replica that has just come back first syncs with its shard's
   * leader, and until it has, the leader's node holds the shard's only active replica: stopping
   * that node a few seconds after the other's restart, under searches, made Solr's stop wait two
   * minutes for a pool's thread ({@code did not forcefully stop}) and then fail, leaving a node
   * neither up nor down for the tests that came after.
   */
  private static void waitForActiveReplicas(MiniSolrCloudCluster cluster)
      throws InterruptedException, TimeoutException {
    ZkStateReader state = cluster.getZkStateReader();
    for (String collection : state.getClusterState().getCollectionNames()) {
      state.waitForState(
          collection,
          60,
          TimeUnit.SECONDS,
          (live, replicas) ->
              replicas == null // deleted meanwhile
                  || replicas.getReplicas().stream().allMatch(replica -> replica.isActive(live)));
    }
  }

  /** Basic authentication for {@code user} alone; every request must carry it. */
  private static String security(String user, String password) {
    return "{\"authentication\": {\"class\": \"solr.BasicAuthPlugin\", \"blockUnknown\": true,"
        + " \"credentials\": {\""
        + user
        + "\": \""
        + Sha256AuthenticationProvider.getSaltedHashedValue(password)
        + "\"}}}";
  }

  private static void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("warning: the cluster did not shut down cleanly: " + e);
    }
  }
}
