package dev.verbatim.search;

/**
 * Remembers roughly which keys were seen lately, so that a cache can keep only what is asked for a
 * second time. Under real traffic, a long tail of different requests, most answers are asked for
 * once: keeping each of them pushed every answer through the old generation of the heap for nothing
 * (at 1M paragraphs, young pauses twice as long and two full collections a minute instead of one).
 * A cache with this doorkeeper keeps what is asked for again while it is still remembered, as
 * TinyLFU's doorkeeper does.
 *
 * <p>Each key's hash takes one slot of a fixed table, so a key is remembered until another lands on
 * its slot: for about as many other keys as there are slots. No locks: two threads racing for a
 * slot can only make a key forgotten or remembered once too often, which costs one answer kept or
 * not kept.
 */
public final class RecentKeys {

  private static final int EMPTY = 0;

  private final int[] hashes;
  private final int shift;

  /** A memory of about {@code keys} keys (rounded up to a power of two slots). */
  public RecentKeys(int keys) {
    if (keys < 1) {
      throw new IllegalArgumentException("keys must be 1 or more, got " + keys);
    }
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(keys - 1));
    this.hashes = new int[1 << bits];
    this.shift = 32 - bits;
  }

  /** Remembers {@code hash} and says whether it was remembered already. */
  public boolean seenBefore(int hash) {
    int stored = hash == EMPTY ? 1 : hash;
    int slot = (stored * 0x9E3779B9) >>> shift; // Fibonacci hashing: every bit moves the slot
    if (hashes[slot] == stored) {
      return true;
    }
    hashes[slot] = stored;
    return false;
  }
}
