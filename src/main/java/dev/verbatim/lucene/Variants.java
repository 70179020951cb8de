package dev.verbatim.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The rules of the classpath resource {@code resource}. */
  static Variants read(String resource) {
    Variants variants = new Variants();
    try (InputStream file = Variants.class.getResourceAsStream(resource)) {
      if (file == null) {
        throw new IllegalStateException("the jar lacks " + resource);
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          variants.add(line, resource + ":" + number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return variants;
  }

  private void add(String line, String where) {
    String[] sides = line.split(" => ", -1);
    String[] from = sides[0].strip().split(" ");
    if (sides.length != 2 || from.length > 2 || sides[1].strip().contains(" ")) {
      throw new IllegalStateException(
          where + ": a rule is `stem => stem` or `stem stem => stem`, not `" + line + "`");
    }
    String to = sides[1].strip();
    if (from.length == 1) {
      singles.putIfAbsent(from[0], to);
    } else {
      CharArrayMap<String> seconds = pairs.get(from[0]);
      if (seconds == null) {
        seconds = new CharArrayMap<>(4, false);
        pairs.put(from[0], seconds);
      }
      seconds.putIfAbsent(from[1], to);
    }
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
