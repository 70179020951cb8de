package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index read-only through a {@link SearcherManager}: each search runs on one
 * point-in-time view, and {@link #refresh()} moves later searches to the newest commit while those in
 * flight finish on the old one.
 */
public final class Searcher implements AutoCloseable {

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryFactory queries;
  private final Highlights highlights;

  private Searcher(Directory directory, SearcherManager manager, Analyzer analyzer) {
    this.directory = directory;
    this.manager = manager;
    this.queries = new QueryFactory(analyzer);
    this.highlights = new Highlights(analyzer);
  }

  /**
   * Opens the index in {@code folder}.
   *
   * @throws IllegalStateException when the folder holds no index
   */
  public static Searcher open(Path folder) {
    try {
      Directory directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IllegalStateException("no index in " + folder + "; run `verbatim index` first");
      }
      return new Searcher(directory, new SearcherManager(directory, null), Schema.analyzer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  /** Makes later searches see the newest commit, if there is one. */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the index", e);
    }
  }

  public SearchResponse search(SearchRequest request) {
    long started = System.nanoTime();
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        Query userQuery = queries.userQuery(request.query());
        Query query = queries.filtered(userQuery, request);
        int window = request.page() * request.size();
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
        int from = Math.min(top.scoreDocs.length, window - request.size());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<Hit> hits = hits(searcher, userQuery, page);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new SearchResponse(request.query(), top.totalHits.value(), request.page(), request.size(), tookMs, hits);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private List<Hit> hits(IndexSearcher searcher, Query userQuery, ScoreDoc[] page) throws IOException {
    Document[] documents = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      documents[i] = searcher.storedFields().document(page[i].doc);
    }
    String[] marked = highlight(searcher, userQuery, page, documents);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(documents[i], page[i].score, marked[i]));
    }
    return hits;
  }

  /** Highlights quotations and paragraphs separately: each kind breaks its text differently. */
  private String[] highlight(IndexSearcher searcher, Query userQuery, ScoreDoc[] page, Document[] documents) throws IOException {
    String[] marked = new String[page.length];
    for (boolean quotations : new boolean[] {true, false}) {
      String type = quotations ? Schema.TYPE_QUOTE : Schema.TYPE_PARAGRAPH;
      int[] positions = java.util.stream.IntStream.range(0, page.length)
          .filter(i -> type.equals(documents[i].get(Schema.TYPE)))
          .toArray();
      int[] docIds = Arrays.stream(positions).map(i -> page[i].doc).toArray();
      String[] found = highlights.of(searcher, userQuery, docIds, quotations);
      for (int j = 0; j < positions.length; j++) {
        marked[positions[j]] = found[j];
      }
    }
    return marked;
  }

  private static Hit hit(Document document, float score, String highlight) {
    boolean quote = Schema.TYPE_QUOTE.equals(document.get(Schema.TYPE));
    var date = document.getField(Schema.DATE);
    ArticleRef article = new ArticleRef(
        document.get(Schema.ARTICLE_ID),
        document.get(Schema.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()).toString(),
        document.get(Schema.SOURCE));
    return new Hit(
        document.get(Schema.ID),
        document.get(Schema.TYPE),
        score,
        article,
        document.getField(Schema.PARAGRAPH).numericValue().intValue(),
        document.get(Schema.TEXT),
        highlight,
        quote ? orEmpty(document.get(Schema.SPEAKER)) : null,
        quote ? orEmpty(document.get(Schema.CUE)) : null,
        quote ? document.get(Schema.CONTEXT) : null);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  @Override
  public void close() {
    try {
      manager.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
