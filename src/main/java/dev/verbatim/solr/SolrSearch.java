package dev.verbatim.solr;

import dev.verbatim.search.ArticleRef;
import dev.verbatim.search.ArticleView;
import dev.verbatim.search.AutoCorrect;
import dev.verbatim.search.Collation;
import dev.verbatim.search.Facets;
import dev.verbatim.search.Hit;
import dev.verbatim.search.IndexStats;
import dev.verbatim.search.InvalidRequestException;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import dev.verbatim.search.Speaker;
import dev.verbatim.search.SpeakerNames;
import dev.verbatim.solr.SolrConnection.SolrRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;

/**
 * The search port on SolrCloud, through the alias a build points at: the same answers as the
 * embedded index, from Solr's simple query parser, tagged facets, unified highlighter and
 * spellchecker. Scores differ (each shard scores with its own term statistics); a quotation that
 * several articles carry is one hit, folded here, because its copies live on different shards.
 */
public final class SolrSearch implements SearchBackend {

  private static final int TOP_SPEAKERS = 10;
  private static final int ALSO_IN_MAX = 20;
  private static final int PARAGRAPH_PASSAGES = 2;

  /**
   * Spelling candidates asked for per word of a query that found nothing, and the likeliest kept.
   */
  private static final int CANDIDATES = 8;

  private static final int ALTERNATIVES = 3;

  private static final int ARTICLE_MAX_DOCUMENTS = 100_000;
  private static final String JSON_FACET = "json.facet";
  private static final String DISTINCT = "hits";
  private static final String DISTINCT_HITS =
      "'" + DISTINCT + "':'unique(" + SolrFields.HIT_KEY + ")'";

  /**
   * The total and the facets, in distinct hits ({@link SolrFields#HIT_KEY}): type and speaker
   * counted as if their own filter were not chosen, the top speakers by distinct hits (refined, so
   * exact), months in date order.
   */
  private static final String COUNTS =
      json(
          "{%s,'type':%s,'speaker':%s,'month':%s}"
              .formatted(
                  DISTINCT_HITS,
                  distinctTerms(SolrFields.TYPE, "'limit':-1,'domain':{'excludeTags':'type'}", ""),
                  distinctTerms(
                      SolrFields.SPEAKER_NAME,
                      "'limit':"
                          + TOP_SPEAKERS
                          + ",'sort':'hits desc','refine':true,"
                          + "'domain':{'excludeTags':'speaker'}",
                      ""),
                  distinctTerms(SolrFields.MONTH, "'limit':-1,'sort':'index asc'", "")));

  /** Everyone quoted, most distinct quotations first, with their first and last dates. */
  private static final String SPEAKERS =
      json(
          "{'speakers':%s}"
              .formatted(
                  distinctTerms(
                      SolrFields.SPEAKER_NAME,
                      "'limit':-1,'sort':'hits desc'",
                      ",'first':'min(%s)','last':'max(%s)'"
                          .formatted(SolrFields.DATE, SolrFields.DATE))));

  /** A terms facet of {@code field} whose buckets count distinct hits, with {@code moreStats}. */
  private static String distinctTerms(String field, String options, String moreStats) {
    return "{'type':'terms','field':'%s',%s,'facet':{%s%s}}"
        .formatted(field, options, DISTINCT_HITS, moreStats);
  }

  /** JSON written with single quotes, which read better inside Java strings. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private final SolrConnection solr;
  private final String alias;

  /** Runs a search's independent requests side by side: each mostly waits on the network. */
  private final ExecutorService sideRequests = Executors.newVirtualThreadPerTaskExecutor();

  private SolrSearch(SolrConnection solr, String alias) {
    this.solr = solr;
    this.alias = alias;
  }

  /**
   * Searches the collection {@code alias} points at.
   *
   * @throws IllegalStateException when there is no such collection, or its build was for another
   *     schema version
   */
  public static SolrSearch open(SolrConnection solr, String alias) {
    if (new SolrCollections(solr).collectionOf(alias) == null) {
      throw new IllegalStateException(
          "the Solr cluster has no collection '"
              + alias
              + "'; build one with `verbatim index --solr …`");
    }
    String pipeline = SolrBuilds.of(solr, alias).pipeline();
    if (pipeline.isEmpty()) {
      throw new IllegalStateException(
          "the collection '"
              + alias
              + "' holds no Verbatim build; run `verbatim index --solr … --full`");
    }
    String schema =
        SolrFields.SCHEMA_PREFIX
            + pipeline.substring(
                0, pipeline.indexOf('+') < 0 ? pipeline.length() : pipeline.indexOf('+'));
    if (!SolrFields.SCHEMA_NAME.equals(schema)) {
      throw new IllegalStateException(
          "the collection '"
              + alias
              + "' was built for schema "
              + schema
              + ", this version reads "
              + SolrFields.SCHEMA_NAME
              + "; run `verbatim solr init` and `verbatim index --solr … --full`");
    }
    return new SolrSearch(solr, alias);
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    return AutoCorrect.search(request, this::searchAsTyped);
  }

