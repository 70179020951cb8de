package dev.verbatim.solr;

import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.Spellings;
import java.util.Collection;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Turns a request into Solr parameters, as the embedded index's QueryFactory does: the user's words
 * in Lucene's simple syntax over the text and (weighted) the speaker's name, all words required;
 * the article and date filters; type and speaker as tagged filters, so that their facets are
 * counted as if each were not chosen. The user's text travels in its own parameter, never inside a
 * query string.
 */
final class SolrQueries {

  /** The words are looked for in the text; a speaker's name also matches their quotations. */
  private static final String QUERY_FIELDS =
      SolrFields.TEXT + " " + SolrFields.SPEAKER + "^1.5 " + SolrFields.SPEAKER_OTHER + "^0.25";

  private static final String USER_TEXT = "uq";

  private SolrQueries() {}

  /** The user's query under the request's filters, sorted as the embedded index sorts. */
  static SolrQuery of(SearchRequest request) {
    return of(request, request.query());
  }

  /**
   * As {@link #of(SearchRequest)}, with other words: a spelling correction is checked under the
   * same filters.
   */
  static SolrQuery of(SearchRequest request, String text) {
    SolrQuery query = new SolrQuery(userQuery(text));
    setUserText(query, text);
    query.addFilterQuery(
        "{!terms f="
            + SolrFields.TYPE
            + "}"
            + SolrFields.TYPE_PARAGRAPH
            + ","
            + SolrFields.TYPE_QUOTE);
    if (request.article() != null) {
      query.addFilterQuery(term(SolrFields.ARTICLE_ID, null, request.article()));
    }
    if (request.from() != null || request.to() != null) {
      String lower = request.from() == null ? "*" : Long.toString(request.from().toEpochDay());
      String upper = request.to() == null ? "*" : Long.toString(request.to().toEpochDay());
      query.addFilterQuery(SolrFields.DATE + ":[" + lower + " TO " + upper + "]");
    }
    if (request.type() != null) {
      query.addFilterQuery(term(SolrFields.TYPE, "type", request.type()));
    }
    if (request.speaker() != null) {
      query.addFilterQuery(term(SolrFields.SPEAKER_NAME, "speaker", request.speaker()));
    }
    query.addSort("score", SolrQuery.ORDER.desc).addSort(SolrFields.ID_ORDER, SolrQuery.ORDER.asc);
    return query;
  }

  /**
   * Gives {@code query} the user's words {@code text} for {@link #userQuery} to read, open
   * compounds joined ({@link Spellings#joinOpenCompounds}).
   */
  static void setUserText(SolrQuery query, String text) {
    query.set(USER_TEXT, Spellings.joinOpenCompounds(text));
  }

  /**
   * The query string for the user's words, which it reads from {@link #USER_TEXT}; blank words
   * match everything.
   */
  static String userQuery(String text) {
    return text.isBlank()
        ? "*:*"
        : "{!simple qf='" + QUERY_FIELDS + "' q.op=AND v=$" + USER_TEXT + "}";
  }

  /**
   * An exact-value filter; the value travels as the term parser's text, so no character of it is
   * syntax.
   */
  static String term(String field, String tag, String value) {
    return "{!term f="
        + field
        + (tag == null ? "" : " tag=" + tag)
        + " v='"
        + value.replace("\\", "\\\\").replace("'", "\\'")
        + "'}";
  }

  /**
   * Documents whose {@code field} holds any of {@code values}; the separator is a control character
   * no id holds.
   */
  static String anyOf(String field, Collection<String> values) {
    return "{!terms f="
        + field
        + " separator='"
        + SEPARATOR
        + "'}"
        + String.join(String.valueOf(SEPARATOR), values);
  }

  private static final char SEPARATOR = '\u001e';
}
