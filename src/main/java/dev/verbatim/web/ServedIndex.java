package dev.verbatim.web;

import dev.verbatim.search.SearchBackend;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The searcher a server answers from, for a server that starts listening before its index is ready.
 * Until {@link #ready} or {@link #unavailable} a request waits; while unavailable (the index is
 * being rebuilt, say) it gets 503 with the reason.
 */
public final class ServedIndex implements Supplier<SearchBackend> {

  /** What a request waits on: the searcher, or the reason there is none. */
  private volatile CompletableFuture<SearchBackend> current = new CompletableFuture<>();

  /** Requests answer from {@code searcher} from now on, those waiting included. */
  public void ready(SearchBackend searcher) {
    CompletableFuture<SearchBackend> waitedOn = current;
    current = CompletableFuture.completedFuture(searcher);
    waitedOn.complete(searcher);
  }

  /**
   * Requests get 503 saying {@code reason} (in words a user can act on), those waiting included.
   */
  public void unavailable(String reason) {
    IndexUnavailableException why = new IndexUnavailableException(reason);
    CompletableFuture<SearchBackend> waitedOn = current;
    current = CompletableFuture.failedFuture(why);
    waitedOn.completeExceptionally(why);
  }

  /**
   * The searcher to answer from, once there is one.
   *
   * @throws IndexUnavailableException while there is none to answer from
   */
  @Override
  public SearchBackend get() {
    try {
      return current.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof IndexUnavailableException unavailable ? unavailable : e;
    }
  }

  /**
   * No index to answer from: the request gets 503. One is thrown to many requests, so it has no
   * stack trace.
   */
  static final class IndexUnavailableException extends RuntimeException {
    IndexUnavailableException(String reason) {
      super(reason, null, false, false);
    }
  }
}
