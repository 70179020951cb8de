package dev.verbatim.lucene;

import dev.verbatim.search.Speaker;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Everyone quoted, from one pass over the quotations: how many distinct quotations each has (a
 * quotation that several articles carry counts once, as search counts it) and the dates of the
 * earliest and latest articles quoting them.
 */
final class SpeakerTable implements Collector {

  private final DocFacts facts;

  /** By speaker slot (id + 1; slot 0, no speaker, is not reported). */
  private final long[] quotes;

  private final long[] first;
  private final long[] last;

  /**
   * The (group, speaker) pairs of the repeated copies seen ({@link CopyPairs}): counted once each
   * when the segments are summed.
   */
  private final BitSet pairs = new BitSet();

  private SpeakerTable(DocFacts facts) {
    this.facts = facts;
    int slots = facts.speakerCount() + 1;
    this.quotes = new long[slots];
    this.first = new long[slots];
    this.last = new long[slots];
    Arrays.fill(first, Long.MAX_VALUE);
    Arrays.fill(last, Long.MIN_VALUE);
  }

  /** A collector manager to run over the quotations ({@code type:quote}). */
  static CollectorManager<SpeakerTable, List<Speaker>> manager(DocFacts facts) {
    return new CollectorManager<>() {
      @Override
      public SpeakerTable newCollector() {
        return new SpeakerTable(facts);
      }

      @Override
      public List<Speaker> reduce(Collection<SpeakerTable> tables) {
        Iterator<SpeakerTable> each = tables.iterator();
        SpeakerTable sum = each.next(); // the first table is the sum: usually there is one
        each.forEachRemaining(
            table -> {
              for (int slot = 0; slot < sum.quotes.length; slot++) {
                sum.quotes[slot] += table.quotes[slot];
                sum.first[slot] = Math.min(sum.first[slot], table.first[slot]);
                sum.last[slot] = Math.max(sum.last[slot], table.last[slot]);
              }
              sum.pairs.or(table.pairs);
            });
        facts.speakerPairs().countInto(sum.pairs, sum.quotes);
        return sum.speakers();
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    long[] docFacts = facts.leaf(context.ord);
    SortedNumericDocValues dates = DocValues.getSortedNumeric(context.reader(), Schema.DATE);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        long known = docFacts[doc];
        int slot = facts.speakerSlot(known);
        if (slot == 0) {
          return;
        }
        if (DocFacts.isRepeated(known)) {
          pairs.set(DocFacts.speakerPairOf(known));
        } else {
          quotes[slot]++;
        }
        if (dates.advanceExact(doc)) {
          long day = dates.nextValue();
          first[slot] = Math.min(first[slot], day);
          last[slot] = Math.max(last[slot], day);
        }
      }
    };
  }

  private List<Speaker> speakers() {
    List<Speaker> speakers = new ArrayList<>();
    for (int slot = 1; slot < quotes.length; slot++) {
      if (quotes[slot] > 0) {
        speakers.add(
            new Speaker(
                facts.speaker(slot - 1), quotes[slot], date(first[slot]), date(last[slot])));
      }
    }
    speakers.sort(
        Comparator.comparingLong(Speaker::quotes).reversed()); // stable: ties stay in name order
    return speakers;
  }

  private static String date(long epochDay) {
    return epochDay == Long.MAX_VALUE || epochDay == Long.MIN_VALUE
        ? null
        : LocalDate.ofEpochDay(epochDay).toString();
  }
}
