package dev.verbatim.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The index layout: every field name (text is analysed by {@link TextAnalysis}), the facet setup,
 * and the query factories for the fields users filter on.
 *
 * <p>Each article gives three kinds of document, told apart by {@link #TYPE}: one {@code article}
 * document (metadata and fingerprint), one {@code paragraph} document per paragraph, and one {@code
 * quote} document per quotation. Paragraph documents store the article's title, date and source so
 * a hit needs no second look-up; quote documents hold them in doc values ({@link #ARTICLE_REF},
 * {@link #DATE}), which listing a quotation's other articles reads anyway.
 */
public final class Schema {

  /**
   * Bump when fields or analysis change: an index written with another version is rebuilt in full.
   */
  public static final String VERSION = "19";

  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_PARAGRAPH = "paragraph";
  public static final String TYPE_QUOTE = "quote";

  /** Unique document id: {@code <article>}, {@code <article>#p<n>} or {@code <article>#q<n>}. */
  public static final String ID = "id";

  /**
   * A number derived from the id alone, in doc values: orders hits of equal score the same way in
   * every build (a multi-threaded build numbers documents differently each time), at the cost of a
   * number comparison rather than a string one.
   */
  public static final String ID_ORDER = "id_order";

  public static final String TYPE = "type";
  public static final String ARTICLE_ID = "article_id";

  /**
   * The article's title, stored; not searched, so every hit holds the words searched for in its own
   * text (or its speaker's name).
   */
  public static final String TITLE = "title";

  /** Publication date as an epoch day. */
  public static final String DATE = "date";

  public static final String SOURCE = "source";

  /**
   * On quotation documents: the article's id, title and source in one binary doc value ({@link
   * PackedArticleRef}), read for a quotation's hit and when listing the other articles that carry
   * it.
   */
  public static final String ARTICLE_REF = "article_ref";

  public static final String URL = "url";
  public static final String AUTHOR = "author";

  /** 0-based position of the paragraph in its article, stored. */
  public static final String PARAGRAPH = "paragraph";

  /**
   * Paragraph or quotation text, with offsets in the postings for the highlighter. Stored on
   * paragraph documents only: a quotation's text is its paragraph's (or the title's) from {@link
   * #START} to {@link #END}, read with the paragraph every quotation hit shows anyway.
   */
  public static final String TEXT = "text";

  /**
   * The speaker's name when it is a person's ({@link dev.verbatim.quotes.PersonNames}), analysed
   * for search: a search naming them ranks their quotations first.
   */
  public static final String SPEAKER = "speaker";

  /**
   * The speaker's name when it is no person's (an organisation, a group, a description), analysed
   * for search: it finds the quotation, weighted far below its text, so "government" ranks the
   * quotations that say it above the statements of "The government".
   */
  public static final String SPEAKER_OTHER = "speaker_other";

  /**
   * On quotation documents with a known speaker: the full name as one term, the speaker filter and
   * what the speaker facet counts.
   */
  public static final String SPEAKER_NAME = "speaker_name";

  public static final String CUE = "cue";

  /**
   * On quotation documents from a paragraph (not the headline): how many documents before the
   * quotation's own its paragraph's document is. An article's documents are written as one block,
   * which merges keep together and in order, so the paragraph shown around a quotation is read from
   * its own document rather than stored a second time.
   */
  public static final String PARAGRAPH_DOC_DISTANCE = "paragraph_doc_distance";

  /** Offsets of a quotation in its paragraph, stored. */
  public static final String START = "start";

  public static final String END = "end";

  /**
   * Same words, same key: groups one quotation reported by several articles. A 64-bit hash, kept as
   * a numeric doc value: search results fold repeats by it, and the other articles of a quotation
   * are found by it when a reader opens ({@link CopyArticles}).
   */
  public static final String QUOTE_KEY = "quote_key";

  /** On article documents: a hash of the article, to skip unchanged ones on the next build. */
  public static final String FINGERPRINT = "fingerprint";

  /** Number of paragraphs, on article documents. */
  public static final String PARAGRAPHS = "paragraphs";

  /** Commit user-data key holding {@link #VERSION} and the quote rules' version. */
  public static final String COMMIT_PIPELINE = "pipeline";

  /** Commit user-data key holding the build's end time (ISO-8601 instant). */
  public static final String COMMIT_TIME = "built";

  /** What the commit records as {@link #COMMIT_PIPELINE}: the schema and the quote rules. */
  static String pipeline(String rulesVersion) {
    return VERSION + "+" + rulesVersion;
  }

  /**
   * Whether an index whose commit records {@code pipeline} (null for none) has this schema, so this
   * version can read its segments, whatever its quote rules.
   */
  static boolean isReadable(String pipeline) {
    return pipeline != null && pipeline.startsWith(VERSION + "+");
  }

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);
  private static final FieldType TEXT_INDEXED_ONLY = textWithOffsets(false);

  private Schema() {}

  /** A stored text field with offsets in its postings, so highlighting needs no re-analysis. */
  static Field text(String name, String value) {
    return new Field(name, value, TEXT_WITH_OFFSETS);
  }

  /**
   * A quotation's {@link #TEXT}: indexed like a paragraph's, not stored ({@link QuoteTexts#of}).
   */
  static Field quoteText(String value) {
    return new Field(TEXT, value, TEXT_INDEXED_ONLY);
  }

  /** The speaker's name a quotation document stores, in either field; empty when unknown. */
  static String speakerOf(Document quote) {
    String person = quote.get(SPEAKER);
    return person != null ? person : Objects.requireNonNullElse(quote.get(SPEAKER_OTHER), "");
  }

  /** Which field holds a quotation document's speaker's name, or null when it has none. */
  static String speakerFieldOf(Document quote) {
    return quote.get(SPEAKER) != null
        ? SPEAKER
        : quote.get(SPEAKER_OTHER) != null ? SPEAKER_OTHER : null;
  }

  /**
   * An empty, unstored text field for a document without text (an article document). With it every
   * document has a norm for {@link #TEXT}, which scoring then reads by document number; with gaps,
   * each read first ranks the document in a sparse bit set (12% of a two-word search at 1M).
   */
  static Field noText() {
    return new Field(TEXT, "", TEXT_INDEXED_ONLY);
  }

  /**
   * The order of {@link #ID_ORDER}: stable across builds and JVMs ({@link String#hashCode} is
   * specified).
   */
  static long idOrder(String id) {
    return id.hashCode();
  }

  public static Query typeQuery(String type) {
    return exactQuery(TYPE, type);
  }

  /** The documents a search may hit: paragraphs and quotations. */
  public static Query hitTypesQuery() {
    return new TermInSetQuery(
        TYPE, List.of(new BytesRef(TYPE_PARAGRAPH), new BytesRef(TYPE_QUOTE)));
  }

  /** Quotations by the speaker named exactly {@code name}. */
  public static Query speakerQuery(String name) {
    return exactQuery(SPEAKER_NAME, name);
  }

  public static Query articleQuery(String articleId) {
    return exactQuery(ARTICLE_ID, articleId);
  }

  private static Query exactQuery(String field, String value) {
    return new ConstantScoreQuery(new TermQuery(new Term(field, value)));
  }

  /** Documents dated from {@code from} to {@code to}, both inclusive; a null bound is open. */
  public static Query dateQuery(LocalDate from, LocalDate to) {
    long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return LongField.newRangeQuery(DATE, lower, upper);
  }

  private static FieldType textWithOffsets(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
