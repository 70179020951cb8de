package dev.verbatim.lucene;

import dev.verbatim.search.ArticleRef;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * For each repeated quotation (a group of {@link DocFacts}), one copy from each of the first
 * articles by id (in UTF-8 order, as Solr sorts them) that carry it, read once when a reader opens.
 * Listing the other articles of a hit then reads a score of article references; found at search
 * time, it looked the quotation's key up in every segment and read the article id of every copy, a
 * tenth of the time under a load of different words at 1M paragraphs. Those articles are then read
 * too, once, after the reader opens ({@link #readArticles}): reading a score of them for each hit
 * took another tenth.
 */
final class CopyArticles {

  /** How many other articles a hit lists. */
  static final int LISTED = 20;

  /** Kept per quotation: one more than listed, as the hit's own article is among them. */
  private static final int KEPT = LISTED + 1;

  private static final int[] NONE = new int[0];

  /** By group: global doc ids of one copy per article, in article id order. */
  private final int[][] copies;

  /**
   * By group: the articles of {@link #copies}, one object per article, or null until {@link
   * #readArticles} has read them.
   */
  private volatile ArticleRef[][] articles;

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

  /**
   * The first articles by id that carry the quotation {@code group}, one copy each, from the
   * articles read once (see {@link #readArticles}) or, until they are, from the copies' doc values
   * in {@code leaves}.
   */
  ArticleRef[] articlesOf(int group, List<LeafReaderContext> leaves) throws IOException {
    ArticleRef[][] table = articles;
    if (table != null) {
      return table[group];
    }
    int[] docs = copies[group];
    long[] docAndPlace = new long[docs.length];
    for (int place = 0; place < docs.length; place++) {
      docAndPlace[place] = (long) docs[place] << 32 | place;
    }
    ArticleRef[] ofGroup = new ArticleRef[docs.length];
    read(docAndPlace, leaves, new HashMap<>(), (article, place) -> ofGroup[place] = article);
    return ofGroup;
  }

  /**
   * Reads the articles of every group's copies in {@code leaves}, the reader's, in one pass forward
   * and keeping one object per article: 74,481 articles for 16,500 quotations at 1M paragraphs, a
   * few tens of MB, read in 0.3–0.45 s, which is why a reader opens without waiting for them.
   */
  void readArticles(List<LeafReaderContext> leaves) throws IOException {
    long[] docAndPlace = new long[Arrays.stream(copies).mapToInt(docs -> docs.length).sum()];
    int place = 0;
    for (int[] docs : copies) {
      for (int doc : docs) {
        docAndPlace[place] = (long) doc << 32 | place;
        place++;
      }
    }
    ArticleRef[] all = new ArticleRef[docAndPlace.length]; // every group's, one after the other
    read(docAndPlace, leaves, new HashMap<>(), (article, at) -> all[at] = article);
    ArticleRef[][] read = new ArticleRef[copies.length][];
    int from = 0;
    for (int group = 0; group < copies.length; group++) {
      read[group] = Arrays.copyOfRange(all, from, from + copies[group].length);
      from += copies[group].length;
    }
    articles = read;
  }

  /**
   * Reads the article of each copy of {@code docAndPlace} (its global doc id in the high 32 bits,
   * where to put its article in the low ones) in doc order, as doc values are read, and hands it to
   * {@code put}; an article is read once and taken from {@code byId} after.
   */
  private static void read(
      long[] docAndPlace,
      List<LeafReaderContext> leaves,
      Map<BytesRef, ArticleRef> byId,
      ObjIntConsumer<ArticleRef> put)
      throws IOException {
    Arrays.sort(docAndPlace);
    ArticleRefs refs = null;
    LeafReaderContext leaf = null;
    for (long entry : docAndPlace) {
      int doc = (int) (entry >>> 32);
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        refs = new ArticleRefs(leaf.reader());
      }
      ArticleRef article = byId.get(refs.idOf(doc - leaf.docBase));
      if (article == null) {
        article = refs.of(doc - leaf.docBase);
        byId.put(new BytesRef(article.id()), article);
      }
      put.accept(article, (int) entry);
    }
  }
}
