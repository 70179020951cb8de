package dev.verbatim.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The nodes of a SolrCloud cluster, reached over the JDK's HTTP client (no Jetty; see the pom). Any
 * node routes a collection's requests to the shards that hold it, so a request goes to one node
 * and, when that node cannot be reached, to the next: a dead node costs a retry, not an error.
 * Requests start at a node that changes each time, spreading the load.
 */
public final class SolrConnection implements AutoCloseable {

  /** Where to find the cluster when no option says: node URLs, comma-separated. */
  public static final String ENVIRONMENT_VARIABLE = "VERBATIM_SOLR";

  private final List<String> urls;
  private final SolrCredentials credentials;
  private final List<SolrClient> clients = new CopyOnWriteArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  private SolrConnection(List<String> urls, SolrCredentials credentials) {
    this.credentials = credentials;
    this.urls = new CopyOnWriteArrayList<>();
    urls.forEach(this::add);
  }

  private void add(String url) {
    urls.add(url);
    HttpJdkSolrClient.Builder client =
        new HttpJdkSolrClient.Builder(url)
            .withConnectionTimeout(2, TimeUnit.SECONDS)
            .withRequestTimeout(60, TimeUnit.SECONDS);
    if (credentials != null) {
      client.withBasicAuthCredentials(credentials.user(), credentials.password());
    }
    clients.add(client.build());
  }

  /**
   * Adds the cluster's other live nodes, as the cluster reports them, so that one URL given is
   * enough to survive that node's death. Does nothing when no node answers: the first request says
   * so.
   */
  public SolrConnection discoverNodes() {
    NamedList<Object> status;
    try {
      status = request(CollectionAdminRequest.getClusterStatus(), null);
    } catch (IllegalStateException unreachable) {
      return this;
    }
    String scheme = urls.get(0).startsWith("https://") ? "https://" : "http://";
    if (status.get("cluster") instanceof NamedList<?> cluster
        && cluster.get("live_nodes") instanceof List<?> live) {
      for (Object node : live) {
        String url = nodeUrl(scheme, node.toString());
        if (!urls.contains(url)) {
          add(url);
        }
      }
    }
    return this;
  }

  /**
   * Connects to a cluster given as node URLs ({@code http://host:8983/solr}, comma-separated) or as
   * its ZooKeeper ({@code host:2181,host2:2181/solr}), whose live nodes are read at once.
   *
   * @throws IllegalArgumentException when {@code where} names no node or ZooKeeper
   * @throws IllegalStateException when ZooKeeper cannot be read
   */
  public static SolrConnection to(String where) {
    return to(where, null);
  }

  /**
   * As {@link #to(String)}, sending {@code credentials} with every request (Solr's basic
   * authentication), or none when null.
   */
  public static SolrConnection to(String where, SolrCredentials credentials) {
    String spec = where == null ? "" : where.strip();
    if (spec.isEmpty()) {
      throw new IllegalArgumentException(
          "no Solr cluster given; pass --solr http://host:8983/solr (or host:2181/solr for ZooKeeper) or set "
              + ENVIRONMENT_VARIABLE);
    }
    if (!spec.startsWith("http://") && !spec.startsWith("https://")) {
      if (!ZOOKEEPER.matcher(spec).matches()) {
        throw new IllegalArgumentException(
            "'"
                + spec
                + "' is neither Solr node URLs (http://host:8983/solr, comma-separated) nor a ZooKeeper"
                + " address (host:2181,host2:2181/solr)");
      }
      return new SolrConnection(ZooKeeperNodes.read(spec), credentials);
    }
    List<String> nodes = new ArrayList<>();
    for (String url : spec.split(",")) {
      String node = url.strip().replaceAll("/+$", "");
      if (node.isEmpty()) {
        continue;
      }
      if (!node.startsWith("http://") && !node.startsWith("https://")) {
        throw new IllegalArgumentException(
            "'"
                + node
                + "' is not a Solr node URL; give node URLs like http://host:8983/solr, comma-separated");
      }
      nodes.add(node);
    }
    return new SolrConnection(List.copyOf(nodes), credentials);
  }