  private SearchResponse searchAsTyped(SearchRequest asked) {
    long started = System.nanoTime();
    SearchRequest request =
        asked.speaker() == null ? asked : asked.withSpeaker(knownSpeaker(asked.speaker()));
    int wanted = request.page() * request.size();
    // One request ranks, counts, reads the stored fields and marks paragraphs (their best
    // sentences); quotations, marked whole, and their other articles take two more, side by side.
    SolrQuery ranked = SolrQueries.of(request).setFields("*", "score");
    ranked.set(JSON_FACET, COUNTS);
    highlight(ranked, false);
    List<SolrDocument> distinct;
    QueryResponse first = null;
    Map<String, String> paragraphHighlights;
    for (int rows = wanted + 10; ; rows *= 2) {
      QueryResponse answer = query(ranked.setRows(rows));
      paragraphHighlights = highlightsOf(answer);
      if (first == null) {
        first = answer;
        ranked.remove(JSON_FACET);
      }
      distinct = foldRepeats(answer.getResults(), wanted);
      if (distinct.size() >= wanted
          || answer.getResults().size() >= answer.getResults().getNumFound()) {
        break;
      }
    }
    List<SolrDocument> page =
        distinct.subList(Math.min(distinct.size(), wanted - request.size()), distinct.size());
    List<Hit> hits = hits(request, page, paragraphHighlights);
    long mentions = first.getResults().getNumFound();
    NestableJsonFacet counts = first.getJsonFacetingResponse();
    long total = mentions == 0 ? 0 : distinct(counts);
    String suggestion = total == 0 && !request.query().isEmpty() ? suggest(request) : null;
    String speakerSuggestion =
        request.speaker() != null && total == 0 && !isSpeaker(request.speaker())
            ? SpeakerNames.closest(
                request.speaker(), speakers().stream().map(Speaker::name).toList())
            : null;
    return new SearchResponse(
        request.query(),
        request.query(),
        total,
        mentions,
        request.page(),
        request.size(),
        (System.nanoTime() - started) / 1_000_000,
        hits,
        facets(counts),
        suggestion,
        speakerSuggestion);
  }

  /**
   * The indexed speaker name that {@code name} means, case, accents and spacing aside: found among
   * the names holding its last word (Solr's facet.contains ignores case, not accents), then
   * compared whole. {@code name} itself when none matches.
   */
  private String knownSpeaker(String name) {
    String key = SpeakerNames.key(name);
    String[] words = name.strip().split("\\s+");
    SolrQuery names =
        new SolrQuery("*:*")
            .setRows(0)
            .setFacet(true)
            .setFacetMinCount(1)
            .setFacetLimit(-1)
            .addFacetField(SolrFields.SPEAKER_NAME);
    names.set("facet.contains", words[words.length - 1]);
    names.set("facet.contains.ignoreCase", true);
    return counts(query(names).getFacetField(SolrFields.SPEAKER_NAME)).keySet().stream()
        .filter(known -> SpeakerNames.key(known).equals(key))
        .findFirst()
        .orElse(name);
  }

  /** Whether some quotation has exactly this speaker. */
  private boolean isSpeaker(String name) {
    return query(new SolrQuery(SolrQueries.term(SolrFields.SPEAKER_NAME, null, name)).setRows(0))
            .getResults()
            .getNumFound()
        > 0;
  }

  /** The best copy of each quotation, in rank order, up to {@code wanted}. */
  private static List<SolrDocument> foldRepeats(SolrDocumentList ranked, int wanted) {
    Set<Object> keys = new HashSet<>();
    List<SolrDocument> distinct = new ArrayList<>();
    for (SolrDocument document : ranked) {
      Object key = document.getFirstValue(SolrFields.QUOTE_KEY);
      if (key == null || keys.add(key)) {
        distinct.add(document);
        if (distinct.size() == wanted) {
          break;
        }
      }
    }
    return distinct;
  }

