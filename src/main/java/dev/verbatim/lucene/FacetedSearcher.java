package dev.verbatim.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.verbatim.search.RecentKeys;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An IndexSearcher that carries what belongs to its reader alone: the {@link DocFacts}, read once
 * when the reader opens (a refresh) rather than on every search, and kept in a {@link FactsFile}
 * for the next reader of the same segments (the next start), with the articles of repeated
 * quotations, read in the background once it is open; and the recent answers given from it. A
 * refresh opens a new one, so answers are never served from an older commit. An answer is kept when
 * it is asked for a second time while the first ask is remembered: for about as many other requests
 * as answers are kept.
 */
final class FacetedSearcher extends IndexSearcher {

  private static final Logger LOG = LoggerFactory.getLogger(FacetedSearcher.class);

  private final DocFacts facts;

  /** Recent answers by request, or null when answers are not kept. */
  private final Cache<SearchRequest, SearchResponse> answers;

  /** Requests asked for lately, or null when answers are not kept. */
  private final RecentKeys asked;

  /** Done once the facts are in the {@link FactsFile}, or were read from it, or cannot be. */
  private final CompletableFuture<Void> factsKept;

  private FacetedSearcher(
      IndexReader reader, DocFacts facts, int keptAnswers, CompletableFuture<Void> factsKept) {
    super(reader);
    this.facts = facts;
    this.factsKept = factsKept;
    this.answers = keptAnswers == 0 ? null : Caffeine.newBuilder().maximumSize(keptAnswers).build();
    this.asked = keptAnswers == 0 ? null : new RecentKeys(keptAnswers);
  }

  DocFacts facts() {
    return facts;
  }

  /**
   * Waits, for {@code limit} at most, until this reader's facts are kept for the next start: a
   * command that searches once and exits would otherwise stop the write half-way.
   */
  void awaitFactsKept(Duration limit) throws InterruptedException {
    try {
      factsKept.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException notKept) {
      // the next start works them out again
    }
  }

  /**
   * The kept answer to {@code request}, else the one {@code search} gives, kept for next time if
   * the request was asked for lately.
   */
  SearchResponse answer(SearchRequest request, Function<SearchRequest, SearchResponse> search) {
    if (answers == null) {
      return search.apply(request);
    }
    SearchResponse kept = answers.getIfPresent(request);
    if (kept != null) {
      return kept;
    }
    return asked.seenBefore(request.hashCode())
        ? answers.get(request, search)
        : search.apply(request);
  }

  /**
   * The factory a SearcherManager uses to open one per reader, each keeping up to {@code
   * keptAnswers}.
   */
  static SearcherFactory factory(int keptAnswers) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        String segments = FactsFile.segmentsOf(reader);
        DocFacts kept = FactsFile.read(reader, segments);
        DocFacts facts;
        try {
          facts = kept != null ? kept : DocFacts.read(reader);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the facet values of the index", e);
        }
        CompletableFuture<Void> factsKept = new CompletableFuture<>();
        Thread.ofPlatform()
            .daemon()
            .name("verbatim-reader-background") // keeps the facts, then reads the copies' articles
            .start(
                () -> {
                  try {
                    if (kept == null) {
                      FactsFile.write(reader, segments, facts);
                    }
                  } finally {
                    factsKept.complete(null);
                  }
                  readCopyArticles(reader, facts.copyArticles());
                });
        return new FacetedSearcher(reader, facts, keptAnswers, factsKept);
      }
    };
  }

  /**
   * Reads the articles that repeated quotations list, while searches go on and read them for each
   * hit until then; a reader closed meanwhile is left alone.
   */
  private static void readCopyArticles(IndexReader reader, CopyArticles copyArticles) {
    if (!reader.tryIncRef()) {
      return;
    }
    try {
      copyArticles.readArticles(reader.leaves());
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read the articles of repeated quotations; reading them for each hit", e);
    } finally {
      try {
        reader.decRef();
      } catch (IOException e) {
        LOG.warn("cannot close an index reader", e);
      }
    }
  }
}