  /**
   * ZooKeeper hosts with ports, comma-separated, then an optional chroot: "zk1:2181,zk2:2181/solr".
   */
  private static final Pattern ZOOKEEPER =
      Pattern.compile("[\\w.-]+:\\d+(,[\\w.-]+:\\d+)*(/[\\w./-]*)?");

  /**
   * The URL of a live node as the cluster names it, "host:8983_solr" (host, port and context path):
   * http://host:8983/solr.
   */
  static String nodeUrl(String scheme, String liveNode) {
    int underscore = liveNode.lastIndexOf('_');
    return scheme
        + (underscore < 0
            ? liveNode
            : liveNode.substring(0, underscore)
                + "/"
                + liveNode.substring(underscore + 1).replace("%2F", "/"));
  }

  /** The node URLs: those given, then those discovered. */
  public List<String> urls() {
    return List.copyOf(urls);
  }

  /**
   * Sends {@code request} about {@code collection} (null for cluster-wide requests) to a node that
   * answers, and returns the answer.
   *
   * @throws SolrUnavailableException when no node can be reached
   * @throws SolrRequestException when Solr refuses or fails the request
   */
  public NamedList<Object> request(SolrRequest<?> request, String collection) {
    int first = Math.floorMod(next.getAndIncrement(), clients.size());
    Exception unreachable = null;
    Exception notServing = null;
    for (int i = 0; i < clients.size(); i++) {
      SolrClient client = clients.get((first + i) % clients.size());
      try {
        return client.request(request, collection);
      } catch (SolrServerException | IOException | RuntimeException e) {
        switch (failureOf(e)) {
          case UNREACHABLE -> unreachable = e;
          case NOT_SERVING ->
              notServing =
                  e; // every request we send may be sent again: reads, adds by id, deletes, commits
          case REFUSED -> throw new SolrRequestException(describe(e), e);
          case UNAUTHORIZED -> throw new SolrRequestException(unauthorized(e), e);
        }
      }
    }
    if (notServing != null) {
      throw new SolrRequestException(describe(notServing), notServing);
    }
    throw new SolrUnavailableException(
        "no Solr node answers at " + String.join(", ", urls) + " (" + describe(unreachable) + ")",
        unreachable);
  }

  /**
   * Why a node did not answer a request: down or gone before it answered, up but not serving
   * (starting, stopping, failing), or refusing the request itself.
   */
  private enum Failure {
    UNREACHABLE,
    NOT_SERVING,
    REFUSED,
    UNAUTHORIZED
  }

  private static Failure failureOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SolrException remote) {
        if (remote.code() == 401 || remote.code() == 403) {
          return Failure.UNAUTHORIZED;
        }
        boolean notSolr =
            remote.getMessage() != null
                && remote.getMessage().contains("but got text/html"); // Jetty's own error page
        return remote.code() >= 500 || notSolr ? Failure.NOT_SERVING : Failure.REFUSED;
      }
      if (cause instanceof IOException) {
        // refused, reset, closed or timed out before an answer came: a node dying mid-request
        // resets its HTTP/2 streams, and the next node can answer the same request
        return Failure.UNREACHABLE;
      }
    }
    return Failure.REFUSED;
  }

  private String unauthorized(Exception e) {
    return credentials == null
        ? "Solr asks for a user name and password ("
            + describe(e)
            + "); set "
            + SolrCredentials.USER_VARIABLE
            + " and "
            + SolrCredentials.PASSWORD_VARIABLE
        : "Solr refused user '"
            + credentials.user()
            + "' ("
            + describe(e)
            + "); check "
            + SolrCredentials.USER_VARIABLE
            + " and "
            + SolrCredentials.PASSWORD_VARIABLE
            + ", and the user's permissions";
  }

  @SuppressWarnings("ReferenceEquality") // a cause that is itself ends the chain
  private static String describe(Throwable e) {
    if (e == null) {
      return "no answer";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() != null ? e.getMessage() : root.toString();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }

  @Override
  public void close() {
    for (SolrClient client : clients) {
      try {
        client.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  /** No node of the cluster can be reached. */
  public static final class SolrUnavailableException extends IllegalStateException {
    SolrUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Solr answered with an error. */
  public static final class SolrRequestException extends IllegalStateException {
    SolrRequestException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
