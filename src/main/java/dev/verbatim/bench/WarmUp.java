package dev.verbatim.bench;

/**
 * How many untimed rounds go before a benchmark's timed ones: at least a minimum, then more while
 * the JIT compiler still took a large share of the last round's CPU, up to a maximum. Before the
 * compiler settles, a build measures the compiler, which shares the cores with the indexing
 * threads, and code not yet optimised: at 100k paragraphs on two cores the fourth and fifth builds
 * of a JVM could still spend 0.2–1.2 s of their 8 s of CPU compiling and run up to a fifth slower
 * than the builds after.
 */
public final class WarmUp {

  /** Below this share of a build's CPU in the JIT compiler, the JVM counts as settled. */
  static final double SETTLED_COMPILER_SHARE = 0.05;

  private final int minimum;
  private final int maximum;
  private int rounds;
  private IndexRunResult last;

  /** From {@code minimum} to {@code maximum} rounds; both 0 for none. */
  public WarmUp(int minimum, int maximum) {
    if (minimum < 0 || maximum < minimum) {
      throw new IllegalArgumentException(
          "warm-up rounds from " + minimum + " to " + maximum + ": need 0 ≤ minimum ≤ maximum");
    }
    this.minimum = minimum;
    this.maximum = maximum;
  }

  /**
   * Whether another untimed round should run: the minimum is not reached, or the last round had not
   * settled and the maximum is not reached.
   */
  public boolean wantsAnother() {
    return rounds < minimum || last != null && rounds < maximum && !settled();
  }

  /** Records an untimed round whose measured build was {@code build}. */
  public void ended(IndexRunResult build) {
    rounds++;
    last = build;
  }

  /** The untimed rounds run so far. */
  public int rounds() {
    return rounds;
  }

  /** Whether the last untimed round's build spent less than 5% of its CPU in the JIT compiler. */
  public boolean settled() {
    return last != null && last.compileSeconds() < SETTLED_COMPILER_SHARE * last.cpuSeconds();
  }
}
