package dev.verbatim.lucene;

import dev.verbatim.search.Facets;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;

/**
 * Counts, in one pass over every match of the filtered query and without scoring, the total and the
 * facets: per type and per speaker drill-sideways (each as if its own filter were not chosen), per
 * month under both filters. Type and speaker filters are applied here from {@link DocFacts}, so one
 * pass serves all three counts.
 *
 * <p>Every count is of distinct hits, as a user pages through them: the copies of a quotation that
 * several articles carry are one hit, so they count once in each count they fall in. Their groups
 * are gathered in sets and counted when the segments' counts are summed, since copies cross
 * segments. The documents matched, copies and all, are counted too, as mentions.
 */
final class MatchCounts implements Collector {

  private static final int TOP_SPEAKERS = 10;

  /** Matches counted at a time when the search hands them over in bulk. */
  private static final int BATCH = 128;

  /**
   * Below one match in this many documents, matches are taken one at a time ({@link
   * #getLeafCollector}). At 1M paragraphs this took 10-12% off the search CPU of the bench words;
   * one in 16 was level with it, one in 256 2% slower (docs/BENCHMARKS.md).
   */
  private static final int SPARSE = 64;

  private static final int ANY_SPEAKER = -2;
  private static final int UNKNOWN_SPEAKER = -3;

  private final DocFacts facts;

  /** The chosen type code, or {@link DocFacts#NO_TYPE} for both. */
  private final byte type;

  /** Whether quotations are among the chosen types. */
  private final boolean quotesChosen;

  /**
   * The chosen speaker's slot (id + 1), {@link #ANY_SPEAKER}, or {@link #UNKNOWN_SPEAKER} for a
   * name nobody has.
   */
  private final int speaker;

  private long total;
  private long mentions;
  private final long[] types = new long[DocFacts.TYPE_NAMES.size()];

  /**
   * Counts by speaker slot: speaker id + 1, slot 0 for quotations without a speaker (not reported).
   */
  private final long[] speakers;

  /** Counts by month slot: month id + 1, slot 0 for documents without a date (not reported). */
  private final long[] months;

  /** The groups of repeated copies (see {@link DocFacts#isRepeated}) matched, per count. */
  private final BitSet totalGroups = new BitSet();

  private final BitSet quoteGroups = new BitSet();

  /** Per speaker and per month, the (group, slot) pairs matched ({@link CopyPairs}). */
  private final BitSet speakerPairs = new BitSet();

  private final BitSet monthPairs = new BitSet();

  /** A batch of matched documents, and their facts ({@link DocFacts#leaf}). */
  private final int[] batchDocs = new int[BATCH];

  private final long[] batchFacts = new long[BATCH];

  private MatchCounts(DocFacts facts, byte type, int speaker) {
    this.facts = facts;
    this.type = type;
    this.quotesChosen = type == DocFacts.NO_TYPE || type == DocFacts.QUOTE;
    this.speaker = speaker;
    this.speakers = new long[facts.speakerCount() + 1];
    this.months = new long[facts.monthCount() + 1];
  }

  /** A collector manager for one search with the type and speaker filters of {@code request}. */
  static CollectorManager<MatchCounts, MatchCounts> manager(DocFacts facts, SearchRequest request) {
    byte type =
        request.type() == null
            ? DocFacts.NO_TYPE
            : (byte) DocFacts.TYPE_NAMES.indexOf(request.type());
    int speaker = speakerCode(facts, request.speaker());
    return new CollectorManager<>() {
      @Override
      public MatchCounts newCollector() {
        return new MatchCounts(facts, type, speaker);
      }

      @Override
      public MatchCounts reduce(Collection<MatchCounts> collectors) {
        Iterator<MatchCounts> each = collectors.iterator();
        MatchCounts sum = each.next(); // the first collector is the sum: usually there is one
        each.forEachRemaining(sum::add);
        sum.countGroups();
        return sum;
      }
    };
  }

  private static int speakerCode(DocFacts facts, String name) {
    if (name == null) {
      return ANY_SPEAKER;
    }
    int id = facts.speakerId(name);
    return id == DocFacts.NONE
        ? UNKNOWN_SPEAKER
        : id + 1; // must not equal slot 0, documents without a speaker
  }

  private void add(MatchCounts other) {
    total += other.total;
    mentions += other.mentions;
    addTo(types, other.types);
    addTo(speakers, other.speakers);
    addTo(months, other.months);
    totalGroups.or(other.totalGroups);
    quoteGroups.or(other.quoteGroups);
    speakerPairs.or(other.speakerPairs);
    monthPairs.or(other.monthPairs);
  }

  /** Adds each matched group of copies once to every count it fell in. */
  private void countGroups() {
    total += totalGroups.cardinality();
    types[DocFacts.QUOTE] += quoteGroups.cardinality();
    facts.speakerPairs().countInto(speakerPairs, speakers);
    facts.monthPairs().countInto(monthPairs, months);
  }

