package dev.verbatim.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Lets a request through only with an access key: the password of HTTP Basic auth, whatever the
 * user name (so the browser's own prompt opens the page), or a bearer token. {@code /health} needs
 * none. Wrong keys are counted per client address ({@link FailedAttempts}); behind a reverse proxy
 * on this machine, the client is the last address the proxy added to {@code X-Forwarded-For}.
 */
final class KeyCheck {

  /** Wrong keys an address may send at once, then one per {@link #INTERVAL}. */
  static final int BURST = 10;

  static final Duration INTERVAL = Duration.ofSeconds(1);

  static final String CHALLENGE = "Basic realm=\"Verbatim\", charset=\"UTF-8\"";

  private final AccessKeys keys;
  private final FailedAttempts failures;

  KeyCheck(AccessKeys keys) {
    this.keys = keys;
    this.failures = new FailedAttempts(BURST, INTERVAL, System::nanoTime);
  }

  /**
   * Returns when {@code ctx} may be answered.
   *
   * @throws AccessDeniedException when its key is missing or wrong, or its address must wait
   */
  void check(Context ctx) {
    if (ctx.path().equals("/health")) {
      return;
    }
    String client = client(ctx);
    Duration wait = failures.wait(client);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new AccessDeniedException(
          "too many wrong access keys from your address; try again in " + seconds + " s", seconds);
    }
    String key = offeredKey(ctx.header("Authorization"));
    if (key == null) {
      throw new AccessDeniedException(
          "this server needs an access key: give it as the password (any user name) or as"
              + " 'Authorization: Bearer KEY'",
          0);
    }
    if (!keys.accepts(key)) {
      failures.failed(client);
      throw new AccessDeniedException("wrong access key", 0);
    }
  }

  /** The key in an Authorization header, or null when it holds none. */
  private static String offeredKey(String authorization) {
    if (authorization == null) {
      return null;
    }
    String[] scheme = authorization.strip().split("\\s+", 2);
    if (scheme.length < 2) {
      return null;
    }
    if (scheme[0].equalsIgnoreCase("Bearer")) {
      return scheme[1];
    }
    if (scheme[0].equalsIgnoreCase("Basic")) {
      try {
        String pair = new String(Base64.getDecoder().decode(scheme[1]), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? "" : pair.substring(colon + 1);
      } catch (IllegalArgumentException notBase64) {
        return "";
      }
    }
    return null;
  }

  private static String client(Context ctx) {
    String address = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !isLoopback(address)) {
      return address;
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }

  /** A request without a right key; {@code retryAfterSeconds} 0 when it may try again now. */
  static final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    AccessDeniedException(String message, long retryAfterSeconds) {
      super(message, null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
