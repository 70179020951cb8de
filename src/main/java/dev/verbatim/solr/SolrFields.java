package dev.verbatim.solr;

/**
 * The field names of the configset's schema ({@code dev/verbatim/solr/configset/schema.xml}): the
 * same documents as the embedded index, with fields of Solr's own. A quotation stores its paragraph
 * ({@link #CONTEXT}) because a shard's documents carry no order to find it by, and the article's
 * month ({@link #MONTH}) is a string to facet on. Distinct hits are counted by {@link #HIT_KEY},
 * which is exact across shards because {@link #ROUTE} puts every copy of a quotation on one shard:
 * no key is then on two shards, and the shards' counts add up.
 */
final class SolrFields {

  /** The schema version this code writes and reads; the configset's schema name ends with it. */
  static final String SCHEMA_VERSION = "17";

  static final String SCHEMA_PREFIX = "verbatim-";
  static final String SCHEMA_NAME = SCHEMA_PREFIX + SCHEMA_VERSION;

  static final String ID = "id";
  static final String ID_ORDER = "id_order";
  static final String TYPE = "type";
  static final String ARTICLE_ID = "article_id";
  static final String TITLE = "title";
  static final String DATE = "date";
  static final String MONTH = "month";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String AUTHOR = "author";
  static final String PARAGRAPH = "paragraph";
  static final String PARAGRAPHS = "paragraphs";
  static final String TEXT = "text";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_OTHER = "speaker_other";
  static final String SPEAKER_NAME = "speaker_name";
  static final String CUE = "cue";
  static final String CONTEXT = "context";
  static final String START = "start";
  static final String END = "end";
  static final String QUOTE_KEY = "quote_key";

  /**
   * One value per distinct hit: a quotation's {@link #QUOTE_KEY}, shared by its copies; a
   * paragraph's own.
   */
  static final String HIT_KEY = "hit_key";

  /**
   * The collection's router field: the article id, and for a quotation its key, so that its copies
   * share a shard.
   */
  static final String ROUTE = "route";

  static final String FINGERPRINT = "fingerprint";

  /**
   * On the one build document: the schema and quote-rules versions, and when the build committed.
   */
  static final String PIPELINE = "pipeline";

  static final String BUILT = "built";

  static final String TYPE_ARTICLE = "article";
  static final String TYPE_PARAGRAPH = "paragraph";
  static final String TYPE_QUOTE = "quote";
  static final String TYPE_BUILD = "build";

  /** The id of the document that records the build. */
  static final String BUILD_ID = "_build";

  private SolrFields() {}
}
