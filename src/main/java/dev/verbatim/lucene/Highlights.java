package dev.verbatim.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Highlights hits with Lucene's UnifiedHighlighter, reading offsets from the postings: a quotation
 * is marked whole, a paragraph hit as its best sentences. Text is HTML-escaped first; the only
 * markup added is {@code <mark>}, one element per matched word or phrase.
 */
final class Highlights {

  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";
  private static final int PARAGRAPH_PASSAGES = 2;
  private static final PassageScores PASSAGE_SCORES = new PassageScores();

  private final Analyzer analyzer;

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Highlights of the text field of {@code docIds}, in order: the whole text when {@code whole} (a
   * quotation, or a paragraph in the article view), else the best sentences. {@code texts} are the
   * documents' stored texts, already read by the caller: the highlighter would read them again.
   */
  String[] of(IndexSearcher searcher, Query query, int[] docIds, String[] texts, boolean whole)
      throws IOException {
    return highlight(searcher, query, Schema.TEXT, docIds, texts, whole, 1);
  }

  /**
   * The speakers' names of the quotations {@code docIds} with the words {@code query} matched in
   * them marked, in order; null where the query did not match the name: why a quotation matched
   * when its text holds none of the words. {@code names} are the stored names, each in the field
   * {@code fields} gives ({@link Schema#SPEAKER} or {@link Schema#SPEAKER_OTHER}).
   */
  String[] ofSpeakers(
      IndexSearcher searcher, Query query, int[] docIds, String[] names, String[] fields)
      throws IOException {
    String[] marked = new String[docIds.length];
    for (String field : List.of(Schema.SPEAKER, Schema.SPEAKER_OTHER)) {
      int[] positions =
          IntStream.range(0, docIds.length).filter(i -> field.equals(fields[i])).toArray();
      String[] found =
          highlight(
              searcher,
              query,
              field,
              IntStream.of(positions).map(i -> docIds[i]).toArray(),
              IntStream.of(positions).mapToObj(i -> names[i]).toArray(String[]::new),
              true,
              0);
      for (int j = 0; j < positions.length; j++) {
        marked[positions[j]] = found[j];
      }
    }
    return marked;
  }

  /**
   * Highlights of {@code field} of {@code docIds}, whose values are {@code values}; a document
   * without a match gets {@code unmatchedPassages} passages unmarked (0: null).
   */
  private String[] highlight(
      IndexSearcher searcher,
      Query query,
      String field,
      int[] docIds,
      String[] values,
      boolean whole,
      int unmatchedPassages)
      throws IOException {
    if (docIds.length == 0) {
      return new String[0];
    }
    Map<Integer, String> valueOf = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      valueOf.put(docIds[i], values[i]);
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", true))
            .withBreakIterator(whole ? WholeBreakIterator::new : SentenceBreaks::new)
            .withScorer(PASSAGE_SCORES)
            .withWeightMatches(!onlyWholeTerms(query))
            .withMaxNoHighlightPassages(unmatchedPassages);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          // The schema indexes the text with offsets; asking the index would merge its field infos
          // on every call.
          @Override
          protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
          }

          // The highlighter would re-analyse every hit into a memory index for a prefix or fuzzy
          // query; with weight matches the postings serve those too, as the matches come from the
          // index.
          @Override
          protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource optimized = super.getOptimizedOffsetSource(components);
            return optimized == OffsetSource.NONE_NEEDED ? optimized : OffsetSource.POSTINGS;
          }

          @Override
          protected FieldOffsetStrategy getOffsetStrategy(
              OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS
                ? new ForwardPostingsOffsets(components)
                : super.getOffsetStrategy(source, components);
          }

          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> loaded = new ArrayList<>();
            for (int doc = docs.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docs.nextDoc()) {
              loaded.add(new CharSequence[] {valueOf.get(doc)}); // one field
            }
            return loaded;
          }
        };
    int passages = whole ? 1 : PARAGRAPH_PASSAGES;
    return highlighter
        .highlightFields(new String[] {field}, query, docIds, new int[] {passages})
        .get(field);
  }

  /**
   * Whether {@code query} matches only whole terms, each on its own (no phrase, prefix or fuzzy
   * term). Then the highlighter finds each term's offsets straight from the postings; otherwise it
   * needs weight matches, which for every document rewrite the query and create its weight again: a
   * tenth of the server's time under a load of single words.
   */
  private static boolean onlyWholeTerms(Query query) {
    boolean[] other = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            other[0] |= !(leaf instanceof TermQuery);
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            other[0] = true;
          }

          @Override
          public void visitLeaf(Query leaf) {
            other[0] |= !(leaf instanceof MatchAllDocsQuery || leaf instanceof MatchNoDocsQuery);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return !other[0];
  }
}
