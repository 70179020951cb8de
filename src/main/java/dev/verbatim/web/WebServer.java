package dev.verbatim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.search.InvalidRequestException;
import dev.verbatim.search.Searcher;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the JSON API and the search page over a {@link Searcher}.
 *
 * <p>Routes: {@code GET /api/search}, {@code /api/articles/{id}}, {@code /api/stats},
 * {@code /api/openapi.json}, {@code /health}, and the page at {@code /}. A bad parameter is a 400
 * naming it, an unknown article or route a 404, both as JSON; every response carries security
 * headers, among them a Content-Security-Policy that allows no inline script.
 */
public final class WebServer implements AutoCloseable {

  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
      "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Opener-Policy", "same-origin");
  /** Requests are GETs with short query strings; anything bigger is refused before it is read. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final byte[] openApi;

  public WebServer(Searcher searcher) {
    this.openApi = resource("/openapi.json");
    ObjectMapper json = new ObjectMapper();
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      config.routes.get("/api/search", ctx -> ctx.json(searcher.search(SearchParams.from(ctx))));
      config.routes.get("/api/articles/<id>", ctx -> article(ctx, searcher));
      config.routes.get("/api/stats", ctx -> ctx.json(searcher.stats()));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
      config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.param()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details", null);
      });
      config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
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
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + "); is another server using the port? Pass --port N, or 0 for any free port", e);
    }
    return this;
  }

  public int port() {
    return app.port();
  }

  private static void article(Context ctx, Searcher searcher) {
    String id = ctx.pathParam("id");
    searcher.article(id, ctx.queryParam("q")).ifPresentOrElse(
        ctx::json,
        () -> error(ctx, HttpStatus.NOT_FOUND, "no article with id '" + id + "'", null));
  }

  private static void error(Context ctx, HttpStatus status, String message, String param) {
    ctx.status(status).json(new ApiError(message, param));
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
