package dev.verbatim.solr;

import dev.verbatim.search.Spellings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * The cluster's collections as Verbatim uses them: an alias (the name users give, {@code verbatim})
 * points at the collection of the last complete build, and a rebuild fills a new collection and
 * then moves the alias, SolrCloud's own zero-downtime switch. Every collection is created from the
 * configset this version ships, named after its schema version.
 */
public final class SolrCollections {

  /** The configset's files, inside the jar. */
  private static final String CONFIGSET_RESOURCE = "/dev/verbatim/solr/configset/";

  /**
   * The configset's files by name, with where the jar holds each: the spelling variants are the
   * embedded index's own file, so both backends rewrite the same words.
   */
  private static final Map<String, String> CONFIGSET_FILES =
      Map.of(
          "schema.xml", CONFIGSET_RESOURCE + "schema.xml",
          "solrconfig.xml", CONFIGSET_RESOURCE + "solrconfig.xml",
          "variants.txt", Spellings.VARIANTS);

  private static final DateTimeFormatter BUILD_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final SolrConnection solr;

  public SolrCollections(SolrConnection solr) {
    this.solr = solr;
  }

  /**
   * The configset every collection is created from: one per schema version, so an old one is never
   * overwritten under a live collection.
   */
  public static String configSet() {
    return SolrFields.SCHEMA_NAME;
  }

  /** Uploads this version's configset, replacing one of the same name. */
  public void uploadConfigSet() {
    ConfigSetAdminRequest.Upload upload =
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(configSet())
            .setOverwrite(true)
            .setCleanup(true);
    upload.setUploadStream(
        new ContentStreamBase.ByteArrayStream(
            zippedConfigSet(), configSet() + ".zip", "application/zip"));
    solr.request(upload, null);
  }

  /**
   * What {@link #init} found or made: the collection behind the alias, and whether it was created
   * now.
   */
  public record Initialised(String collection, boolean created) {}

  /**
   * Sets a cluster up for Verbatim: uploads this version's configset and, when {@code alias} points
   * at no collection, creates an empty one of {@code shards} × {@code replicas} behind it.
   */
  public Initialised init(
      String alias, String rulesVersion, int shards, int replicas, Clock clock) {
    uploadConfigSet();
    String current = collectionOf(alias);
    if (current != null) {
      return new Initialised(current, false);
    }
    try (SolrIndex empty =
        SolrIndex.open(solr, alias, rulesVersion, true, shards, replicas, clock)) {
      empty.commit();
      return new Initialised(empty.collection(), true);
    }
  }

  /** True when the cluster holds this version's configset. */
  boolean hasConfigSet() {
    NamedList<Object> answer = solr.request(new ConfigSetAdminRequest.List(), null);
    return answer.get("configSets") instanceof List<?> names && names.contains(configSet());
  }

  /** The collection {@code alias} points at, or null when there is no such alias. */
  String collectionOf(String alias) {
    NamedList<Object> answer = solr.request(new CollectionAdminRequest.ListAliases(), null);
    Object aliases = answer.get("aliases");
    Object collection =
        aliases instanceof Map<?, ?> map
            ? map.get(alias)
            : aliases instanceof NamedList<?> list ? list.get(alias) : null;
    return collection == null ? null : collection.toString();
  }

  /**
   * Creates a new, empty collection for a build of {@code alias}, from this version's configset,
   * and returns its name. The route ({@link SolrFields#ROUTE}) puts an article's documents on one
   * shard, except its quotations, each of which goes where its copies in other articles go.
   */
  String createForBuild(String alias, int shards, int replicas, Clock clock) {
    if (!hasConfigSet()) {
      throw new IllegalStateException(
          "the cluster has no configset " + configSet() + "; run `verbatim solr init` first");
    }
    String name = alias + "_" + BUILD_STAMP.format(clock.instant());
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(name, configSet(), shards, replicas);
    create.setRouterField(SolrFields.ROUTE);
    solr.request(create, null);
    return name;
  }

  /**
   * Points {@code alias} at {@code collection}: searches move at once, those running finish where
   * they started.
   */
  void pointAlias(String alias, String collection) {
    solr.request(CollectionAdminRequest.createAlias(alias, collection), null);
  }

  void delete(String collection) {
    solr.request(CollectionAdminRequest.deleteCollection(collection), null);
  }

  private static byte[] zippedConfigSet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : new TreeMap<>(CONFIGSET_FILES).entrySet()) {
        try (InputStream in = SolrCollections.class.getResourceAsStream(file.getValue())) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks the configset file " + file.getValue());
          }
          zip.putNextEntry(new ZipEntry(file.getKey()));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