  /**
   * The page's hits: stored fields and paragraph highlights from the ranking, quotations marked
   * whole, and their other articles.
   */
  private List<Hit> hits(
      SearchRequest request, List<SolrDocument> page, Map<String, String> paragraphHighlights) {
    List<String> quoteIds =
        page.stream()
            .filter(d -> SolrFields.TYPE_QUOTE.equals(d.getFirstValue(SolrFields.TYPE)))
            .map(d -> (String) d.getFirstValue(SolrFields.ID))
            .toList();
    Map<String, String> highlights = new HashMap<>(paragraphHighlights);
    Map<Long, List<ArticleRef>> alsoIn = Map.of();
    Map<String, String> speakerHighlights = Map.of();
    if (!quoteIds.isEmpty()) {
      CompletableFuture<Map<Long, List<ArticleRef>>> copies =
          CompletableFuture.supplyAsync(() -> alsoIn(page), sideRequests);
      SolrQuery whole =
          new SolrQuery(SolrQueries.userQuery(request.query()))
              .setRows(quoteIds.size())
              .setFields(SolrFields.ID);
      SolrQueries.setUserText(whole, request.query());
      whole.addFilterQuery(SolrQueries.anyOf(SolrFields.ID, quoteIds));
      highlight(whole, true);
      // a quotation's speaker's name too, marked only where the words matched it
      whole.set("hl.fl", SolrFields.TEXT, SolrFields.SPEAKER, SolrFields.SPEAKER_OTHER);
      for (String field : List.of(SolrFields.SPEAKER, SolrFields.SPEAKER_OTHER)) {
        whole.set("f." + field + ".hl.defaultSummary", false);
      }
      QueryResponse marked = query(whole);
      highlights.putAll(highlightsOf(marked));
      speakerHighlights = speakerHighlightsOf(marked);
      alsoIn = copies.join();
    }
    List<Hit> hits = new ArrayList<>(page.size());
    for (SolrDocument document : page) {
      String id = (String) document.getFirstValue(SolrFields.ID);
      boolean quote = SolrFields.TYPE_QUOTE.equals(document.getFirstValue(SolrFields.TYPE));
      ArticleRef article = article(document);
      Object key = document.getFirstValue(SolrFields.QUOTE_KEY);
      List<ArticleRef> others =
          key == null
              ? List.of()
              : alsoIn.getOrDefault((Long) key, List.of()).stream()
                  .filter(ref -> !ref.id().equals(article.id()))
                  .limit(ALSO_IN_MAX)
                  .toList();
      hits.add(
          new Hit(
              id,
              (String) document.getFirstValue(SolrFields.TYPE),
              ((Number) document.getFirstValue("score")).floatValue(),
              article,
              intValue(document, SolrFields.PARAGRAPH),
              (String) document.getFirstValue(SolrFields.TEXT),
              highlights.get(id),
              quote ? string(document, SolrFields.SPEAKER_NAME) : null,
              speakerHighlights.get(id),
              quote ? string(document, SolrFields.CUE) : null,
              quote ? string(document, SolrFields.CONTEXT) : null,
              others));
    }
    return hits;
  }

  /**
   * The articles carrying each quotation of the page, by quote key, first by id: one request over
   * every shard, since copies of a quotation live wherever their articles do.
   */
  private Map<Long, List<ArticleRef>> alsoIn(List<SolrDocument> page) {
    List<Object> keys =
        page.stream()
            .map(d -> d.getFirstValue(SolrFields.QUOTE_KEY))
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (keys.isEmpty()) {
      return Map.of();
    }
    SolrQuery copies =
        new SolrQuery(
                SolrQueries.anyOf(
                    SolrFields.QUOTE_KEY, keys.stream().map(String::valueOf).toList()))
            .setRows(0);
    copies.set(
        "json.facet",
        "{keys:{type:terms,field:"
            + SolrFields.QUOTE_KEY
            + ",limit:-1,refine:true,facet:{articles:{type:terms,field:"
            + SolrFields.ARTICLE_ID
            + ",limit:"
            + (ALSO_IN_MAX + 1)
            + ",sort:'index asc',refine:true}}}}");
    NamedList<Object> facets =
        query(copies).getResponse().get("facets") instanceof NamedList<?> list
            ? cast(list)
            : new NamedList<>();
    Map<Long, List<String>> articleIds = new HashMap<>();
    Set<String> allIds = new HashSet<>();
    for (NamedList<Object> bucket : buckets(facets.get("keys"))) {
      List<String> ids = new ArrayList<>();
      for (NamedList<Object> article : buckets(bucket.get("articles"))) {
        ids.add(String.valueOf(article.get("val")));
      }
      if (ids.size() > 1) {
        articleIds.put(((Number) bucket.get("val")).longValue(), ids);
        allIds.addAll(ids);
      }
    }
    if (allIds.isEmpty()) {
      return Map.of();
    }
    SolrQuery heads =
        new SolrQuery(SolrQueries.anyOf(SolrFields.ID, allIds))
            .setRows(allIds.size())
            .setFields(
                SolrFields.ID,
                SolrFields.ARTICLE_ID,
                SolrFields.TITLE,
                SolrFields.DATE,
                SolrFields.SOURCE);
    heads.addFilterQuery(SolrQueries.term(SolrFields.TYPE, null, SolrFields.TYPE_ARTICLE));
    Map<String, ArticleRef> refs = new HashMap<>();
    query(heads)
        .getResults()
        .forEach(d -> refs.put((String) d.getFirstValue(SolrFields.ID), article(d)));
    Map<Long, List<ArticleRef>> byKey = new HashMap<>();
    articleIds.forEach(
        (key, ids) ->
            byKey.put(key, ids.stream().map(refs::get).filter(Objects::nonNull).toList()));
    return byKey;
  }

