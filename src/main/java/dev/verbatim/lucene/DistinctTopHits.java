package dev.verbatim.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best hits, best first, with every repeat of a quotation (same {@link Schema#QUOTE_KEY})
 * folded into its best copy while collecting, as Solr's collapsing filter does: a quotation carried
 * by thirty articles takes one place, so the page never needs a deeper second search. Equal scores
 * are ordered by {@link Schema#ID_ORDER}, the same in every build.
 *
 * <p>It keeps the best {@code wanted} distinct hits seen so far. A document can only enter by
 * beating the worst of them (or, for a quotation already kept, its kept copy), so everything
 * scoring below the worst kept hit is skipped by block-max WAND. A copy dropped from the kept hits
 * may come back later only by beating a kept hit, and then it is the best copy of its quotation yet
 * seen.
 */
final class DistinctTopHits implements Collector {

  /** One kept hit; {@code key} is null for a paragraph, which has no repeats to fold. */
  private record Kept(float score, long order, int doc, Long key) {}

  private final int wanted;
  private final TreeSet<Kept> best = new TreeSet<>(DistinctTopHits::compare);
  private final Map<Long, Kept> byKey = new HashMap<>();

  /** The worst kept hit once {@code wanted} are kept, else null. */
  private Kept worst;

  private DistinctTopHits(int wanted) {
    this.wanted = wanted;
  }

  /** A collector manager for the best {@code wanted} distinct hits. */
  static CollectorManager<DistinctTopHits, List<ScoreDoc>> manager(int wanted) {
    return new CollectorManager<>() {
      @Override
      public DistinctTopHits newCollector() {
        return new DistinctTopHits(wanted);
      }

      @Override
      public List<ScoreDoc> reduce(Collection<DistinctTopHits> collectors) {
        DistinctTopHits all = newCollector();
        collectors.forEach(collector -> collector.best.forEach(all::offer));
        return all.hits();
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues orders = DocValues.getNumeric(context.reader(), Schema.ID_ORDER);
    NumericDocValues keys = DocValues.getNumeric(context.reader(), Schema.QUOTE_KEY);
    int docBase = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        raiseMinimum(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        float score = scorer.score();
        if (worst != null && score < worst.score()) {
          return;
        }
        long order = orders.advanceExact(doc) ? orders.longValue() : 0;
        if (worst != null && score == worst.score() && order >= worst.order()) {
          return; // a tie, and later in id order: common, as equal lengths give equal scores
        }
        Long key = keys.advanceExact(doc) ? keys.longValue() : null;
        if (offer(new Kept(score, order, docBase + doc, key))) {
          raiseMinimum(scorer);
        }
      }
    };
  }

  /** Keeps {@code hit} if it is among the best distinct hits so far; says whether it was kept. */
  private boolean offer(Kept hit) {
    Kept sameQuotation = hit.key() == null ? null : byKey.get(hit.key());
    if (sameQuotation != null) {
      if (compare(hit, sameQuotation) >= 0) {
        return false;
      }
      best.remove(sameQuotation);
    } else if (worst != null) {
      if (compare(hit, worst) >= 0) {
        return false;
      }
      Kept dropped = best.pollLast();
      if (dropped.key() != null) {
        byKey.remove(dropped.key());
      }
    }
    best.add(hit);
    if (hit.key() != null) {
      byKey.put(hit.key(), hit);
    }
    worst = best.size() < wanted ? null : best.last();
    return true;
  }

  /** Best first: higher score, then lower id order, then lower doc id. */
  private static int compare(Kept a, Kept b) {
    int byScore = Float.compare(b.score(), a.score());
    if (byScore != 0) {
      return byScore;
    }
    int byOrder = Long.compare(a.order(), b.order());
    return byOrder != 0 ? byOrder : Integer.compare(a.doc(), b.doc());
  }

  /**
   * Lets the scorer skip what cannot beat the worst kept hit (an equal score may still win on
   * order).
   */
  private void raiseMinimum(Scorable scorer) throws IOException {
    if (worst != null) {
      scorer.setMinCompetitiveScore(worst.score());
    }
  }

  private List<ScoreDoc> hits() {
    List<ScoreDoc> hits = new ArrayList<>(best.size());
    best.forEach(kept -> hits.add(new ScoreDoc(kept.doc(), kept.score())));
    return hits;
  }
}
