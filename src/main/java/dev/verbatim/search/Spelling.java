package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Suggests a corrected query ("did you mean") by replacing each word the corpus never uses with the
 * closest word it does use, read from the unstemmed {@link Schema#SPELLING} field.
 */
final class Spelling {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*(?!\\*)\\b");

  private final Analyzer analyzer;

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
      String term = term(word.group());
      if (term == null || reader.docFreq(new Term(Schema.SPELLING, term)) > 0) {
        continue;
      }
      SuggestWord[] suggestions = checker.suggestSimilar(new Term(Schema.SPELLING, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        corrected.append(query, copied, word.start()).append(suggestions[0].string);
        copied = word.end();
      }
    }
    return copied == 0 ? null : corrected.append(query.substring(copied)).toString();
  }

  /** The word as the spelling field indexes it, or null when it analyses to nothing or several terms. */
  private String term(String word) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(Schema.SPELLING, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String first = stream.incrementToken() ? term.toString() : null;
      boolean more = stream.incrementToken();
      stream.end();
      return more ? null : first;
    }
  }
}
