package dev.verbatim.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;

/**
 * The live Solr nodes a ZooKeeper ensemble knows ({@code host:2181,host2:2181/solr}): each node
 * registers itself under {@code /live_nodes} as {@code host:port_context}, and the cluster's URL
 * scheme is in {@code /clusterprops.json}. Read once, when a command connects.
 */
final class ZooKeeperNodes {

  private static final int TIMEOUT_SECONDS = 5;

  private ZooKeeperNodes() {}

  /**
   * The node URLs of the cluster whose ZooKeeper is at {@code connectString}.
   *
   * @throws IllegalStateException when ZooKeeper cannot be reached or knows no live Solr node
   */
  static List<String> read(String connectString) {
    CountDownLatch connected = new CountDownLatch(1);
    ZooKeeper zooKeeper = null;
    try {
      zooKeeper =
          new ZooKeeper(
              connectString,
              TIMEOUT_SECONDS * 1000,
              event -> {
                if (event.getState() == Watcher.Event.KeeperState.SyncConnected) {
                  connected.countDown();
                }
              });
      if (!connected.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("ZooKeeper does not answer at " + connectString);
      }
      String scheme =
          zooKeeper.exists("/clusterprops.json", false) != null
                  && new String(
                          zooKeeper.getData("/clusterprops.json", false, null),
                          StandardCharsets.UTF_8)
                      .contains("\"urlScheme\":\"https\"")
              ? "https://"
              : "http://";
      List<String> urls = new ArrayList<>();
      for (String node : zooKeeper.getChildren("/live_nodes", false)) {
        urls.add(SolrConnection.nodeUrl(scheme, node));
      }
      if (urls.isEmpty()) {
        throw new IllegalStateException(
            "ZooKeeper at " + connectString + " knows no live Solr node");
      }
      return urls;
    } catch (KeeperException.NoNodeException e) {
      throw new IllegalStateException(
          "ZooKeeper at "
              + connectString
              + " holds no SolrCloud cluster (no /live_nodes; is the chroot, such as /solr, missing?)",
          e);
    } catch (KeeperException | IOException e) {
      throw new IllegalStateException(
          "cannot read the Solr nodes from ZooKeeper at " + connectString + ": " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ZooKeeper at " + connectString, e);
    } finally {
      if (zooKeeper != null) {
        try {
          zooKeeper.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
