package dev.verbatim.lucene;

import dev.verbatim.search.Spellings;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The rules of the variants file ({@link Spellings#VARIANTS}): lines {@code from => to} in stems,
 * where {@code from} is one stem or two and {@code to} one. Solr reads the same file as synonyms;
 * this reading serves {@link VariantFilter}.
 */
final class Variants {

  /**
   * The rules a stem starts: what it becomes alone, and what it becomes with each second stem. One
   * map, so the many stems no rule starts cost one look-up.
   */
  record Rules(String single, CharArrayMap<String> pairs) {}

  private static final int SKETCH_BITS = 1 << 16;

  private final CharArrayMap<Rules> byFirstStem = new CharArrayMap<>(1024, false);

  /**
   * One bit per {@link #sketch} of a stem that starts a rule. Most stems start none, and a bit that
   * is not set says so without hashing the stem and probing the map (a tenth of the analysis did
   * that, for every token).
   */
  private final long[] sketches = new long[SKETCH_BITS / Long.SIZE];

  private Variants() {}

  /**
   * The rules of the classpath resource {@code resource}.
   *
   * @throws IllegalStateException for a rule of more than two stems, or to more than one
   */
  static Variants read(String resource) {
    Variants variants = new Variants();
    for (Spellings.Rule rule : Spellings.rules(resource)) {
      String[] from = rule.variant().split(" ");
      if (from.length > 2 || rule.canonical().contains(" ")) {
        throw new IllegalStateException(
            resource + ": a rule is `stem => stem` or `stem stem => stem`, not `" + rule + "`");
      }
      variants.addSketch(from[0].toCharArray(), from[0].length());
      Rules rules = variants.byFirstStem.get(from[0]);
      if (from.length == 1) {
        if (rules == null || rules.single() == null) {
          variants.byFirstStem.put(
              from[0], new Rules(rule.canonical(), rules == null ? null : rules.pairs()));
        }
      } else {
        if (rules == null || rules.pairs() == null) {
          rules = new Rules(rules == null ? null : rules.single(), new CharArrayMap<>(4, false));
          variants.byFirstStem.put(from[0], rules);
        }
        rules.pairs().putIfAbsent(from[1], rule.canonical());
      }
    }
    return variants;
  }

  /** The rules {@code stem} starts, or null when it starts none. */
  Rules startedBy(CharTermAttribute stem) {
    int sketch = sketch(stem.buffer(), stem.length());
    if ((sketches[sketch >>> 6] & 1L << sketch) == 0) {
      return null;
    }
    return byFirstStem.get(stem.buffer(), 0, stem.length());
  }

  private void addSketch(char[] stem, int length) {
    int sketch = sketch(stem, length);
    sketches[sketch >>> 6] |= 1L << sketch;
  }

  /** A stem's length with its first and last characters, as a number under {@link #SKETCH_BITS}. */
  private static int sketch(char[] stem, int length) {
    if (length == 0) {
      return 0;
    }
    return ((length * 31 + stem[0]) * 31 + stem[length - 1]) & (SKETCH_BITS - 1);
  }
}
