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

  private final CharArrayMap<String> singles = new CharArrayMap<>(1024, false);
  private final CharArrayMap<CharArrayMap<String>> pairs = new CharArrayMap<>(16, false);

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
      if (from.length == 1) {
        variants.singles.putIfAbsent(from[0], rule.canonical());
      } else {
        CharArrayMap<String> seconds = variants.pairs.get(from[0]);
        if (seconds == null) {
          seconds = new CharArrayMap<>(4, false);
          variants.pairs.put(from[0], seconds);
        }
        seconds.putIfAbsent(from[1], rule.canonical());
      }
    }
    return variants;
  }

  /** What the one-stem rule for {@code stem} rewrites it to, or null. */
  String single(CharTermAttribute stem) {
    return singles.get(stem.buffer(), 0, stem.length());
  }

  /** The two-stem rules whose first stem is {@code stem}, by second stem, or null. */
  CharArrayMap<String> pairsStartingWith(CharTermAttribute stem) {
    return pairs.get(stem.buffer(), 0, stem.length());
  }
}
