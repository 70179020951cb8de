package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbatimCodecTest {

  @TempDir Path folder;

  /**
   * Texts from empty to 25 times a 4 KB chunk: a document of more than two chunks is written in
   * slices, which a reader must step through.
   */
  private static List<String> texts() {
    Random random = new Random(42);
    List<String> texts = new ArrayList<>();
    for (int length : new int[] {0, 1, 90, 700, 4095, 4096, 9000, 30_000, 100_000}) {
      for (int copy = 0; copy < 3; copy++) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
          text.append(random.nextInt(10) == 0 ? "déjà vu “quoted” " : "word" + random.nextInt(50));
          text.append(' ');
        }
        texts.add(text.substring(0, length));
      }
    }
    return texts;
  }

  @Test
  void storedFieldsReadBackWholeAfterFlushesAndAfterAMerge() throws IOException {
    List<String> texts = texts();
    try (Directory directory = FSDirectory.open(folder)) {
      IndexWriterConfig config =
          new IndexWriterConfig().setCodec(new VerbatimCodec()).setMaxBufferedDocs(5);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < texts.size(); i++) {
          Document document = new Document();
          document.add(new StoredField("n", i));
          document.add(new StoredField("text", texts.get(i)));
          document.add(new StoredField("after", "end of " + i));
          writer.addDocument(document);
        }
        writer.commit();
        assertReadBack(directory, texts);
        writer.forceMerge(1);
        writer.commit();
      }
      assertReadBack(directory, texts);
    }
  }

  private static void assertReadBack(Directory directory, List<String> texts) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      for (int doc = reader.maxDoc() - 1; doc >= 0; doc--) { // backwards: no chunk read in order
        Document document = stored.document(doc);
        int n = document.getField("n").numericValue().intValue();
        assertEquals(texts.get(n), document.get("text"), "text of document " + n);
        assertEquals("end of " + n, document.get("after"));
      }
    }
  }
}
