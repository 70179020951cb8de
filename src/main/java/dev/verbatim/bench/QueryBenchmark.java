package dev.verbatim.bench;

import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.lucene.Schema;
import dev.verbatim.lucene.TextAnalysis;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * In-process query latency over a fixed mix of queries: the full {@link LuceneSearch} (parsing,
 * filters, drill-sideways facets, highlighting, stored fields) against a bare {@code
 * IndexSearcher.search(query, 10)} of the same words on the text field. Warms up first, then times
 * every query and reports p50 and p99 per query and overall.
 */
public final class QueryBenchmark {

  /**
   * One timed series: its name, latencies in nanoseconds, and how many documents its query matches
   * ({@link #MIXED} for a series of several queries).
   */
  public record Series(String name, List<Long> sortedNanos, long matches, long cpuNanos) {

    public static final long MIXED = -1;

    static Series of(String name, long[] nanos, long matches) {
      return new Series(name, Arrays.stream(nanos).sorted().boxed().toList(), matches, 0);
    }

    /**
     * The mean CPU time of a search (all threads of the process over the series), 0 when not
     * measured.
     */
    public double cpuMillisPerSearch() {
      return cpuNanos / 1e6 / sortedNanos.size();
    }

    public double percentileMillis(double p) {
      int index =
          (int) Math.min(sortedNanos.size() - 1, Math.ceil(p / 100.0 * sortedNanos.size()) - 1);
      return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
  }

  /**
   * The query mix: a common word, a rare word, two words, a phrase, a prefix, a speaker's
   * quotations.
   */
  public static Map<String, SearchRequest> mix(String speaker) {
    Map<String, SearchRequest> mix = new LinkedHashMap<>();
    mix.put("common word", SearchRequest.of("people"));
    mix.put("rare word", SearchRequest.of("referendum"));
    mix.put("two words", SearchRequest.of("tax plan"));
    mix.put("phrase", SearchRequest.of("\"prime minister\""));
    mix.put("prefix", SearchRequest.of("elect*"));
    mix.put(
        "speaker's quotes",
        new SearchRequest(
            "said", "quote", speaker, null, null, null, 1, SearchRequest.DEFAULT_SIZE));
    return mix;
  }

  private QueryBenchmark() {}

  /** Runs {@code warmup} then {@code iterations} rounds of the mix with the full searcher. */
  public static List<Series> verbatim(
      LuceneSearch searcher, Map<String, SearchRequest> mix, int warmup, int iterations) {
    for (int i = 0; i < warmup; i++) {
      mix.values().forEach(searcher::search);
    }
    List<Series> series = new ArrayList<>();
    long[] all = new long[mix.size() * iterations];
    int a = 0;
    for (var entry : mix.entrySet()) {
      long matches = searcher.search(entry.getValue()).total();
      long[] nanos = new long[iterations];
      for (int i = 0; i < iterations; i++) {
        long started = System.nanoTime();
        searcher.search(entry.getValue());
        nanos[i] = System.nanoTime() - started;
        all[a++] = nanos[i];
      }
      series.add(Series.of(entry.getKey(), nanos, matches));
    }
    series.add(Series.of("all", all, Series.MIXED));
    return series;
  }

  /**
   * Each of {@code words} searched once, as the page asks (highlighting, facets, a page of 10),
   * after one warm-up pass over the first thousand of them: no two timed searches are the same, so
   * no cache of any kind serves them.
   */
  public static Series differentWords(LuceneSearch searcher, List<String> words) {
    words.stream().limit(1000).forEach(word -> searcher.search(SearchRequest.of(word)));
    long[] nanos = new long[words.size()];
    long cpuBefore = BuildClock.processCpuNanos();
    for (int i = 0; i < words.size(); i++) {
      long started = System.nanoTime();
      searcher.search(SearchRequest.of(words.get(i)));
      nanos[i] = System.nanoTime() - started;
    }
    long cpu = BuildClock.processCpuNanos() - cpuBefore;
    return new Series(
        "different words (" + words.size() + ")",
        Arrays.stream(nanos).sorted().boxed().toList(),
        Series.MIXED,
        cpu);
  }

  /** The same words as bare Lucene: SimpleQueryParser on the text field, top 10, nothing else. */
  public static Series bare(
      Path index, Map<String, SearchRequest> mix, int warmup, int iterations) {
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SimpleQueryParser parser = new SimpleQueryParser(TextAnalysis.forQuery(), Schema.TEXT);
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      List<Query> queries =
          mix.values().stream().map(request -> parser.parse(request.query())).toList();
      for (int i = 0; i < warmup; i++) {
        for (var query : queries) {
          searcher.search(query, 10);
        }
      }
      long[] nanos = new long[queries.size() * iterations];
      int a = 0;
      for (var query : queries) {
        for (int i = 0; i < iterations; i++) {
          long started = System.nanoTime();
          searcher.search(query, 10);
          nanos[a++] = System.nanoTime() - started;
        }
      }
      return Series.of("bare Lucene, all", nanos, Series.MIXED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index in " + index, e);
    }
  }
}
