package dev.verbatim.solr;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * and, when that node cannot be reached or gives no whole answer in time, to the next: a dead or
 * stuck node costs a retry, not an error. Requests start at a node that changes each time,
 * spreading the load.
 */
public final class SolrConnection implements AutoCloseable {

  /** Where to find the cluster when no option says: node URLs, comma-separated. */
  public static final String ENVIRONMENT_VARIABLE = "VERBATIM_SOLR";

  /**
   * How long a node has to answer a request whole, status line and body, before the next node is
   * asked. The JDK's client times only the wait for the status line, so a node that stalled in the
   * middle of an answer (stuck, or behind a broken proxy) held the caller, a search thread of the
   * server, for good.
   */
  static final Duration DEADLINE = Duration.ofSeconds(60);

  /** The deadline of work that takes minutes on a large collection: merging it (an optimize). */
  static final Duration LONG_RUNNING_DEADLINE = Duration.ofHours(1);

  private final List<String> urls;
  private final SolrCredentials credentials;
  private final Duration deadline;
  private final List<SolrClient> clients = new CopyOnWriteArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  /**
   * Where each request waits for its answer, so that the caller can stop waiting at the deadline
   * and interrupt the read, which the JDK's client then abandons.
   */
  private final ExecutorService requests =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("solr-request-", 0).factory());

  private SolrConnection(List<String> urls, SolrCredentials credentials, Duration deadline) {
    this.credentials = credentials;
    this.deadline = deadline;
    this.urls = new CopyOnWriteArrayList<>();
    urls.forEach(this::add);
  }

  private void add(String url) {
    urls.add(url);
    HttpJdkSolrClient.Builder client =
        new HttpJdkSolrClient.Builder(url)
            .withConnectionTimeout(2, TimeUnit.SECONDS)
            // the deadlines below bound every request; this one must not cut a long-running one
            .withRequestTimeout(LONG_RUNNING_DEADLINE.toSeconds(), TimeUnit.SECONDS);
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
    return to(where, credentials, DEADLINE);
  }

  /** As {@link #to(String, SolrCredentials)}, giving each node {@code deadline} to answer. */
  static SolrConnection to(String where, SolrCredentials credentials, Duration deadline) {
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
      return new SolrConnection(ZooKeeperNodes.read(spec), credentials, deadline);
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
    return new SolrConnection(List.copyOf(nodes), credentials, deadline);
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
   * @throws SolrUnavailableException when no node can be reached or answers within the deadline
   * @throws SolrRequestException when Solr refuses or fails the request
   */
  public NamedList<Object> request(SolrRequest<?> request, String collection) {
    return request(request, collection, deadline);
  }

  /**
   * As {@link #request}, for work that takes minutes on a large collection, such as merging it:
   * each node has {@link #LONG_RUNNING_DEADLINE} to answer.
   */
  public NamedList<Object> requestLongRunning(SolrRequest<?> request, String collection) {
    return request(request, collection, LONG_RUNNING_DEADLINE);
  }

  private NamedList<Object> request(SolrRequest<?> request, String collection, Duration patience) {
    int first = Math.floorMod(next.getAndIncrement(), clients.size());
    Exception unreachable = null;
    Exception notServing = null;
    for (int i = 0; i < clients.size(); i++) {
      int node = (first + i) % clients.size();
      try {
        return answerWithin(patience, node, request, collection);
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
   * The answer of node {@code node} to {@code request}, read whole within {@code patience}.
   *
   * @throws HttpTimeoutException when the answer is not whole by then; the read is interrupted
   */
  private NamedList<Object> answerWithin(
      Duration patience, int node, SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    SolrClient client = clients.get(node);
    Future<NamedList<Object>> answer = requests.submit(() -> client.request(request, collection));
    try {
      return answer.get(patience.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException(
          urls.get(node) + " gave no whole answer within " + patience.toSeconds() + " s");
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new SolrRequestException("interrupted while waiting for " + urls.get(node), e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case SolrServerException failed -> throw failed;
        case IOException failed -> throw failed;
        case RuntimeException failed -> throw failed;
        case Error failed -> throw failed;
        default -> throw new SolrServerException(e.getCause());
      }
    }
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
    requests.shutdownNow();
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
