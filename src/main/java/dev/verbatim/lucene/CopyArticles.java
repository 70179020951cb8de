package dev.verbatim.lucene;

import dev.verbatim.search.ArticleRef;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * For each repeated quotation (a group of {@link DocFacts}), one copy from each of the first
 * articles by id (in UTF-8 order, as Solr sorts them) that carry it, found once when a reader
 * opens. Found at search time, they took a tenth of the time under a load of different words at 1M
 * paragraphs. Those articles are then read too, once, after the reader opens ({@link
 * #readArticles}): reading a score of them for each hit took another tenth.
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
   * Finds, for every live repeated copy in {@code reader}, whose facts are {@code facts} and whose
   * group {@code groupOf} reads from them, the first {@value #KEPT} articles by id of each group.
   */
  static CopyArticles read(
      IndexReader reader, long[][] facts, LongToIntFunction groupOf, int groupCount)
      throws IOException {
    int[] articleRanks = articleRanks(reader);
    int[][] ranks = new int[groupCount][];
    int[][] copies = new int[groupCount][];
    int[] sizes = new int[groupCount];
    for (LeafReaderContext leaf : reader.leaves()) {
      long[] known = facts[leaf.ord];
      Bits live = leaf.reader().getLiveDocs(); // an article removed or rewritten is not listed
      for (int doc = 0; doc < known.length; doc++) {
        if (DocFacts.isRepeated(known[doc]) && (live == null || live.get(doc))) {
          int group = groupOf.applyAsInt(known[doc]);
          if (ranks[group] == null) {
            ranks[group] = new int[KEPT];
            copies[group] = new int[KEPT];
          }
          int global = leaf.docBase + doc;
          sizes[group] =
              keep(ranks[group], copies[group], sizes[group], articleRanks[global], global);
        }
      }
    }
    for (int group = 0; group < groupCount; group++) {
      copies[group] = copies[group] == null ? NONE : Arrays.copyOf(copies[group], sizes[group]);
    }
    return new CopyArticles(copies);
  }

  /** Writes the copies found; the articles are read again after {@link #readFrom}. */
  void writeTo(DataOutput out) throws IOException {
    out.writeVInt(copies.length);
    for (int[] docs : copies) {
      FactsFile.writeInts(out, docs);
    }
  }

  static CopyArticles readFrom(DataInput in) throws IOException {
    int[][] copies = new int[in.readVInt()][];
    for (int group = 0; group < copies.length; group++) {
      copies[group] = FactsFile.readInts(in);
    }
    return new CopyArticles(copies);
  }

  /**
   * By global doc id: the place of each document's article among all article ids in UTF-8 order,
   * read from the article id terms, which list each article's documents. Reading each repeated
   * copy's article id from its doc values instead took 0.55–0.93 s of every open at 1M paragraphs.
   */
  private static int[] articleRanks(IndexReader reader) throws IOException {
    int[] ranks = new int[reader.maxDoc()];
    Terms terms = MultiTerms.getTerms(reader, Schema.ARTICLE_ID);
    if (terms == null) {
      return ranks;
    }
    TermsEnum articles = terms.iterator();
    PostingsEnum documents = null;
    int rank = 0;
    for (BytesRef id = articles.next(); id != null; id = articles.next()) {
      documents = articles.postings(documents, PostingsEnum.NONE); // global doc ids
      for (int doc = documents.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = documents.nextDoc()) {
        ranks[doc] = rank;
      }
      rank++;
    }
    return ranks;
  }

  /**
   * Puts the copy {@code doc} of the article ranked {@code rank} in its place among the {@code
   * size} kept, by rank, unless its article is kept already (the first copy read stays) or it comes
   * after all of a full list; returns the new size.
   */
  private static int keep(int[] ranks, int[] copies, int size, int rank, int doc) {
    if (size == KEPT && rank >= ranks[KEPT - 1]) {
      return size; // most copies, once a quotation's list is full: one comparison
    }
    int at = Arrays.binarySearch(ranks, 0, size, rank);
    if (at >= 0) {
      return size;
    }
    at = -at - 1;
    int moved = Math.min(size, KEPT - 1) - at;
    System.arraycopy(ranks, at, ranks, at + 1, moved);
    System.arraycopy(copies, at, copies, at + 1, moved);
    ranks[at] = rank;
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
    readInDocOrder(docAndPlace, leaves, (article, place) -> ofGroup[place] = article);
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
    readInDocOrder(docAndPlace, leaves, (article, at) -> all[at] = article);
    ArticleRef[][] table = new ArticleRef[copies.length][];
    int from = 0;
    for (int group = 0; group < copies.length; group++) {
      table[group] = Arrays.copyOfRange(all, from, from + copies[group].length);
      from += copies[group].length;
    }
    articles = table;
  }

  /**
   * Reads the article of each copy of {@code docAndPlace} (its global doc id in the high 32 bits,
   * where to put its article in the low ones) in doc order, as doc values are read, and hands it to
   * {@code put}; an article met again is not read again, and is the same object.
   */
  private static void readInDocOrder(
      long[] docAndPlace, List<LeafReaderContext> leaves, ObjIntConsumer<ArticleRef> put)
      throws IOException {
    Map<BytesRef, ArticleRef> byId = new HashMap<>();
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
