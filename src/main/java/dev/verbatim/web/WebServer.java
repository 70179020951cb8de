package dev.verbatim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.search.InvalidRequestException;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the JSON API and the search page over a {@link SearchBackend}.
 *
 * <p>Routes: {@code GET /api/search}, {@code /api/articles/{id}}, {@code /api/stats}, {@code
 * /api/speakers}, {@code /api/openapi.json}, {@code /health}, and the page at {@code /}. A bad
 * parameter is a 400 naming it, an unknown article or route a 404, a search while there is no index
 * to answer from a 503 ({@link ServedIndex}), all as JSON; every response carries security headers,
 * among them a Content-Security-Policy that allows no inline script. Given access keys, every route
 * but {@code /health} answers 401 without one ({@link KeyCheck}).
 */
public final class WebServer implements AutoCloseable {

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'");
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Cross-Origin-Opener-Policy", "same-origin");

  /**
   * Requests are GETs with short query strings; a request line, headers or body bigger than this is
   * refused before it is read (414, 431 or 413 from Jetty, as JSON).
   */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  /**
   * When to ask again while the index is unavailable (being rebuilt): a small corpus takes seconds.
   */
  private static final String RETRY_AFTER_SECONDS = "5";

  /**
   * Jetty's threads: its acceptor and selector, and two request threads per core. Jetty's default
   * of up to 200 ran a request on each of wrk's 16 connections at once, and their parsing and JSON
   * writing took turns on the cores with the searches in progress. With the rest waiting in Jetty's
   * queue instead, the uncached p99 at 1M paragraphs on 2 cores had a median of 31 ms over seven
   * runs against 38 ms over nine, at the same throughput (docs/BENCHMARKS.md, stop 53).
   */
  static final int HTTP_THREADS = 2 * Runtime.getRuntime().availableProcessors() + 2;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String JETTY_REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  /** The page, by path: three files from the top-level {@code web/} folder, packed into the jar. */
  private static final Map<String, BundledFile> PAGE =
      Map.of(
          "/", BundledFile.of("/web/index.html", "text/html; charset=utf-8"),
          "/app.js", BundledFile.of("/web/app.js", "text/javascript; charset=utf-8"),
          "/style.css", BundledFile.of("/web/style.css", "text/css; charset=utf-8"));

  private static final BundledFile OPEN_API = BundledFile.of("/openapi.json", "application/json");

  static {
    // Jetty pads a queue by the JVM's reference size, which it asks JMX for unless told: starting
    // the platform MBean server is ~0.2 s of a cold start. References are 4 bytes (compressed oops)
    // for any heap under 32 GB; the value only tunes padding.
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
    }
  }

  private final Javalin app;

  /**
   * A server over the searcher {@code searcher} gives, open to anyone who can reach it; a request
   * waits until it has a searcher.
   */
  public WebServer(Supplier<SearchBackend> searcher) {
    this(searcher, null);
  }

  /**
   * A server over the searcher {@code searcher} gives whose every route but {@code /health} needs
   * one of {@code keys} ({@link KeyCheck}), or that is open when {@code keys} is null.
   */
  public WebServer(Supplier<SearchBackend> searcher, AccessKeys keys) {
    ObjectMapper json = new ObjectMapper();
    AnswerJson answers = new AnswerJson(json);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.threadPool = threadPool();
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.modifyHttpConfiguration(
                  http -> http.setRequestHeaderSize((int) MAX_REQUEST_BYTES));
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new JsonErrorHandler(json, SECURITY_HEADERS)));
              config.jsonMapper(new JavalinJackson(json, false));
              config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
              if (keys != null) {
                KeyCheck check = new KeyCheck(keys);
                config.routes.before(check::check);
              }
              config.routes.get(
                  "/api/search",
                  ctx ->
                      ctx.contentType("application/json")
                          .result(answers.write(searcher.get().search(SearchParams.from(ctx)))));
              config.routes.get("/api/articles/<id>", ctx -> article(ctx, searcher.get()));
              config.routes.get("/api/stats", ctx -> ctx.json(searcher.get().stats()));
              config.routes.get(
                  "/api/speakers", ctx -> ctx.json(Map.of("speakers", searcher.get().speakers())));
              PAGE.forEach(
                  (path, file) -> {
                    config.routes.get(path, ctx -> serve(ctx, file));
                    config.routes.head(path, ctx -> head(ctx, file));
                  });
              config.routes.get("/api/openapi.json", ctx -> serve(ctx, OPEN_API));
              config.routes.head("/api/openapi.json", ctx -> head(ctx, OPEN_API));
              config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
              config.routes.exception(
                  InvalidRequestException.class,
                  (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.param()));
              config.routes.exception(
                  KeyCheck.AccessDeniedException.class,
                  (e, ctx) -> {
                    ctx.header("WWW-Authenticate", KeyCheck.CHALLENGE);
                    if (e.retryAfterSeconds() > 0) {
                      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                    }
                    error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage(), null);
                  });
              config.routes.exception(
                  IllegalArgumentException.class,
                  (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
              config.routes.exception(
                  ServedIndex.IndexUnavailableException.class,
                  (e, ctx) -> {
                    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(
                        ctx,
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal error; the server log has the details",
                        null);
                  });
              config.routes.error(
                  HttpStatus.NOT_FOUND.getCode(),
                  ctx -> {
                    if (!"application/json".equals(ctx.res().getContentType())) {
                      error(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path(), null);
                    }
                  });
            });
  }

  /**
   * Starts listening; port 0 picks a free one.
   *
   * @throws IllegalStateException when the address cannot be bound, e.g. the port is taken
   */
  public WebServer start(String host, int port) {
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); is another server using the port? Pass --port N, or 0 for any free port",
          e);
    }
    return this;
  }

  public int port() {
    return app.port();
  }

  private static void article(Context ctx, SearchBackend searcher) {
    String id = ctx.pathParam("id");
    searcher
        .article(id, SearchRequest.checkedQuery(ctx.queryParam("q")))
        .ifPresentOrElse(
            ctx::json,
            () -> error(ctx, HttpStatus.NOT_FOUND, "no article with id '" + id + "'", null));
  }

  private static void serve(Context ctx, BundledFile file) {
    ctx.contentType(file.contentType()).result(file.bytes());
  }

  /**
   * GET's headers for a bundled file, with no body; the length is the uncompressed one, as GET
   * without compression gives it.
   */
  private static void head(Context ctx, BundledFile file) {
    ctx.contentType(file.contentType())
        .header("Content-Length", Integer.toString(file.bytes().length));
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(HTTP_THREADS, HTTP_THREADS);
    pool.setName("verbatim-http");
    return pool;
  }

  private static void error(Context ctx, HttpStatus status, String message, String param) {
    ctx.status(status).json(new ApiError(message, param));
  }

  @Override
  public void close() {
    app.stop();
  }
}
