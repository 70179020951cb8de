package dev.verbatim;

import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.web.AccessKeys;
import dev.verbatim.web.WebServer;
import java.nio.file.Path;

/** A real server on a free loopback port over the index in a folder, closed with its searcher. */
public record TestServer(SearchBackend searcher, WebServer server) implements AutoCloseable {

  public static TestServer over(Path index) {
    return over(index, null);
  }

  /** As {@link #over(Path)}, with every route but /health needing one of {@code keys}. */
  public static TestServer over(Path index, AccessKeys keys) {
    SearchBackend searcher = LuceneSearch.open(index);
    return new TestServer(searcher, new WebServer(() -> searcher, keys).start("127.0.0.1", 0));
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
    searcher.close();
  }
}
