package dev.verbatim.lucene;

import dev.verbatim.search.Collation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The words of a query a correction may change ("did you mean"), each with its alternatives, for
 * {@link Collation} to pick the rewrite that finds something.
 *
 * <p>The candidates are the text field's own terms, which are stems: those of what is one edit from
 * the typed word, and those near the typed word's stem, are turned back into the words the articles
 * wrote for them, read at the offsets their postings keep, and the written word closest to the
 * typed one wins ({@code clamed} gives {@code claimed}, not {@code came}, though the stem {@code
 * came} is nearer to {@code clame}). No field is indexed for spelling alone: that was a second
 * analysis of every paragraph at index time, for a look-up that only searches without a match make.
 */
final class Spelling {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*(?!\\*)\\b");

  /** Stems near the typed word's stem that are turned back into words. */
  private static final int CANDIDATE_STEMS = 8;

  /** Alternatives kept per word. */
  private static final int ALTERNATIVES = 3;

  /** Candidate stems whose written words are read, per word. */
  private static final int SHORTLIST = 2 * ALTERNATIVES;

  /** Shorter words are left as typed: too many words are one edit from them. */
  private static final int MIN_LENGTH = 3;

  /** Documents read per candidate stem for the words written for it. */
  private static final int DOCUMENTS_PER_STEM = 10;

  private final Analyzer analyzer;
  private final LevenshteinDistance distance = new LevenshteinDistance();

  Spelling(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The words of {@code query} that a correction may change, each with its alternatives: every word
   * the index lacks, and a word it has when more common words are near it (the query as typed found
   * nothing, so a real word may be the typo: {@code blare} for {@code blair}).
   */
  List<Collation.Word> words(IndexReader reader, String query) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    Stems indexed = new Stems(reader);
    List<Collation.Word> words = new ArrayList<>();
    Matcher word = WORD.matcher(query);
    while (word.find()) {
      String typed = word.group().toLowerCase(Locale.ROOT);
      String stem = stem(typed);
      if (stem == null || typed.length() < MIN_LENGTH) {
        continue;
      }
      int frequency = indexed.documents(stem);
      List<String> alternatives = alternatives(reader, indexed, checker, typed, stem, frequency);
      if (frequency == 0 || !alternatives.isEmpty()) {
        words.add(new Collation.Word(word.start(), word.end(), frequency > 0, alternatives));
      }
    }
    return words;
  }

  /**
   * Words near {@code typed} whose stems the index has more often than {@code typed}'s: stems of
   * what is one edit from the word as typed ({@code elecion}: {@code election}) and stems up to two
   * edits from its stem, each as the articles wrote it (the edit itself when they wrote it), the
   * likeliest first ({@link Collation#likeliest}); at most {@value #ALTERNATIVES}.
   */
  private List<String> alternatives(
      IndexReader reader,
      Stems indexed,
      DirectSpellChecker checker,
      String typed,
      String stem,
      int frequency)
      throws IOException {
    Map<String, Integer> stems = new HashMap<>();
    Map<String, Set<String>> editsByStem = new HashMap<>();
    for (String edited : oneEditFrom(typed)) {
      String editedStem = stem(edited);
      if (editedStem == null || editedStem.equals(stem)) {
        continue;
      }
      if (!stems.containsKey(editedStem)) {
        int found = indexed.documents(editedStem);
        if (found <= frequency) {
          continue;
        }
        stems.put(editedStem, found);
      }
      editsByStem.computeIfAbsent(editedStem, key -> new LinkedHashSet<>()).add(edited);
    }
    // Stems two edits away take Levenshtein automata, most of a correction's cost: they are looked
    // for only when nothing one edit away was found, or when the word is a real one (blare), whose
    // intended word is often further (blair).
    if (stems.isEmpty() || frequency > 0) {
      SuggestMode mode =
          frequency == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
      for (SuggestWord near :
          checker.suggestSimilar(new Term(Schema.TEXT, stem), CANDIDATE_STEMS, reader, mode)) {
        stems.putIfAbsent(near.string, near.freq);
      }
    }
    // Reading the words written for a stem takes stored documents: only a shortlist, ranked by a
    // first guess at each stem's word (an edit that led to it, else the stem itself), is read.
    Map<String, String> stemOfGuess = new HashMap<>();
    Map<String, Integer> guesses = new HashMap<>();
    stems.forEach(
        (candidate, found) -> {
          Set<String> edits = editsByStem.get(candidate);
          String guess = edits == null ? candidate : edits.iterator().next();
          Integer other = guesses.get(guess); // an edit may read as another stem ("election")
          if (other == null || found > other) {
            guesses.put(guess, found);
            stemOfGuess.put(guess, candidate);
          }
        });
    Map<String, Integer> written = new HashMap<>();
    for (String guess : Collation.likeliest(typed, guesses, SHORTLIST)) {
      String candidate = stemOfGuess.get(guess);
      Set<String> forms = writtenFor(reader, candidate);
      String word =
          editsByStem.getOrDefault(candidate, Set.of()).stream()
              .filter(forms::contains)
              .findFirst()
              .orElseGet(() -> closest(forms, typed));
      if (word != null) {
        written.merge(word, stems.get(candidate), Math::max);
      }
    }
    return Collation.likeliest(typed, written, ALTERNATIVES);
  }

  /** Every string one deletion, swap, replacement or insertion of a letter from {@code word}. */
  private static Set<String> oneEditFrom(String word) {
    Set<String> edits = new LinkedHashSet<>();
    for (int i = 0; i <= word.length(); i++) {
      String before = word.substring(0, i);
      String after = word.substring(i);
      if (i < word.length()) {
        edits.add(before + after.substring(1));
      }
      if (i + 1 < word.length()) {
        edits.add(before + after.charAt(1) + after.charAt(0) + after.substring(2));
      }
      for (char letter = 'a'; letter <= 'z'; letter++) {
        edits.add(before + letter + after);
        if (i < word.length()) {
          edits.add(before + letter + after.substring(1));
        }
      }
    }
    edits.remove(word);
    return edits;
  }

  /** Of {@code forms}, the closest to {@code typed}, or null when there are none. */
  private String closest(Set<String> forms, String typed) {
    String closest = null;
    float best = -1;
    for (String written : forms) {
      float similarity = distance.getDistance(typed, written);
      if (similarity > best) {
        best = similarity;
        closest = written;
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
        String text =
            live != null && !live.get(doc)
                ? null
                : stored.document(doc, Set.of(Schema.TEXT)).get(Schema.TEXT);
        if (text == null) {
          continue; // deleted, or a quotation, whose words its paragraph holds too
        }
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

  /**
   * How many documents hold a stem of the text field, with one terms enumeration per segment kept
   * for all the look-ups of a correction (hundreds: every word one edit from a typed one), rather
   * than a new one per look-up, which was most of their cost.
   */
  private static final class Stems {

    private final List<TermsEnum> segments = new ArrayList<>();

    Stems(IndexReader reader) throws IOException {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Schema.TEXT);
        if (terms != null) {
          segments.add(terms.iterator());
        }
      }
    }

    int documents(String stem) throws IOException {
      BytesRef term = new BytesRef(stem);
      int documents = 0;
      for (TermsEnum segment : segments) {
        if (segment.seekExact(term)) {
          documents += segment.docFreq();
        }
      }
      return documents;
    }
  }
}