  private static void highlight(SolrQuery query, boolean whole) {
    query.setHighlight(true);
    query.set("hl.method", "unified");
    query.set("hl.fl", SolrFields.TEXT);
    query.set("hl.tag.pre", "<mark>");
    query.set("hl.tag.post", "</mark>");
    query.set("hl.encoder", "html");
    query.set("hl.defaultSummary", true);
    query.set("hl.weightMatchers", true);
    query.set("hl.offsetSource", "POSTINGS");
    query.set("hl.fragsize", 0);
    query.set("hl.bs.type", whole ? "WHOLE" : "SENTENCE");
    query.set("hl.bs.language", "");
    query.set("hl.bs.country", "");
    query.set("hl.snippets", whole ? 1 : PARAGRAPH_PASSAGES);
    query.set("hl.tag.ellipsis", " … ");
  }

  private static Map<String, String> highlightsOf(QueryResponse answer) {
    return highlightsOf(answer, List.of(SolrFields.TEXT));
  }

  /** The speakers' names, by document id, where the query matched them. */
  private static Map<String, String> speakerHighlightsOf(QueryResponse answer) {
    return highlightsOf(answer, List.of(SolrFields.SPEAKER, SolrFields.SPEAKER_OTHER));
  }

  /** By document id, the first highlight of the first of {@code fields} that has one. */
  private static Map<String, String> highlightsOf(QueryResponse answer, List<String> fields) {
    Map<String, String> marked = new HashMap<>();
    Map<String, Map<String, List<String>>> highlighting = answer.getHighlighting();
    if (highlighting != null) {
      highlighting.forEach(
          (id, byField) -> {
            for (String field : fields) {
              List<String> snippets = byField.get(field);
              if (snippets != null && !snippets.isEmpty()) {
                // hl.tag.ellipsis joined a paragraph's passages into one
                marked.putIfAbsent(id, snippets.get(0));
              }
            }
          });
    }
    return marked;
  }

  /**
   * A correction of the query's words that finds something under the same filters ({@link
   * Collation}): alternatives for each word the index lacks, and more common ones for a word it
   * has, from Solr's spellchecker over the words as written.
   */
  private String suggest(SearchRequest request) {
    SolrQuery spelling = new SolrQuery("*:*").setRows(0);
    spelling.set("spellcheck", true);
    spelling.set("spellcheck.q", request.query());
    spelling.set("spellcheck.count", CANDIDATES);
    spelling.set("spellcheck.alternativeTermCount", CANDIDATES);
    spelling.set("spellcheck.onlyMorePopular", true);
    spelling.set("spellcheck.extendedResults", true);
    SpellCheckResponse spell = query(spelling).getSpellCheckResponse();
    if (spell == null || spell.getSuggestions().isEmpty()) {
      return null;
    }
    List<Collation.Word> words = new ArrayList<>();
    for (SpellCheckResponse.Suggestion suggestion : spell.getSuggestions()) {
      if (suggestion.getEndOffset() <= request.query().length()) {
        Map<String, Integer> candidates = new HashMap<>();
        for (int i = 0; i < suggestion.getAlternatives().size(); i++) {
          candidates.put(
              suggestion.getAlternatives().get(i), suggestion.getAlternativeFrequencies().get(i));
        }
        words.add(
            new Collation.Word(
                suggestion.getStartOffset(),
                suggestion.getEndOffset(),
                suggestion.getOriginalFrequency() > 0,
                Collation.likeliest(
                    suggestion.getToken().toLowerCase(Locale.ROOT), candidates, ALTERNATIVES)));
      }
    }
    words.sort(Comparator.comparingInt(Collation.Word::start));
    return Collation.correct(
        request.query(),
        words,
        text -> query(SolrQueries.of(request, text).setRows(0)).getResults().getNumFound() > 0);
  }

