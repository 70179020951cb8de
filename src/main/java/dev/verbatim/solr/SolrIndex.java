package dev.verbatim.solr;

import dev.verbatim.corpus.Article;
import dev.verbatim.index.IndexCounts;
import dev.verbatim.index.IndexSink;
import dev.verbatim.quotes.Quote;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The index port on SolrCloud. A full build fills a new collection and, at {@link #commit()},
 * points the alias at it and deletes the old one: until then searches see the previous build. An
 * incremental build writes into the alias's current collection; its commit makes every change
 * visible at once on each shard. Documents are sent in batches from whichever thread fills one.
 */
public final class SolrIndex implements IndexSink {

  private static final int BATCH_DOCUMENTS = 1000;

  private final SolrConnection solr;
  private final SolrCollections collections;
  private final String alias;
  private final String collection;
  private final String previous;
  private final boolean fullRebuild;
  private final String pipeline;
  private final Clock clock;
  private final Map<String, String> fingerprints;
  private final List<SolrInputDocument> batch = new ArrayList<>();
  private boolean committed;

  private SolrIndex(
      SolrConnection solr,
      String alias,
      String collection,
      String previous,
      boolean fullRebuild,
      String pipeline,
      Clock clock) {
    this.solr = solr;
    this.collections = new SolrCollections(solr);
    this.alias = alias;
    this.collection = collection;
    this.previous = previous;
    this.fullRebuild = fullRebuild;
    this.pipeline = pipeline;
    this.clock = clock;
    this.fingerprints = fullRebuild ? Map.of() : readFingerprints();
  }

  /**
   * Opens a build of the collection behind {@code alias}: incremental into its collection when that
   * was built by this schema and these quote rules and {@code full} is false, else into a new
   * collection of {@code shards} × {@code replicas}.
   *
   * @throws IllegalStateException when the cluster lacks this version's configset
   */
  public static SolrIndex open(
      SolrConnection solr,
      String alias,
      String rulesVersion,
      boolean full,
      int shards,
      int replicas,
      Clock clock) {
    SolrCollections collections = new SolrCollections(solr);
    String pipeline = pipeline(rulesVersion);
    String current = collections.collectionOf(alias);
    if (!full && current != null && pipeline.equals(SolrBuilds.of(solr, current).pipeline())) {
      return new SolrIndex(solr, alias, current, current, false, pipeline, clock);
    }
    String fresh = collections.createForBuild(alias, shards, replicas, clock);
    return new SolrIndex(solr, alias, fresh, current, true, pipeline, clock);
  }

  /**
   * Opens an incremental build of the collection behind {@code alias}, never a new collection: what
   * one of several machines sharing a build ({@code index --part}) writes into.
   *
   * @throws IllegalStateException when the alias has no collection built by this schema and these
   *     rules
   */
  public static SolrIndex openCurrent(
      SolrConnection solr, String alias, String rulesVersion, Clock clock) {
    String pipeline = pipeline(rulesVersion);
    String current = new SolrCollections(solr).collectionOf(alias);
    if (current == null || !pipeline.equals(SolrBuilds.of(solr, current).pipeline())) {
      throw new IllegalStateException(
          "a part of a build writes into the current collection, and '"
              + alias
              + "' has none built by this version;"
              + " run `verbatim solr init` (or a full `verbatim index --solr …`) first");
    }
    return new SolrIndex(solr, alias, current, current, false, pipeline, clock);
  }

  static String pipeline(String rulesVersion) {
    return SolrFields.SCHEMA_VERSION + "+" + rulesVersion;
  }

  /** The collection this build writes into. */
  public String collection() {
    return collection;
  }

  @Override
  public Map<String, String> fingerprints() {
    return fingerprints;
  }

  @Override
  public boolean fullRebuild() {
    return fullRebuild;
  }

  @Override
  public void write(Article article, List<Quote> quotes, String fingerprint) {
    if (!fullRebuild && fingerprints.containsKey(article.id())) {
      delete(
          article.id()); // its quotations may have other keys now, and so other shards, or be fewer
    }
    List<SolrInputDocument> full = null;
    synchronized (batch) {
      batch.addAll(SolrDocuments.of(article, quotes, fingerprint));
      if (batch.size() >= BATCH_DOCUMENTS) {
        full = new ArrayList<>(batch);
        batch.clear();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  @Override
  public void delete(String articleId) {
    UpdateRequest delete = new UpdateRequest();
    delete.deleteByQuery(SolrFields.ARTICLE_ID + ":" + ClientUtils.escapeQueryChars(articleId));
    solr.request(delete, collection);
  }

  @Override
  public void flush() {
    List<SolrInputDocument> rest;
    synchronized (batch) {
      rest = new ArrayList<>(batch);
      batch.clear();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  /**
   * Records the build, commits on every shard, and for a full build moves the alias and drops the
   * old collection.
   */
  @Override
  public IndexCounts commit() {
    flush();
    SolrInputDocument build = new SolrInputDocument();
    build.addField(SolrFields.ID, SolrFields.BUILD_ID);
    build.addField(SolrFields.TYPE, SolrFields.TYPE_BUILD);
    build.addField(SolrFields.ARTICLE_ID, SolrFields.BUILD_ID);
    build.addField(SolrFields.ROUTE, SolrFields.BUILD_ID);
    build.addField(SolrFields.PIPELINE, pipeline);
    build.addField(SolrFields.BUILT, clock.instant().toString());
    UpdateRequest commit = new UpdateRequest();
    commit.add(build);
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    solr.request(commit, collection);
    if (fullRebuild) {
      collections.pointAlias(alias, collection);
      if (previous != null && !previous.equals(collection)) {
        collections.delete(previous);
      }
    }
    committed = true;
    return counts();
  }

  /**
   * Merges the new collection's every core into one segment (Solr's optimize), as the embedded
   * index's full build does, for the same reason: a term is looked up once per core, not once per
   * segment. The alias already points at the collection, so searches see it meanwhile.
   */
  @Override
  public void compact() {
    UpdateRequest optimize = new UpdateRequest();
    optimize.setAction(UpdateRequest.ACTION.OPTIMIZE, true, true, 1);
    solr.requestLongRunning(optimize, collection);
  }

  /** A full build that was not committed drops its collection; the alias never saw it. */
  @Override
  public void close() {
    if (!committed && fullRebuild) {
      try {
        collections.delete(collection);
      } catch (RuntimeException ignored) {
        // the build is failing already; an orphan collection is named after the alias and its time
      }
    }
  }

  private void send(List<SolrInputDocument> documents) {
    UpdateRequest update = new UpdateRequest();
    update.add(documents);
    solr.request(update, collection);
  }

  private IndexCounts counts() {
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(SolrFields.TYPE);
    QueryResponse answer =
        new QueryResponse(solr.request(new QueryRequest(query), collection), null);
    Map<String, Long> byType = new HashMap<>();
    for (FacetField.Count count : answer.getFacetField(SolrFields.TYPE).getValues()) {
      byType.put(count.getName(), count.getCount());
    }
    return new IndexCounts(
        byType.getOrDefault(SolrFields.TYPE_ARTICLE, 0L),
        byType.getOrDefault(SolrFields.TYPE_PARAGRAPH, 0L),
        byType.getOrDefault(SolrFields.TYPE_QUOTE, 0L));
  }

  private Map<String, String> readFingerprints() {
    Map<String, String> read = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery query =
          new SolrQuery(SolrFields.TYPE + ":" + SolrFields.TYPE_ARTICLE)
              .setFields(SolrFields.ID, SolrFields.FINGERPRINT)
              .setRows(5000)
              .setSort(SolrFields.ID, SolrQuery.ORDER.asc);
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse answer =
          new QueryResponse(solr.request(new QueryRequest(query), collection), null);
      for (SolrDocument document : answer.getResults()) {
        read.put(
            (String) document.getFirstValue(SolrFields.ID),
            (String) document.getFirstValue(SolrFields.FINGERPRINT));
      }
      if (cursor.equals(answer.getNextCursorMark())) {
        return read;
      }
      cursor = answer.getNextCursorMark();
    }
  }
}
