package dev.verbatim.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Rewrites spelling variants to one stem ({@link Variants}): a stem to another ({@code organis} →
 * {@code organ}), or two stems in a row to one ({@code per cent} → {@code percent}, spanning both
 * words' offsets). What the Solr configset's synonym graph filter and graph flattening give for the
 * same file, without the state they capture for every token: only a stem that starts a two-stem
 * rule looks one token ahead.
 */
final class VariantFilter extends TokenFilter {

  private final Variants variants;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /** A token read ahead that did not complete a rule, to be given next. */
  private State ahead;

  private boolean exhausted;

  VariantFilter(TokenStream input, Variants variants) {
    super(input);
    this.variants = variants;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!next()) {
      return false;
    }
    Variants.Rules rules = variants.startedBy(term);
    if (rules == null) {
      return true;
    }
    CharArrayMap<String> seconds = rules.pairs();
    if (seconds != null) {
      State first = captureState();
      int start = offset.startOffset();
      if (next()) {
        String joined =
            position.getPositionIncrement() == 1
                ? seconds.get(term.buffer(), 0, term.length())
                : null;
        if (joined != null) {
          int end = offset.endOffset();
          restoreState(first);
          term.setEmpty().append(joined);
          offset.setOffset(start, end);
          return true;
        }
        ahead = captureState();
      }
      restoreState(first);
    }
    if (rules.single() != null) {
      term.setEmpty().append(rules.single());
    }
    return true;
  }

  private boolean next() throws IOException {
    if (ahead != null) {
      restoreState(ahead);
      ahead = null;
      return true;
    }
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead = null;
    exhausted = false;
  }
}
