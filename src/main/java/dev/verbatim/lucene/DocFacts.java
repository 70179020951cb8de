package dev.verbatim.lucene;

import dev.verbatim.search.SpeakerNames;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What counting needs to know of every document — its type, its speaker, the month of its article,
 * and whether it is one of several copies of a quotation — read from the index once per reader (at
 * a refresh) into one packed array per segment. Counting a match is then one array read instead of
 * doc-value look-ups, which is what keeps facets over hundreds of thousands of matches within a few
 * milliseconds. Copies are numbered into groups, so that a quotation carried by thirty articles can
 * be counted once, as it is shown once; with each group go its (group, speaker) and (group, month)
 * pairs ({@link CopyPairs}) and its first articles ({@link CopyArticles}).
 */
final class DocFacts {

  static final byte NO_TYPE = 0;
  static final byte PARAGRAPH = 1;
  static final byte QUOTE = 2;

  /** Type names by their byte code. */
  static final List<String> TYPE_NAMES =
      List.of(Schema.TYPE_ARTICLE, Schema.TYPE_PARAGRAPH, Schema.TYPE_QUOTE);

  /** Speaker and month codes of documents without one. */
  static final int NONE = -1;

  /*
   * One long per document, so that counting a match reads one array slot and nothing else by doc
   * id. Bits 0–1 hold the type code, or COPY for a quotation that other documents carry too. Other
   * documents keep the month id + 1 in bits 2–21 and the speaker id + 1 (0: none) in bits 22–52. A
   * copy keeps its (group, speaker) pair number in bits 2–32 and its (group, month) pair number in
   * bits 33–63 (CopyPairs, where its group, speaker and month are read). A copy's group and pairs
   * kept in three more arrays by doc id cost a third of the counting time at 1M paragraphs, where
   * nearly every quotation is a copy: three more memory reads per match. A FactsFile keeps these
   * longs as they are: a change here is a change of its version.
   */
  private static final long TYPE_MASK = 3;
  private static final long COPY = 3;
  private static final int MONTH_SHIFT = 2;
  private static final long MONTH_MASK = (1L << 20) - 1;
  private static final int SPEAKER_SHIFT = 22;
  private static final long SPEAKER_MASK = (1L << 31) - 1;
  private static final int SPEAKER_PAIR_SHIFT = 2;
  private static final int MONTH_PAIR_SHIFT = 33;
  private static final long PAIR_MASK = (1L << 31) - 1; // pairs < copies <= IndexWriter.MAX_DOCS

  /** Per segment, by segment doc id: the packed facts of each document. */
  private final long[][] leaves;

  /** Speaker names sorted, so a speaker id orders ties in the facet alphabetically. */
  private final String[] speakers;

  /** Months ({@code 2025-01}) present in the index, by month id. */
  private final String[] months;

  /** The (group, speaker) and (group, month) pairs of the repeated copies. */
  private final CopyPairs speakerPairs;

  private final CopyPairs monthPairs;

  /** The articles that carry each repeated quotation. */
  private final CopyArticles copyArticles;

  private DocFacts(
      long[][] leaves,
      String[] speakers,
      String[] months,
      CopyPairs speakerPairs,
      CopyPairs monthPairs,
      CopyArticles copyArticles) {
    this.leaves = leaves;
    this.speakers = speakers;
    this.months = months;
    this.speakerPairs = speakerPairs;
    this.monthPairs = monthPairs;
    this.copyArticles = copyArticles;
  }

  /**
   * Reads type and speaker from the postings of their terms ({@code type:quote}, {@code
   * speaker_name:Ada Quill}), which list each value's documents in a few tight loops: walking every
   * document's doc values took most of the time to open an index of 2M documents.
   */
  static DocFacts read(IndexReader reader) throws IOException {
    List<LeafReaderContext> contexts = reader.leaves();
    Map<BytesRef, Integer> speakerIds = speakerIds(contexts);
    String[] speakerNames = new String[speakerIds.size()];
    speakerIds.forEach((term, id) -> speakerNames[id] = term.utf8ToString());
    Months months = new Months();
    long[][] leaves = new long[contexts.size()][];
    for (LeafReaderContext context : contexts) {
      leaves[context.ord] = leaf(context.reader(), speakerIds, months);
    }
    long[] repeatedKeys = repeatedKeys(contexts);
    CopyPairs.Numbering speakerNumbering = new CopyPairs.Numbering(speakerNames.length + 1);
    CopyPairs.Numbering monthNumbering = new CopyPairs.Numbering(months.names.size() + 1);
    for (LeafReaderContext context : contexts) {
      markCopies(
          context.reader(), repeatedKeys, leaves[context.ord], speakerNumbering, monthNumbering);
    }
    CopyPairs speakerPairs = speakerNumbering.pairs();
    return new DocFacts(
        leaves,
        speakerNames,
        months.names.toArray(String[]::new),
        speakerPairs,
        monthNumbering.pairs(),
        CopyArticles.read(
            reader, leaves, known -> groupOf(known, speakerPairs), repeatedKeys.length));
  }

