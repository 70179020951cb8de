package dev.verbatim.search;

import dev.verbatim.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What facet counting needs to know of every document — its type, its speaker and the month of
 * its article — read from doc values once per reader (at a refresh) into plain arrays. Counting a
 * match is then a few array reads instead of doc-value look-ups, which is what keeps facets over
 * hundreds of thousands of matches within a few milliseconds.
 */
final class DocFacts {

  static final byte NO_TYPE = 0;
  static final byte PARAGRAPH = 1;
  static final byte QUOTE = 2;
  /** Type names by their byte code. */
  static final List<String> TYPE_NAMES = List.of(Schema.TYPE_ARTICLE, Schema.TYPE_PARAGRAPH, Schema.TYPE_QUOTE);
  /** Speaker and month codes of documents without one. */
  static final int NONE = -1;

  /*
   * One long per document, so counting a match reads one array slot rather than three: bits 0–1 the
   * type code, bits 2–21 the month id + 1, bits 22–52 the speaker id + 1 (0: none).
   */
  private static final int MONTH_SHIFT = 2;
  private static final long MONTH_MASK = (1L << 20) - 1;
  private static final int SPEAKER_SHIFT = 22;

  /** Per segment, by segment doc id: the packed facts of each document. */
  private final long[][] leaves;
  /** Speaker names sorted, so a speaker id orders ties in the facet alphabetically. */
  private final String[] speakers;
  /** Months ({@code 2025-01}) present in the index, by month id. */
  private final String[] months;

  private DocFacts(long[][] leaves, String[] speakers, String[] months) {
    this.leaves = leaves;
    this.speakers = speakers;
    this.months = months;
  }

  static DocFacts read(IndexReader reader) throws IOException {
    List<LeafReaderContext> contexts = reader.leaves();
    SortedSetDocValues[] facetValues = new SortedSetDocValues[contexts.size()];
    SortedSetDocValues[] labels = new SortedSetDocValues[contexts.size()];
    for (LeafReaderContext context : contexts) {
      facetValues[context.ord] = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      labels[context.ord] = DocValues.getSortedSet(context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    }
    OrdinalMap ordinals = OrdinalMap.build(null, facetValues, PackedInts.DEFAULT);
    byte[] typeOfOrd = new byte[(int) ordinals.getValueCount()];
    int[] speakerOfOrd = new int[typeOfOrd.length];
    List<String> speakerNames = new ArrayList<>();
    for (int ord = 0; ord < typeOfOrd.length; ord++) {
      BytesRef label = labels[ordinals.getFirstSegmentNumber(ord)].lookupOrd(ordinals.getFirstSegmentOrd(ord));
      String[] path = FacetsConfig.stringToPath(label.utf8ToString());
      speakerOfOrd[ord] = NONE;
      if (path[0].equals(Schema.SPEAKER_FACET)) {
        speakerOfOrd[ord] = speakerNames.size(); // global ordinals are in label order, so ids are too
        speakerNames.add(path[1]);
      } else if (path[0].equals(Schema.TYPE_FACET)) {
        typeOfOrd[ord] = (byte) Math.max(NO_TYPE, TYPE_NAMES.indexOf(path[1]));
      }
    }
    Months months = new Months();
    long[][] leaves = new long[contexts.size()][];
    for (LeafReaderContext context : contexts) {
      leaves[context.ord] = leaf(context.reader(), ordinals.getGlobalOrds(context.ord), typeOfOrd, speakerOfOrd, months);
    }
    return new DocFacts(leaves, speakerNames.toArray(String[]::new), months.names.toArray(String[]::new));
  }

  /** Month ids in the order months are first met; the counts are put in date order when reported. */
  private static final class Months {
    private final Map<Long, Integer> idOfDay = new HashMap<>();
    private final Map<String, Integer> idOfName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int idOf(long epochDay) {
      return idOfDay.computeIfAbsent(epochDay, day -> idOfName.computeIfAbsent(month(day), name -> {
        names.add(name);
        return names.size() - 1;
      }));
    }
  }

  private static long[] leaf(LeafReader reader, LongValues globalOrds, byte[] typeOfOrd, int[] speakerOfOrd, Months months) throws IOException {
    long[] facts = new long[reader.maxDoc()];
    SortedSetDocValues facets = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    for (int doc = facets.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = facets.nextDoc()) {
      int type = NO_TYPE;
      int speaker = NONE;
      for (int i = 0; i < facets.docValueCount(); i++) {
        int ord = (int) globalOrds.get(facets.nextOrd());
        type = Math.max(type, typeOfOrd[ord]);
        speaker = Math.max(speaker, speakerOfOrd[ord]);
      }
      facts[doc] = type | (long) (speaker + 1) << SPEAKER_SHIFT;
    }
    SortedNumericDocValues dates = DocValues.getSortedNumeric(reader, Schema.DATE);
    long lastDay = Long.MIN_VALUE;
    int lastMonth = NONE;
    for (int doc = dates.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = dates.nextDoc()) {
      long day = dates.nextValue();
      if (day != lastDay) { // documents of one article are written together, so days come in runs
        lastDay = day;
        lastMonth = months.idOf(day);
      }
      facts[doc] |= (long) (lastMonth + 1) << MONTH_SHIFT;
    }
    return facts;
  }

  static int typeOf(long facts) {
    return (int) (facts & 3);
  }

  static int monthOf(long facts) {
    return (int) ((facts >>> MONTH_SHIFT) & MONTH_MASK) - 1;
  }

  static int speakerOf(long facts) {
    return (int) (facts >>> SPEAKER_SHIFT) - 1;
  }

  private static String month(long epochDay) {
    return YearMonth.from(LocalDate.ofEpochDay(epochDay)).toString();
  }

  /** The packed facts of each document of segment {@code ord}: read them with {@link #typeOf}, {@link #monthOf}, {@link #speakerOf}. */
  long[] leaf(int ord) {
    return leaves[ord];
  }

  int speakerCount() {
    return speakers.length;
  }

  String speaker(int id) {
    return speakers[id];
  }

  /** The id of the speaker named exactly {@code name}, or {@link #NONE} when no quotation has it. */
  int speakerId(String name) {
    BytesRef wanted = new BytesRef(name);
    int id = Arrays.binarySearch(speakers, name, (a, b) -> new BytesRef(a).compareTo(wanted)); // index order is UTF-8 byte order
    return id < 0 ? NONE : id;
  }

  int monthCount() {
    return months.length;
  }

  String month(int id) {
    return months[id];
  }
}
