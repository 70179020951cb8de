package dev.verbatim.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToIntFunction;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;

/**
 * For each repeated quotation (a group of {@link DocFacts}), one copy from each of the first
 * articles by id (in UTF-8 order, as Solr sorts them) that carry it, read once when a reader opens.
 * Listing the other articles of a hit then reads a score of article references; found at search
 * time, it looked the quotation's key up in every segment and read the article id of every copy, a
 * tenth of the time under a load of different words at 1M paragraphs.
 */
final class CopyArticles {

  /** How many other articles a hit lists. */
  static final int LISTED = 20;

  /** Kept per quotation: one more than listed, as the hit's own article is among them. */
  private static final int KEPT = LISTED + 1;

  private static final int[] NONE = new int[0];

  /** By group: global doc ids of one copy per article, in article id order. */
  private final int[][] copies;

  private CopyArticles(int[][] copies) {
    this.copies = copies;
  }

  /**
   * Reads the article of every repeated copy in {@code leaves}, whose facts are {@code facts} and
   * whose group {@code groupOf} reads from them, keeping the first {@value #KEPT} articles by id of
   * each group.
   */
  static CopyArticles read(
      List<LeafReaderContext> leaves, long[][] facts, LongToIntFunction groupOf, int groupCount)
      throws IOException {
    BytesRef[][] ids = new BytesRef[groupCount][];
    int[][] copies = new int[groupCount][];
    int[] sizes = new int[groupCount];
    for (LeafReaderContext leaf : leaves) {
      ArticleRefs refs = new ArticleRefs(leaf.reader());
      long[] known = facts[leaf.ord];
      for (int doc = 0; doc < known.length; doc++) { // forward, as doc values are read
        if (DocFacts.isRepeated(known[doc])) {
          int group = groupOf.applyAsInt(known[doc]);
          if (ids[group] == null) {
            ids[group] = new BytesRef[KEPT];
            copies[group] = new int[KEPT];
          }
          sizes[group] =
              keep(ids[group], copies[group], sizes[group], refs.idOf(doc), leaf.docBase + doc);
        }
      }
    }
    for (int group = 0; group < groupCount; group++) {
      copies[group] = copies[group] == null ? NONE : Arrays.copyOf(copies[group], sizes[group]);
    }
    return new CopyArticles(copies);
  }

  /**
   * Puts the copy {@code doc} of article {@code id} in its place among the {@code size} kept, by
   * id, unless its article is kept already (the first copy read stays) or it comes after all of a
   * full list; returns the new size.
   */
  private static int keep(BytesRef[] ids, int[] copies, int size, BytesRef id, int doc) {
    if (size == KEPT && id.compareTo(ids[KEPT - 1]) >= 0) {
      return size; // most copies, once a quotation's list is full: one comparison
    }
    int at = Arrays.binarySearch(ids, 0, size, id);
    if (at >= 0) {
      return size;
    }
    at = -at - 1;
    int moved = Math.min(size, KEPT - 1) - at;
    System.arraycopy(ids, at, ids, at + 1, moved);
    System.arraycopy(copies, at, copies, at + 1, moved);
    ids[at] = BytesRef.deepCopyOf(id);
    copies[at] = doc;
    return Math.min(size + 1, KEPT);
  }

  /** One copy per article of the quotation {@code group}, the first articles by id first. */
  int[] of(int group) {
    return copies[group];
  }
}
