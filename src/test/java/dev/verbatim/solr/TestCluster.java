package dev.verbatim.solr;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud cluster (2 nodes, embedded ZooKeeper, Solr 9.10.1) in a child JVM, started once
 * per test JVM from the build in {@code src/solr-cluster} (built first when needed) and stopped
 * when the tests end. Tests talk to it over HTTP, as users do.
 */
public final class TestCluster {

  private static final Path BUILD = Path.of("src/solr-cluster");
  private static TestCluster shared;
  private static TestCluster secured;

  /** The user and password of {@link #secured()}. */
  public static final SolrCredentials USER = new SolrCredentials("verbatim", "cluster-pass-4e1b");

  private final Process process;
  private final SolrCredentials user;
  private final PrintWriter commands;
  private final BufferedReader answers;
  private final List<String> nodes = new ArrayList<>();
  private String zooKeeper;

  private TestCluster(Process process, SolrCredentials user) throws IOException {
    this.process = process;
    this.user = user;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.answers =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = answers.readLine(); !"ready".equals(line); line = answers.readLine()) {
      if (line == null) {
        throw new IllegalStateException(
            "the Solr cluster did not start; see target/solr-cluster.err");
      }
      if (line.startsWith("node ")) {
        nodes.add(line.split(" ")[2]);
      } else if (line.startsWith("zk ")) {
        zooKeeper = line.substring(3);
      }
    }
  }

  /** The cluster of this test JVM, started at the first call. */
  public static synchronized TestCluster get() {
    if (shared == null) {
      shared = startOrFail(2, null);
    }
    return shared;
  }

  /**
   * A one-node cluster of this test JVM that answers only {@link #USER} (basic authentication),
   * started at the first call.
   */
  public static synchronized TestCluster secured() {
    if (secured == null) {
      secured = startOrFail(1, USER);
    }
    return secured;
  }

  private static TestCluster startOrFail(int nodes, SolrCredentials user) {
    try {
      TestCluster cluster = start(nodes, user);
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop));
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static TestCluster start(int nodes, SolrCredentials user)
      throws IOException, InterruptedException {
    Path classpath = BUILD.resolve("target/classpath.txt");
    Process build =
        new ProcessBuilder(
                "scripts/mvn", "-q", "-B", "-f", BUILD.resolve("pom.xml").toString(), "package")
            .inheritIO()
            .start();
    if (build.waitFor() != 0 || !Files.exists(classpath)) {
      throw new IllegalStateException("building " + BUILD + " failed");
    }
    Path data = Files.createTempDirectory("verbatim-solr-cluster");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder cluster =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                BUILD.resolve("target/classes")
                    + File.pathSeparator
                    + Files.readString(classpath).strip(),
                "dev.verbatim.cluster.SolrCluster",
                String.valueOf(nodes),
                data.toString())
            .redirectError(
                Path.of(user == null ? "target/solr-cluster.err" : "target/solr-secured.err")
                    .toFile());
    cluster.environment().remove(SolrCredentials.USER_VARIABLE);
    cluster.environment().remove(SolrCredentials.PASSWORD_VARIABLE);
    if (user != null) {
      cluster.environment().put(SolrCredentials.USER_VARIABLE, user.user());
      cluster.environment().put(SolrCredentials.PASSWORD_VARIABLE, user.password());
    }
    return new TestCluster(cluster.start(), user);
  }

  /** A connection to every node, with this version's configset uploaded. */
  public SolrConnection connect() {
    SolrConnection solr = SolrConnection.to(urls(), user);
    new SolrCollections(solr).uploadConfigSet();
    return solr;
  }

  /**
   * Writes {@code articles} with their quotations into a new collection of 2 shards × 2 replicas
   * behind {@code alias}, in one build, as {@code TestIndex.build} does for the embedded index.
   */
  public static void build(SolrConnection solr, String alias, List<Article> articles) {
    QuoteFinder finder = new QuoteFinder();
    try (SolrIndex index =
        SolrIndex.open(solr, alias, QuoteFinder.RULES_VERSION, true, 2, 2, Clock.systemUTC())) {
      articles.forEach(article -> index.write(article, finder.find(article), article.id()));
      index.commit();
    }
  }

  /** The node URLs, comma-separated, as {@code --solr} takes them. */
  public String urls() {
    return String.join(",", nodes);
  }

  /** The cluster's ZooKeeper, {@code host:port/solr}. */
  public String zooKeeper() {
    return zooKeeper;
  }

  public List<String> nodes() {
    return List.copyOf(nodes);
  }

  /** Stops node {@code n} (1-based), as if its machine died. */
  public synchronized void stopNode(int n) {
    command("stop " + n, "stopped");
  }

  /** Starts node {@code n} again on its port. */
  public synchronized void startNode(int n) {
    command("start " + n, "started");
  }

  private void command(String command, String expected) {
    commands.println(command);
    try {
      String answer = answers.readLine();
      if (answer == null || !answer.startsWith(expected)) {
        throw new IllegalStateException(
            "the cluster answered '" + answer + "' to '" + command + "'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop() {
    commands.println("quit");
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