  /**
   * Writes these facts for {@link #readFrom}. Bump {@link FactsFile}'s version when what is written
   * or how the facts are packed changes.
   */
  void writeTo(DataOutput out) throws IOException {
    out.writeVInt(leaves.length);
    for (long[] leaf : leaves) {
      FactsFile.writeLongs(out, leaf);
    }
    writeStrings(out, speakers);
    writeStrings(out, months);
    speakerPairs.writeTo(out);
    monthPairs.writeTo(out);
    copyArticles.writeTo(out);
  }

  static DocFacts readFrom(DataInput in) throws IOException {
    long[][] leaves = new long[in.readVInt()][];
    for (int ord = 0; ord < leaves.length; ord++) {
      leaves[ord] = FactsFile.readLongs(in);
    }
    return new DocFacts(
        leaves,
        readStrings(in),
        readStrings(in),
        CopyPairs.readFrom(in),
        CopyPairs.readFrom(in),
        CopyArticles.readFrom(in));
  }

  private static void writeStrings(DataOutput out, String[] strings) throws IOException {
    out.writeVInt(strings.length);
    for (String string : strings) {
      out.writeString(string);
    }
  }

  private static String[] readStrings(DataInput in) throws IOException {
    String[] strings = new String[in.readVInt()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.readString();
    }
    return strings;
  }

