package dev.verbatim.cli;

import dev.verbatim.corpus.Corpus;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.SolrSearch;
import dev.verbatim.web.AccessKeys;
import dev.verbatim.web.ServedIndex;
import dev.verbatim.web.WebServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim serve}: serves the page and the API, indexing the corpus first if the index is
 * missing or stale (searches get 503 meanwhile).
 */
@Command(
    name = "serve",
    description =
        "Serves the search page and the JSON API. Builds the index when it is missing or older than the "
            + "corpus; searches get 503 until the build is committed. A concurrent `verbatim index` is picked up within a "
            + "second, without a restart. With --solr, serves the SolrCloud collection that `index --solr` builds.")
final class ServeCommand implements Callable<Integer> {

  /** How often the server looks for a newer commit of the index. */
  private static final long REFRESH_MILLIS = 1000;

  @Spec CommandSpec spec;

  @Mixin CorpusFolderOption corpus;

  @Mixin IndexFolderOption index;

  @Mixin SolrOptions solr;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--kept-answers",
      paramLabel = "N",
      defaultValue = "" + LuceneSearch.KEPT_ANSWERS,
      description =
          "Recent answers kept in memory until the index changes, each once its request comes a second time; 0 for none "
              + "(default: ${DEFAULT-VALUE}); the embedded index only: on SolrCloud, Solr's own caches serve repeats.")
  int keptAnswers;

  @Option(
      names = "--keys-file",
      paramLabel = "FILE",
      description =
          "Access keys that every request but /health must carry, one or more per line (default: the "
              + AccessKeys.ENVIRONMENT_VARIABLE
              + " environment variable, comma-separated). Never give a key on the command line, where"
              + " other users see it.")
  Path keysFile;

  @Option(
      names = "--no-auth",
      description =
          "Serve beyond this machine (--host) without access keys: anyone who can reach the port reads the archive.")
  boolean noAuth;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Asks a running server to stop; {@link #call()} then closes it and returns. */
  void stop() {
    stopRequested.countDown();
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (keptAnswers < 0) {
      throw new ParameterException(
          spec.commandLine(), "--kept-answers must be 0 or more, got " + keptAnswers);
    }
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
    }
    AccessKeys keys = accessKeys();
    if (solr.isSet()) {
      return serveSolr(out, keys);
    }
    // Jetty starts, the corpus is checked and the index opens side by side: each takes a few
    // hundred milliseconds. Requests wait for the index; while a stale one is rebuilt they get 503.
    CompletableFuture<SearchBackend> opening = open();
    ServedIndex served = new ServedIndex();
    WebServer server;
    try {
      server = new WebServer(served, keys).start(host, port);
    } catch (RuntimeException e) {
      closeWhenOpen(opening);
      throw e; // before any build: a taken port is reported at once
    }
    // set as soon as searches can start: a full build's merge goes on while they run
    AtomicReference<SearchBackend> searcher = new AtomicReference<>();
    boolean ready = false;
    try {
      if (!LuceneIndex.isUpToDate(
          index.folder, QuoteFinder.RULES_VERSION, new Corpus(corpus.folder).lastModified())) {
        served.unavailable("the index is being built; try again in a moment");
        closeWhenOpen(opening);
        out.println(
            LuceneIndex.exists(index.folder)
                ? "The index in "
                    + index.folder
                    + " is older than the corpus in "
                    + corpus.folder
                    + " (or than this version's rules); updating it."
                : "No index in " + index.folder + " yet; building it from " + corpus.folder + ".");
        out.flush();
        int exit =
            new IndexRun(out, spec.commandLine().getErr(), Clock.systemUTC())
                .run(
                    corpus.folder,
                    index.folder,
                    false,
                    () -> {
                      searcher.set(LuceneSearch.open(index.folder, keptAnswers));
                      served.ready(searcher.get());
                    });
        if (exit != 0) {
          return exit;
        }
      } else {
        searcher.set(join(opening));
        served.ready(searcher.get());
      }
      ready = true;
    } finally {
      if (!ready) {
        served.unavailable("the server is stopping");
        server.close();
        if (searcher.get() != null) {
          searcher.get().close();
        }
      }
    }
    return serveUntilStopped(server, searcher.get(), out, index.folder.toString(), keys);
  }

  /**
   * The keys requests must carry, or null when none are needed: on loopback without keys, or with
   * --no-auth. Off loopback, serving without keys must be asked for.
   */
  private AccessKeys accessKeys() {
    AccessKeys keys;
    try {
      keys = AccessKeys.configured(keysFile, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
    }
    if (noAuth && keys != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--no-auth and access keys ("
              + (keysFile != null ? "--keys-file" : AccessKeys.ENVIRONMENT_VARIABLE)
              + ") contradict each other; give one");
    }
    if (keys == null && !noAuth && !isLoopback(host)) {
      throw new ParameterException(
          spec.commandLine(),
          "--host "
              + host
              + " serves the archive beyond this machine; give access keys (set "
              + AccessKeys.ENVIRONMENT_VARIABLE
              + " or pass --keys-file FILE), or pass --no-auth to let anyone who can reach the port"
              + " read it");
    }
    return keys;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Serves the collection behind the alias; `index --solr` builds it, and each of its builds is
   * seen at once.
   */
  private int serveSolr(PrintWriter out, AccessKeys keys) throws InterruptedException {
    try (SolrConnection connection = solr.connect()) {
      SearchBackend search = SolrSearch.open(connection, solr.collection);
      ServedIndex served = new ServedIndex();
      served.ready(search);
      WebServer server = new WebServer(served, keys).start(host, port);
      return serveUntilStopped(
          server, search, out, "the SolrCloud collection " + solr.collection, keys);
    }
  }

  /** Keeps {@code searcher} on the newest commit until {@link #stop()}, then closes both. */
  private int serveUntilStopped(
      WebServer server, SearchBackend searcher, PrintWriter out, String what, AccessKeys keys)
      throws InterruptedException {
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("index-refresh").factory());
    PrintWriter err = spec.commandLine().getErr();
    var unused =
        refresher.scheduleWithFixedDelay(
            () -> refresh(searcher, err),
            REFRESH_MILLIS,
            REFRESH_MILLIS,
            TimeUnit.MILLISECONDS); // ends with the refresher
    Thread onExit =
        new Thread(
            () -> {
              stop();
              awaitQuietly(stopped);
            });
    Runtime.getRuntime().addShutdownHook(onExit);
    try {
      out.printf(
          "Verbatim is serving %s on http://%s:%d/ (%sCtrl-C to stop)%n",
          what, host, server.port(), keys != null ? "access keys required; " : "");
      if (keys == null && !isLoopback(host)) {
        out.println("warning: no access keys (--no-auth): anyone who can reach the port reads it");
      }
      out.flush();
      stopRequested.await();
    } finally {
      refresher.shutdownNow();
      refresher.awaitTermination(10, TimeUnit.SECONDS);
      server.close();
      searcher.close();
      stopped.countDown();
      removeQuietly(onExit);
    }
    return 0;
  }

  private CompletableFuture<SearchBackend> open() {
    return CompletableFuture.supplyAsync(() -> LuceneSearch.open(index.folder, keptAnswers));
  }

  private static SearchBackend join(CompletableFuture<SearchBackend> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * Waits for an opening that is no longer wanted, and closes what it opened (a missing index opens
   * nothing).
   */
  private static void closeWhenOpen(CompletableFuture<SearchBackend> opening) {
    opening
        .handle(
            (searcher, error) -> {
              if (searcher != null) {
                searcher.close();
              }
              return null;
            })
        .join();
  }

  /**
   * One refresh; a failure is reported and the next refresh tries again (a thrown error would end
   * them all).
   */
  private static void refresh(SearchBackend searcher, PrintWriter err) {
    try {
      searcher.refresh();
    } catch (RuntimeException e) {
      err.println(
          "warning: cannot open the newest index commit, still serving the previous one: "
              + e.getMessage());
      err.flush();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it is what stopped us
    }
  }
}
