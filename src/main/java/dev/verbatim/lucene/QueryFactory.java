package dev.verbatim.lucene;

import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.Spellings;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a request into a Lucene query: the user's text in simple syntax over the text field, with
 * the speaker as a weighted extra field, plus the filters. Any input parses; none throws.
 */
final class QueryFactory {

  /**
   * The words are looked for in the text; a speaker's name also matches quotations by that person.
   * Titles are not searched: a paragraph would match through its article's title without holding
   * the words, and each field searched costs on every match.
   */
  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(Schema.TEXT, 1.0f, Schema.SPEAKER, 1.5f, Schema.SPEAKER_OTHER, 0.25f);

  private final SimpleQueryParser parser;

  QueryFactory(Analyzer analyzer) {
    this.parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS);
    this.parser.setDefaultOperator(BooleanClause.Occur.MUST);
  }

  /** The query that scores: the user's words only, also what the highlighter marks. */
  Query userQuery(String text) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    Query parsed = parser.parse(Spellings.joinOpenCompounds(text));
    return onlyExclusions(parsed)
        ? new BooleanQuery.Builder()
            .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST)
            .add(parsed, BooleanClause.Occur.FILTER)
            .build()
        : parsed;
  }

  /**
   * The user's query restricted by the request's article and date filters; article documents never
   * match. Type and speaker are left to {@link #narrowed}, so their facets can be counted sideways.
   */
  Query filtered(Query userQuery, SearchRequest request) {
    BooleanQuery.Builder filtered =
        new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
    if (matchesEverything(userQuery)) {
      // Article documents have no text, so only a match-all query reaches them. Excluding them from
      // every query instead would cut the matches into runs between articles and slow every search.
      filtered.add(Schema.hitTypesQuery(), BooleanClause.Occur.FILTER);
    }
    if (request.article() != null) {
      filtered.add(Schema.articleQuery(request.article()), BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      filtered.add(Schema.dateQuery(request.from(), request.to()), BooleanClause.Occur.FILTER);
    }
    return filtered.build();
  }

  /**
   * {@code filtered} under the request's type and speaker filters too: what the hits are drawn
   * from.
   */
  Query narrowed(Query filtered, SearchRequest request) {
    if (request.type() == null && request.speaker() == null) {
      return filtered;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.MUST);
    if (request.type() != null) {
      query.add(Schema.typeQuery(request.type()), BooleanClause.Occur.FILTER);
    }
    if (request.speaker() != null) {
      query.add(Schema.speakerQuery(request.speaker()), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  private static boolean matchesEverything(Query userQuery) {
    return userQuery instanceof MatchAllDocsQuery
        || userQuery instanceof BooleanQuery bool
            && bool.clauses().stream()
                .anyMatch(clause -> clause.query() instanceof MatchAllDocsQuery);
  }

  /** "-money" alone: a query of exclusions only, which Lucene would match against nothing. */
  private static boolean onlyExclusions(Query query) {
    if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) {
      return false;
    }
    return bool.clauses().stream()
        .allMatch(clause -> clause.occur() == BooleanClause.Occur.MUST_NOT);
  }
}
