package dev.verbatim.lucene;

import dev.verbatim.search.ArticleRef;
import dev.verbatim.search.ArticleView;
import dev.verbatim.search.AutoCorrect;
import dev.verbatim.search.Collation;
import dev.verbatim.search.Hit;
import dev.verbatim.search.IndexStats;
import dev.verbatim.search.InvalidRequestException;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import dev.verbatim.search.Speaker;
import dev.verbatim.search.SpeakerNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search port over the embedded index, read-only through a {@link SearcherManager}: each search
 * runs on one point-in-time view, and {@link #refresh()} moves later searches to the newest commit
 * while those in flight finish on the old one.
 */
public final class LuceneSearch implements SearchBackend {

  /** How many recent answers each point-in-time view keeps by default: a page of hits is ~10 KB. */
  public static final int KEPT_ANSWERS = 1000;

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryFactory queries;
  private final Highlights highlights;
  private final Spelling spelling;
  private final ArticleViews articles;

  /**
   * Searches that run at once, at most one per core, the rest waiting their turn in order: a search
   * is all CPU, so more at once only slow each other, and the slowest are the tail users see. Under
   * 16 connections on 2 cores this took the uncached p99 from 58-67 ms to 42 ms at the same
   * throughput (docs/BENCHMARKS.md).
   */
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private LuceneSearch(Directory directory, SearcherManager manager, Analyzer analyzer) {
    this.directory = directory;
    this.manager = manager;
    this.queries = new QueryFactory(analyzer);
    this.highlights = new Highlights(analyzer);
    this.spelling = new Spelling(analyzer);
    this.articles = new ArticleViews(highlights);
  }

  /**
   * Opens the index in {@code folder}, keeping the {@value #KEPT_ANSWERS} most recent answers.
   *
   * @throws IllegalStateException when the folder holds no index
   */
  public static LuceneSearch open(Path folder) {
    return open(folder, KEPT_ANSWERS);
  }

  /**
   * Opens the index in {@code folder}, keeping up to {@code keptAnswers} recent answers per commit
   * (0: none; every search runs in full). A repeated request is answered from memory until the next
   * refresh, as Solr's query result cache does.
   *
   * @throws IllegalStateException when the folder holds no index
   */
  public static LuceneSearch open(Path folder, int keptAnswers) {
    if (!Files.isDirectory(folder)) {
      throw noIndex(folder); // FSDirectory.open would create the folder
    }
    try {
      Directory directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw noIndex(folder);
      }
      String pipeline =
          SegmentInfos.readLatestCommit(directory).getUserData().get(Schema.COMMIT_PIPELINE);
      if (!Schema.isReadable(pipeline)) {
        directory.close(); // its segments may be in a format this version cannot read
        throw new IllegalStateException(
            "the index in "
                + folder
                + " was written by another version of Verbatim; run `verbatim index` to rebuild it");
      }
      return new LuceneSearch(
          directory,
          new SearcherManager(directory, FacetedSearcher.factory(keptAnswers)),
          TextAnalysis.forQuery());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  private static IllegalStateException noIndex(Path folder) {
    return new IllegalStateException("no index in " + folder + "; run `verbatim index` first");
  }

  /** Makes later searches see the newest commit, if there is one. */
  @Override
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the index", e);
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    running.acquireUninterruptibly();
    try {
      return AutoCorrect.search(request, this::searchAsTyped);
    } finally {
      running.release();
    }
  }

  private SearchResponse searchAsTyped(SearchRequest request) {
    long started = System.nanoTime();
    return withSearcher(
        searcher ->
            searcher
                .answer(request, r -> answer(searcher, r))
                .took((System.nanoTime() - started) / 1_000_000));
  }

  private SearchResponse answer(FacetedSearcher searcher, SearchRequest asked) {
    SearchRequest request =
        asked.speaker() == null
            ? asked
            : asked.withSpeaker(searcher.facts().canonicalSpeaker(asked.speaker()));
    try {
      Query userQuery = LookedUpTerms.in(searcher, queries.userQuery(request.query()));
      Query filtered = queries.filtered(userQuery, request);
      Query narrowed = queries.narrowed(filtered, request);
      MatchCounts counts =
          searcher.search(filtered, MatchCounts.manager(searcher.facts(), request));
      int wanted = request.page() * request.size();
      List<ScoreDoc> best = searcher.search(narrowed, DistinctTopHits.manager(wanted));
      List<ScoreDoc> page =
          best.subList(Math.min(best.size(), wanted - request.size()), best.size());
      List<Hit> hits = hits(searcher, userQuery, page);
      long total = counts.total();
      String suggestion =
          total == 0 && !request.query().isEmpty() ? suggest(searcher, request) : null;
      String speakerSuggestion =
          request.speaker() != null
                  && searcher.facts().speakerId(request.speaker()) == DocFacts.NONE
              ? SpeakerNames.closest(
                  request.speaker(), speakers(searcher).stream().map(Speaker::name).toList())
              : null;
      return new SearchResponse(
          request.query(),
          request.query(),
          total,
          counts.mentions(),
          request.page(),
          request.size(),
          0,
          hits,
          counts.facets(),
          suggestion,
          speakerSuggestion);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ArticleView> article(String id, String query) {
    return withSearcher(searcher -> articles.load(searcher, id, queries.userQuery(query)));
  }

  @Override
  public IndexStats stats() {
    return withSearcher(
        searcher -> {
          var commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
          return new IndexStats(
              searcher.count(Schema.typeQuery(Schema.TYPE_ARTICLE)),
              searcher.count(Schema.typeQuery(Schema.TYPE_PARAGRAPH)),
              searcher.count(Schema.typeQuery(Schema.TYPE_QUOTE)),
              searcher.facts().speakerCount(),
              commit.get(Schema.COMMIT_TIME));
        });
  }

  @Override
  public List<Speaker> speakers() {
    return withSearcher(LuceneSearch::speakers);
  }

  private static List<Speaker> speakers(FacetedSearcher searcher) throws IOException {
    return searcher.search(
        Schema.typeQuery(Schema.TYPE_QUOTE), SpeakerTable.manager(searcher.facts()));
  }

  private List<Hit> hits(FacetedSearcher searcher, Query userQuery, List<ScoreDoc> page)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] documents = new Document[page.size()];
    String[] texts = new String[page.size()];
    String[] contexts = new String[page.size()]; // the paragraph around a quotation
    ArticleRef[] articles = new ArticleRef[page.size()];
    for (int i = 0; i < page.size(); i++) {
      int doc = page.get(i).doc;
      documents[i] = stored.document(doc);
      if (Schema.TYPE_QUOTE.equals(documents[i].get(Schema.TYPE))) {
        articles[i] = ArticleRefs.ofQuote(searcher.getIndexReader(), doc);
        contexts[i] = QuoteTexts.context(stored, doc, documents[i], articles[i].title());
        texts[i] = QuoteTexts.of(documents[i], contexts[i]);
      } else {
        articles[i] = StoredHits.article(documents[i]);
        texts[i] = documents[i].get(Schema.TEXT);
      }
    }
    String[] marked = new String[page.size()];
    for (String type : List.of(Schema.TYPE_QUOTE, Schema.TYPE_PARAGRAPH)) {
      int[] positions =
          IntStream.range(0, page.size())
              .filter(i -> type.equals(documents[i].get(Schema.TYPE)))
              .toArray();
      int[] docIds = IntStream.of(positions).map(i -> page.get(i).doc).toArray();
      String[] found =
          highlights.of(
              searcher,
              userQuery,
              docIds,
              IntStream.of(positions).mapToObj(i -> texts[i]).toArray(String[]::new),
              type.equals(Schema.TYPE_QUOTE));
      for (int j = 0; j < positions.length; j++) {
        marked[positions[j]] = found[j];
      }
    }
    String[] speakersMarked = speakersMarked(searcher, userQuery, page, documents);
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      hits.add(
          StoredHits.hit(
              searcher,
              page.get(i).doc,
              documents[i],
              articles[i],
              page.get(i).score,
              texts[i],
              contexts[i],
              marked[i],
              speakersMarked[i]));
    }
    return hits;
  }

  /** For each hit, its speaker's name marked where the query matched it, else null. */
  private String[] speakersMarked(
      FacetedSearcher searcher, Query userQuery, List<ScoreDoc> page, Document[] documents)
      throws IOException {
    int[] named =
        IntStream.range(0, page.size())
            .filter(i -> Schema.speakerFieldOf(documents[i]) != null)
            .toArray();
    String[] found =
        highlights.ofSpeakers(
            searcher,
            userQuery,
            IntStream.of(named).map(i -> page.get(i).doc).toArray(),
            IntStream.of(named)
                .mapToObj(i -> Schema.speakerOf(documents[i]))
                .toArray(String[]::new),
            IntStream.of(named)
                .mapToObj(i -> Schema.speakerFieldOf(documents[i]))
                .toArray(String[]::new));
    String[] marked = new String[page.size()];
    for (int j = 0; j < named.length; j++) {
      marked[named[j]] = found[j];
    }
    return marked;
  }

  /** A corrected query, offered only when it finds something under the same filters. */
  private String suggest(FacetedSearcher searcher, SearchRequest request) throws IOException {
    List<Collation.Word> words = spelling.words(searcher.getIndexReader(), request.query());
    return Collation.correct(
        request.query(),
        words,
        text -> {
          try {
            return searcher.count(
                    queries.narrowed(queries.filtered(queries.userQuery(text), request), request))
                > 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private interface SearcherWork<T> {
    T run(FacetedSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return work.run((FacetedSearcher) searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw InvalidRequestException.queryMatchesTooManyWords(IndexSearcher.getMaxClauseCount());
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private void awaitFactsKept() throws IOException {
    IndexSearcher searcher;
    try {
      searcher = manager.acquire();
    } catch (AlreadyClosedException closedBefore) {
      return;
    }
    try {
      ((FacetedSearcher) searcher).awaitFactsKept(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() {
    try {
      awaitFactsKept();
      manager.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