  /**
   * The quote keys that more than one document holds, sorted: the groups are numbered in this
   * order.
   */
  private static long[] repeatedKeys(List<LeafReaderContext> contexts) throws IOException {
    long[] keys = new long[64];
    int size = 0;
    for (LeafReaderContext context : contexts) {
      NumericDocValues values = DocValues.getNumeric(context.reader(), Schema.QUOTE_KEY);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = values.longValue();
      }
    }
    Arrays.sort(keys, 0, size);
    int repeated = 0;
    for (int i = 1; i < size; i++) {
      if (keys[i] == keys[i - 1] && (repeated == 0 || keys[repeated - 1] != keys[i])) {
        keys[repeated++] = keys[i]; // never overtakes i, so the keys still to be read are intact
      }
    }
    return Arrays.copyOf(keys, repeated);
  }

  /**
   * Turns the facts of the repeated copies among a segment's quotations into their pair numbers,
   * numbering the pairs (the group is the key's place among {@code repeatedKeys}).
   */
  private static void markCopies(
      LeafReader reader,
      long[] repeatedKeys,
      long[] facts,
      CopyPairs.Numbering speakerPairs,
      CopyPairs.Numbering monthPairs)
      throws IOException {
    if (repeatedKeys.length == 0) {
      return;
    }
    NumericDocValues values = DocValues.getNumeric(reader, Schema.QUOTE_KEY);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int group = Arrays.binarySearch(repeatedKeys, values.longValue());
      if (group >= 0) {
        long known = facts[doc];
        facts[doc] =
            COPY
                | (long) speakerPairs.pair(group, speakerSlotOf(known)) << SPEAKER_PAIR_SHIFT
                | (long) monthPairs.pair(group, monthSlotOf(known)) << MONTH_PAIR_SHIFT;
      }
    }
  }

  /**
   * Every speaker's name term, numbered in term order (so ids order ties in the facet
   * alphabetically).
   */
  private static Map<BytesRef, Integer> speakerIds(List<LeafReaderContext> contexts)
      throws IOException {
    Set<BytesRef> unique = new HashSet<>();
    for (LeafReaderContext context : contexts) {
      forEachSpeakerTerm(
          context.reader(),
          (term, terms) -> {
            if (!unique.contains(term)) {
              unique.add(BytesRef.deepCopyOf(term));
            }
          });
    }
    BytesRef[] sorted = unique.toArray(BytesRef[]::new);
    Arrays.sort(sorted);
    Map<BytesRef, Integer> ids = new HashMap<>();
    for (BytesRef term : sorted) {
      ids.put(term, ids.size());
    }
    return ids;
  }

  private interface TermVisitor {
    void visit(BytesRef term, TermsEnum terms) throws IOException;
  }

  private static void forEachSpeakerTerm(LeafReader reader, TermVisitor visitor)
      throws IOException {
    Terms terms = reader.terms(Schema.SPEAKER_NAME);
    if (terms == null) {
      return;
    }
    TermsEnum iterator = terms.iterator();
    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
      visitor.visit(term, iterator);
    }
  }

  /**
   * Month ids in the order months are first met; the counts are put in date order when reported.
   */
  private static final class Months {
    private final Map<Long, Integer> idOfDay = new HashMap<>();
    private final Map<String, Integer> idOfName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int idOf(long epochDay) {
      return idOfDay.computeIfAbsent(
          epochDay,
          day ->
              idOfName.computeIfAbsent(
                  month(day),
                  name -> {
                    names.add(name);
                    return names.size() - 1;
                  }));
    }
  }

  private static long[] leaf(LeafReader reader, Map<BytesRef, Integer> speakerIds, Months months)
      throws IOException {
    long[] facts = new long[reader.maxDoc()];
    for (byte type : new byte[] {PARAGRAPH, QUOTE}) {
      PostingsEnum docs = reader.postings(new Term(Schema.TYPE, TYPE_NAMES.get(type)));
      for (int doc = docs == null ? PostingsEnum.NO_MORE_DOCS : docs.nextDoc();
          doc != PostingsEnum.NO_MORE_DOCS;
          doc = docs.nextDoc()) {
        facts[doc] |= type;
      }
    }
    PostingsEnum[] reused =
        new PostingsEnum[1]; // a postings enum is costly to make, and there is one term per speaker
    forEachSpeakerTerm(
        reader,
        (term, terms) -> {
          long speaker = (long) (speakerIds.get(term) + 1) << SPEAKER_SHIFT;
          PostingsEnum docs = reused[0] = terms.postings(reused[0], PostingsEnum.NONE);
          for (int doc = docs.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = docs.nextDoc()) {
            facts[doc] |= speaker;
          }
        });
    SortedNumericDocValues dates = DocValues.getSortedNumeric(reader, Schema.DATE);
    long lastDay = Long.MIN_VALUE;
    int lastMonth = NONE;
    for (int doc = dates.nextDoc();
        doc != SortedNumericDocValues.NO_MORE_DOCS;
        doc = dates.nextDoc()) {
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
    int code = (int) (facts & TYPE_MASK);
    return code == COPY ? QUOTE : code;
  }

  /**
   * Whether the document is a copy of a quotation that other documents carry too: it is counted by
   * its group, and its speaker and month are read from its pairs ({@link #speakerPairOf}, {@link
   * #monthPairOf}).
   */
  static boolean isRepeated(long facts) {
    return (facts & TYPE_MASK) == COPY;
  }

  /**
   * The month id + 1 of a document that is not a copy, 0 for one without a date: a counter slot
   * needing no test for none.
   */
  static int monthSlotOf(long facts) {
    return (int) ((facts >>> MONTH_SHIFT) & MONTH_MASK);
  }

  /**
   * The speaker id + 1 of a document that is not a copy, 0 for one without a speaker: a counter
   * slot needing no test for none.
   */
  static int speakerSlotOf(long facts) {
    return (int) ((facts >>> SPEAKER_SHIFT) & SPEAKER_MASK);
  }

  /** The (group, speaker) pair of a copy: see {@link #speakerPairs}. */
  static int speakerPairOf(long facts) {
    return (int) ((facts >>> SPEAKER_PAIR_SHIFT) & PAIR_MASK);
  }

  /** The (group, month) pair of a copy: see {@link #monthPairs}. */
  static int monthPairOf(long facts) {
    return (int) ((facts >>> MONTH_PAIR_SHIFT) & PAIR_MASK);
  }

  private static String month(long epochDay) {
    return YearMonth.from(LocalDate.ofEpochDay(epochDay)).toString();
  }

  /**
   * The packed facts of each document of segment {@code ord}: read them with {@link #typeOf} and
   * {@link #isRepeated}, then {@link #monthSlotOf} and {@link #speakerSlotOf}, or a copy's {@link
   * #speakerPairOf} and {@link #monthPairOf}.
   */
  long[] leaf(int ord) {
    return leaves[ord];
  }

  /** The group of a copy: the quotation it is a copy of. */
  int groupOf(long facts) {
    return groupOf(facts, speakerPairs);
  }

  private static int groupOf(long facts, CopyPairs speakerPairs) {
    return speakerPairs.group(speakerPairOf(facts));
  }

  /** The speaker slot of any quotation, a copy or not (see {@link #speakerSlotOf}). */
  int speakerSlot(long facts) {
    return isRepeated(facts) ? speakerPairs.slot(speakerPairOf(facts)) : speakerSlotOf(facts);
  }

  /** The articles that carry each repeated quotation. */
  CopyArticles copyArticles() {
    return copyArticles;
  }

  /** The (group, speaker slot) pairs of the repeated copies, numbered as their facts hold them. */
  CopyPairs speakerPairs() {
    return speakerPairs;
  }

  /** The (group, month slot) pairs of the repeated copies, numbered as their facts hold them. */
  CopyPairs monthPairs() {
    return monthPairs;
  }

  int speakerCount() {
    return speakers.length;
  }

  String speaker(int id) {
    return speakers[id];
  }

  /**
   * The known speaker name that {@code name} means, case, accents and spacing aside; {@code name}
   * itself when none.
   */
  String canonicalSpeaker(String name) {
    if (speakerId(name) != NONE) {
      return name;
    }
    String key = SpeakerNames.key(name);
    for (String known : speakers) { // only for a name typed otherwise than the index writes it
      if (SpeakerNames.key(known).equals(key)) {
        return known;
      }
    }
    return name;
  }

  /**
   * The id of the speaker named exactly {@code name}, or {@link #NONE} when no quotation has it.
   */
  int speakerId(String name) {
    int id =
        Arrays.binarySearch(
            speakers, name, Comparator.comparing(BytesRef::new)); // index order is UTF-8 byte order
    return id < 0 ? NONE : id;
  }

  int monthCount() {
    return months.length;
  }

  String month(int id) {
    return months[id];
  }
}
