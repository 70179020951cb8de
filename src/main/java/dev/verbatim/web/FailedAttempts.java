package dev.verbatim.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Wrong keys per client address, so that a key cannot be guessed at full speed: each address may
 * get {@code burst} keys wrong at once, then one more per {@code interval}, a token bucket. An
 * address out of tries is refused without its key being checked, until its next try comes: were a
 * right key still let through, a guesser would learn it at full speed. Addresses are kept in
 * memory, at most {@value #ADDRESSES}, each forgotten once its tries are whole again.
 */
final class FailedAttempts {

  private static final int ADDRESSES = 100_000;

  private final int burst;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final Cache<String, Bucket> buckets;

  /** The tries left to an address, as of a time on the clock. */
  private record Bucket(double tries, long at) {}

  FailedAttempts(int burst, Duration interval, LongSupplier clock) {
    this.burst = burst;
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(ADDRESSES)
            .expireAfterWrite(interval.multipliedBy(burst))
            .ticker(clock::getAsLong)
            .build();
  }

  /** How long {@code address} must wait before its next key is checked; zero when it need not. */
  Duration wait(String address) {
    Bucket bucket = buckets.getIfPresent(address);
    if (bucket == null) {
      return Duration.ZERO;
    }
    double tries = refilled(bucket, clock.getAsLong());
    return tries >= 1 ? Duration.ZERO : Duration.ofNanos((long) ((1 - tries) * intervalNanos));
  }

  /** Counts a wrong key from {@code address}. */
  void failed(String address) {
    long now = clock.getAsLong();
    buckets
        .asMap()
        .compute(
            address,
            (key, bucket) ->
                new Bucket(Math.max(0, (bucket == null ? burst : refilled(bucket, now)) - 1), now));
  }

  private double refilled(Bucket bucket, long now) {
    return Math.min(burst, bucket.tries() + (double) (now - bucket.at()) / intervalNanos);
  }
}