  private static Facets facets(NestableJsonFacet counts) {
    return new Facets(
        distinctByValue(counts, "type"),
        distinctByValue(counts, "speaker"),
        new TreeMap<>(distinctByValue(counts, "month")));
  }

  /** Distinct hits per value of the terms facet {@code name}, in the facet's order. */
  private static Map<String, Long> distinctByValue(NestableJsonFacet counts, String name) {
    Map<String, Long> byValue = new LinkedHashMap<>();
    BucketBasedJsonFacet facet = counts == null ? null : counts.getBucketBasedFacets(name);
    if (facet != null) {
      for (BucketJsonFacet bucket : facet.getBuckets()) {
        long distinct = distinct(bucket);
        if (distinct > 0) {
          byValue.put(String.valueOf(bucket.getVal()), distinct);
        }
      }
    }
    return byValue;
  }

  /** The distinct hits a facet counted ({@code unique(hit_key)}; absent when it counted none). */
  private static long distinct(NestableJsonFacet counts) {
    Object value = counts == null ? null : counts.getStatValue(DISTINCT);
    return value instanceof Number number ? number.longValue() : 0;
  }

  private static Map<String, Long> counts(FacetField field) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (field != null && field.getValues() != null) {
      field.getValues().stream()
          .filter(count -> count.getCount() > 0)
          .forEach(count -> counts.put(count.getName(), count.getCount()));
    }
    return counts;
  }

  @Override
  public Optional<ArticleView> article(String id, String query) {
    SolrQuery all =
        new SolrQuery(SolrQueries.term(SolrFields.ARTICLE_ID, null, id))
            .setRows(ARTICLE_MAX_DOCUMENTS)
            .setFields("*");
    SolrQueries.setUserText(all, query);
    highlight(all, true);
    all.set("hl.q", SolrQueries.userQuery(query));
    QueryResponse answer = query(all);
    Map<String, String> marked = highlightsOf(answer);
    SolrDocument head = null;
    List<ArticleView.Paragraph> paragraphs = new ArrayList<>();
    List<ArticleView.QuoteRef> quotes = new ArrayList<>();
    for (SolrDocument document : answer.getResults()) {
      String documentId = (String) document.getFirstValue(SolrFields.ID);
      switch (String.valueOf(document.getFirstValue(SolrFields.TYPE))) {
        case SolrFields.TYPE_ARTICLE -> head = document;
        case SolrFields.TYPE_PARAGRAPH ->
            paragraphs.add(
                new ArticleView.Paragraph(
                    intValue(document, SolrFields.PARAGRAPH),
                    (String) document.getFirstValue(SolrFields.TEXT),
                    marked.get(documentId)));
        case SolrFields.TYPE_QUOTE ->
            quotes.add(
                new ArticleView.QuoteRef(
                    documentId,
                    intValue(document, SolrFields.PARAGRAPH),
                    intValue(document, SolrFields.START),
                    intValue(document, SolrFields.END),
                    (String) document.getFirstValue(SolrFields.TEXT),
                    string(document, SolrFields.SPEAKER_NAME),
                    string(document, SolrFields.CUE)));
        default -> {} // the build record
      }
    }
    if (head == null) {
      return Optional.empty();
    }
    ArticleRef article = article(head);
    return Optional.of(
        new ArticleView(
            article.id(),
            article.title(),
            article.date(),
            article.source(),
            string(head, SolrFields.URL),
            string(head, SolrFields.AUTHOR),
            paragraphs,
            quotes));
  }

  @Override
  public IndexStats stats() {
    SolrQuery counts =
        new SolrQuery("*:*")
            .setRows(0)
            .setFacet(true)
            .setFacetMinCount(1)
            .addFacetField(SolrFields.TYPE, SolrFields.SPEAKER_NAME);
    counts.set("f." + SolrFields.SPEAKER_NAME + ".facet.limit", -1);
    QueryResponse answer = query(counts);
    Map<String, Long> byType = counts(answer.getFacetField(SolrFields.TYPE));
    long speakers = counts(answer.getFacetField(SolrFields.SPEAKER_NAME)).size();
    String built = SolrBuilds.of(solr, alias).built();
    return new IndexStats(
        byType.getOrDefault(SolrFields.TYPE_ARTICLE, 0L),
        byType.getOrDefault(SolrFields.TYPE_PARAGRAPH, 0L),
        byType.getOrDefault(SolrFields.TYPE_QUOTE, 0L),
        speakers,
        built);
  }

  @Override
  public List<Speaker> speakers() {
    SolrQuery quotations =
        new SolrQuery(SolrQueries.term(SolrFields.TYPE, null, SolrFields.TYPE_QUOTE)).setRows(0);
    quotations.set(JSON_FACET, SPEAKERS);
    NestableJsonFacet counts = query(quotations).getJsonFacetingResponse();
    BucketBasedJsonFacet facet = counts == null ? null : counts.getBucketBasedFacets("speakers");
    List<Speaker> speakers = new ArrayList<>();
    if (facet != null) {
      for (BucketJsonFacet bucket : facet.getBuckets()) {
        speakers.add(
            new Speaker(
                String.valueOf(bucket.getVal()),
                distinct(bucket),
                day(bucket.getStatValue("first")),
                day(bucket.getStatValue("last"))));
      }
    }
    return speakers;
  }

  /** An ISO date from a min or max of epoch days; null when no quotation of the bucket is dated. */
  private static String day(Object epochDay) {
    return epochDay instanceof Number number && !Double.isInfinite(number.doubleValue())
        ? LocalDate.ofEpochDay(number.longValue()).toString()
        : null;
  }

  @Override
  public void close() {
    sideRequests.close(); // the connection belongs to the caller
  }

  /**
   * How many times a query that came back without its results is sent again: a node was leaving or
   * joining.
   */
  private static final int INCOMPLETE_RETRIES = 2;

  /** How Solr says that a query has more clauses than it takes (Lucene's words), and the limit. */
  private static final Pattern CLAUSE_LIMIT = Pattern.compile("maxClauseCount is set to (\\d+)");

  private QueryResponse query(SolrQuery query) {
    for (int attempt = 0; ; attempt++) {
      QueryResponse answer = new QueryResponse(request(query), null);
      if (answer.getResults() != null || attempt == INCOMPLETE_RETRIES) {
        if (answer.getResults() == null) {
          throw new IllegalStateException(
              "Solr answered a search without its results, "
                  + (INCOMPLETE_RETRIES + 1)
                  + " times: "
                  + answer.getResponse());
        }
        return answer;
      }
    }
  }

  /**
   * Solr's answer to {@code query}; a query it refuses for its number of clauses is the request's
   * fault, as the embedded index says.
   */
  private NamedList<Object> request(SolrQuery query) {
    try {
      return solr.request(new QueryRequest(query, SolrRequest.METHOD.POST), alias);
    } catch (SolrRequestException e) {
      Matcher limit = CLAUSE_LIMIT.matcher(String.valueOf(e.getMessage()));
      if (limit.find()) {
        throw InvalidRequestException.queryMatchesTooManyWords(Integer.parseInt(limit.group(1)));
      }
      throw e;
    }
  }

  private static ArticleRef article(SolrDocument document) {
    Object date = document.getFirstValue(SolrFields.DATE);
    return new ArticleRef(
        (String) document.getFirstValue(SolrFields.ARTICLE_ID),
        string(document, SolrFields.TITLE),
        date == null ? null : LocalDate.ofEpochDay(((Number) date).longValue()).toString(),
        string(document, SolrFields.SOURCE));
  }

  private static int intValue(SolrDocument document, String field) {
    Object value = document.getFirstValue(field);
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static String string(SolrDocument document, String field) {
    Object value = document.getFirstValue(field);
    return value == null ? "" : value.toString();
  }

  @SuppressWarnings("unchecked")
  private static NamedList<Object> cast(NamedList<?> list) {
    return (NamedList<Object>) list;
  }

  @SuppressWarnings("unchecked")
  private static List<NamedList<Object>> buckets(Object facet) {
    if (facet instanceof NamedList<?> list && list.get("buckets") instanceof List<?> buckets) {
      return (List<NamedList<Object>>) buckets;
    }
    return List.of();
  }
}
