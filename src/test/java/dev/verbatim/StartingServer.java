package dev.verbatim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A server a test starts in the background (a `serve` command, a jar, a script): a free loopback
 * port to give it, and its first answer once it listens.
 */
public final class StartingServer {

  private StartingServer() {}

  /** A loopback port free at the time of asking. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The answer to {@code GET path} from the server starting on {@code port}, asked again every
   * tenth of a second while it refuses connections; fails once {@code alive} says it stopped or
   * {@code patience} is over.
   */
  public static HttpResponse<String> firstAnswer(
      int port, String path, BooleanSupplier alive, Duration patience)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    long deadline = System.nanoTime() + patience.toNanos();
    try (HttpClient http = HttpClient.newHttpClient()) {
      while (true) {
        try {
          return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notYet) {
          if (!alive.getAsBoolean() || System.nanoTime() > deadline) {
            throw new IllegalStateException("no server answered on port " + port, notYet);
          }
          Thread.sleep(100);
        }
      }
    }
  }
}
