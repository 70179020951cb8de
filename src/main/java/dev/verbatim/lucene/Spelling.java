package dev.verbatim.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;

/**
 * Suggests a corrected query ("did you mean") by replacing each word the corpus never uses with the
 * closest word it does use.
 *
 * <p>The candidates are the text field's own terms, which are stems: those near the typed word's
 * stem are turned back into the words the articles wrote for them, read at the offsets their
 * postings keep, and the written word closest to the typed one wins ({@code clamed} gives {@code
 * claimed}, not {@code came}, though the stem {@code came} is nearer to {@code clame}). No field is
 * indexed for spelling alone: that was a second analysis of every paragraph at index time, for a
 * look-up that only searches without a match make.
 */
final class Spelling {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*(?!\\*)\\b");

  /** Stems near the typed word's stem that are turned back into words. */
  private static final int CANDIDATE_STEMS = 8;

  /** Documents read per candidate stem for the words written for it. */
  private static final int DOCUMENTS_PER_STEM = 3;

  private final Analyzer analyzer;
  private final LevenshteinDistance distance = new LevenshteinDistance();

  Spelling(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query with its unknown words corrected, or null when no word could be corrected. */
  String suggest(IndexReader reader, String query) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    Matcher word = WORD.matcher(query);
    while (word.find()) {
      String stem = stem(word.group());
      if (stem == null || reader.docFreq(new Term(Schema.TEXT, stem)) > 0) {
        continue;
      }
      SuggestWord[] stems =
          checker.suggestSimilar(
              new Term(Schema.TEXT, stem),
              CANDIDATE_STEMS,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      String closest = closestWritten(reader, stems, word.group().toLowerCase(Locale.ROOT));
      if (closest != null) {
        corrected.append(query, copied, word.start()).append(closest);
        copied = word.end();
      }
    }
    return copied == 0 ? null : corrected.append(query.substring(copied)).toString();
  }

  /**
   * Of the words written for {@code stems}, the closest to {@code typed}; earlier stems win ties.
   */
  private String closestWritten(IndexReader reader, SuggestWord[] stems, String typed)
      throws IOException {
    String closest = null;
    float best = -1;
    for (SuggestWord stem : stems) {
      for (String written : writtenFor(reader, stem.string)) {
        float similarity = distance.getDistance(typed, written);
        if (similarity > best) {
          best = similarity;
          closest = written;
        }
      }
    }
    return closest;
  }

  /** The words, in lower case, that the first few documents holding {@code stem} wrote for it. */
  private static Set<String> writtenFor(IndexReader reader, String stem) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    int read = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum postings =
          leaf.reader().postings(new Term(Schema.TEXT, stem), PostingsEnum.OFFSETS);
      if (postings == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS && read < DOCUMENTS_PER_STEM;
          doc = postings.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String text = stored.document(doc, Set.of(Schema.TEXT)).get(Schema.TEXT);
        for (int i = 0; i < postings.freq(); i++) {
          postings.nextPosition();
          words.add(
              text.substring(postings.startOffset(), postings.endOffset())
                  .toLowerCase(Locale.ROOT));
        }
        read++;
      }
      if (read == DOCUMENTS_PER_STEM) {
        break;
      }
    }
    return words;
  }

  /**
   * The word as the text field indexes it, or null when it analyses to nothing or several terms.
   */
  private String stem(String word) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(Schema.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String first = stream.incrementToken() ? term.toString() : null;
      boolean more = stream.incrementToken();
      stream.end();
      return more ? null : first;
    }
  }
}