  private static void addTo(long[] sum, long[] counts) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += counts[i];
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    long[] docFacts = facts.leaf(context.ord);
    int maxDoc = context.reader().maxDoc();
    return new LeafCollector() {
      private boolean sparse;

      // Lucene hands a single clause's matches over in bit sets of 4,096 documents, each cleared
      // and scanned in full, which for a rare word hold a match each: a batch of one. Naming a
      // competitive iterator makes it hand them over one by one, and one that holds every document
      // skips none. Only a Scorer tells how many documents it will match; others keep the bit sets.
      @Override
      public void setScorer(Scorable scorer) throws IOException {
        sparse = scorer instanceof Scorer matches && matches.iterator().cost() * SPARSE < maxDoc;
      }

      @Override
      public DocIdSetIterator competitiveIterator() {
        return sparse ? DocIdSetIterator.all(maxDoc) : null;
      }

      // Matches handed over one at a time and not counted yet, at the start of batchDocs.
      private int pending;

      // A batch of matches at a time, their facts loaded first in a loop of independent reads: the
      // memory then serves them together, where counting each before loading the next waited on
      // every one in turn.
      @Override
      public void collect(DocIdStream stream) throws IOException {
        countPending();
        for (int count = stream.intoArray(batchDocs);
            count > 0;
            count = stream.intoArray(batchDocs)) {
          countBatch(count);
        }
      }

      // Conjunctions, and disjunctions where matches are sparse, hand them over one at a time.
      @Override
      public void collect(int doc) {
        batchDocs[pending++] = doc;
        if (pending == BATCH) {
          countPending();
        }
      }

      @Override
      public void finish() {
        countPending();
      }

      private void countPending() {
        countBatch(pending);
        pending = 0;
      }

      private void countBatch(int count) {
        for (int i = 0; i < count; i++) {
          batchFacts[i] = docFacts[batchDocs[i]];
        }
        for (int i = 0; i < count; i++) {
          count(batchFacts[i]);
        }
      }
    };
  }

  private void count(long known) {
    if (DocFacts.isRepeated(known)) {
      countCopy(known);
      return;
    }
    int docType = DocFacts.typeOf(known);
    if (docType == DocFacts.NO_TYPE) {
      return; // article documents are never hits
    }
    int docSpeaker = DocFacts.speakerSlotOf(known);
    boolean typeChosen = type == DocFacts.NO_TYPE || docType == type;
    boolean speakerChosen = speaker == ANY_SPEAKER || docSpeaker == speaker;
    if (speakerChosen) {
      types[docType]++;
    }
    if (typeChosen) {
      speakers[docSpeaker]++;
    }
    if (typeChosen && speakerChosen) {
      mentions++;
      total++;
      months[DocFacts.monthSlotOf(known)]++;
    }
  }

  /** Counts a copy of a repeated quotation by its group and pairs, from its facts alone. */
  private void countCopy(long known) {
    int speakerPair = DocFacts.speakerPairOf(known);
    boolean speakerChosen =
        speaker == ANY_SPEAKER || facts.speakerPairs().slot(speakerPair) == speaker;
    int group = facts.speakerPairs().group(speakerPair);
    if (speakerChosen) {
      quoteGroups.set(group);
    }
    if (quotesChosen) {
      speakerPairs.set(speakerPair);
    }
    if (quotesChosen && speakerChosen) {
      mentions++;
      totalGroups.set(group);
      monthPairs.set(DocFacts.monthPairOf(known));
    }
  }

  /** Distinct hits under all filters. */
  long total() {
    return total;
  }

  /** Documents matched under all filters, each copy of a quotation counted. */
  long mentions() {
    return mentions;
  }

  Facets facets() {
    Map<String, Long> byType = new LinkedHashMap<>();
    for (int code : top(types, 0, types.length)) {
      byType.put(DocFacts.TYPE_NAMES.get(code), types[code]);
    }
    Map<String, Long> bySpeaker = new LinkedHashMap<>();
    for (int slot : top(speakers, 1, TOP_SPEAKERS)) {
      bySpeaker.put(facts.speaker(slot - 1), speakers[slot]);
    }
    Map<String, Long> byMonth = new TreeMap<>();
    for (int slot = 1; slot < months.length; slot++) {
      if (months[slot] > 0) {
        byMonth.put(facts.month(slot - 1), months[slot]);
      }
    }
    return new Facets(byType, bySpeaker, byMonth);
  }

  /**
   * Indexes from {@code from} of the {@code limit} highest non-zero counts, highest first, ties in
   * index (label) order.
   */
  private static int[] top(long[] counts, int from, int limit) {
    int[] best = new int[limit];
    int size = 0;
    for (int id = from; id < counts.length; id++) {
      long count = counts[id];
      if (count == 0 || (size == limit && count <= counts[best[size - 1]])) {
        continue;
      }
      int at = size == limit ? size - 1 : size++;
      for (; at > 0 && counts[best[at - 1]] < count; at--) {
        best[at] = best[at - 1];
      }
      best[at] = id;
    }
    return Arrays.copyOf(best, size);
  }
}
