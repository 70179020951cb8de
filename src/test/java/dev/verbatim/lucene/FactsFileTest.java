package dev.verbatim.lucene;

import static dev.verbatim.TestIndex.wireCopy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsFileTest {

  private static final String HARBOUR = "“We will rebuild the harbour,” said Mayor Ada Quill.";
  private static final String TAXES = "“Taxes will not rise,” said Ben Ortiz.";
  private static final String BRIDGE = "“The bridge opens in May,” said Ada Quill.";

  @TempDir Path folder;

  @Test
  void factsReadFromTheFileAreTheOnesWorkedOutFromTheIndex() throws IOException {
    write(
        List.of(wireCopy(0, 1, HARBOUR, TAXES), wireCopy(1, 2, HARBOUR)),
        List.of(wireCopy(2, 2, HARBOUR, TAXES, BRIDGE), wireCopy(3, 5, TAXES)));
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(2, reader.leaves().size(), "copies in both segments");
      DocFacts worked = DocFacts.read(reader);
      String segments = FactsFile.segmentsOf(reader);
      assertNull(FactsFile.read(reader, segments), "nothing kept yet");

      FactsFile.write(reader, segments, worked);
      DocFacts kept = FactsFile.read(reader, segments);

      assertNotNull(kept);
      assertArrayEquals(bytes(worked), bytes(kept));
    }
  }

  @Test
  void aServerStartedAgainAnswersAlikeFromTheFactsKept() throws Exception {
    write(
        List.of(wireCopy(0, 1, HARBOUR, TAXES), wireCopy(1, 2, HARBOUR)),
        List.of(wireCopy(2, 2, HARBOUR, TAXES, BRIDGE)));
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("harbour"),
            SearchRequest.of("taxes bridge"),
            SearchRequest.of("said"),
            new SearchRequest("said", "quote", "Ada Quill", null, null, null, 1, 10, false));
    List<SearchResponse> first = answers(requests);
    assertTrue(Files.exists(folder.resolve(FactsFile.NAME)), "kept by the time the search closed");
    List<SearchResponse> again = answers(requests);

    assertEquals(first, again);
  }

  @Test
  void factsKeptForOtherSegmentsAreIgnored() throws IOException {
    write(List.of(wireCopy(0, 1, HARBOUR), wireCopy(1, 2, HARBOUR)));
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      FactsFile.write(reader, FactsFile.segmentsOf(reader), DocFacts.read(reader));
    }
    write(List.of(wireCopy(2, 3, HARBOUR, TAXES)));

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertNull(FactsFile.read(reader, FactsFile.segmentsOf(reader)));
    }
    List<SearchResponse> answered =
        answers(List.of(SearchRequest.of("harbour"), SearchRequest.of("taxes")));
    assertEquals(Map.of("paragraph", 3L, "quote", 1L), answered.get(0).facets().type());
    assertEquals(Map.of("Ada Quill", 1L), answered.get(0).facets().speaker());
    assertEquals(Map.of("paragraph", 1L, "quote", 1L), answered.get(1).facets().type());
  }

  @Test
  void aDamagedFileIsIgnored() throws IOException {
    write(List.of(wireCopy(0, 1, HARBOUR, TAXES), wireCopy(1, 2, HARBOUR)));
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      String segments = FactsFile.segmentsOf(reader);
      FactsFile.write(reader, segments, DocFacts.read(reader));
      Path file = folder.resolve(FactsFile.NAME);
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 0x10;
      Files.write(file, bytes);

      assertNull(FactsFile.read(reader, segments));
    }
  }

  @Test
  void aFileLeftHalfWrittenByAStoppedProcessIsRemovedByTheNextWrite() throws Exception {
    write(List.of(wireCopy(0, 1, HARBOUR)));
    Process stopped = new ProcessBuilder("true").start();
    stopped.waitFor();
    Path left = folder.resolve("verbatim-facts-" + stopped.pid() + "_new_0.tmp");
    Path beingWritten =
        folder.resolve("verbatim-facts-" + ProcessHandle.current().pid() + "_new_9.tmp");
    Files.writeString(left, "half");
    Files.writeString(beingWritten, "half");

    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      FactsFile.write(reader, FactsFile.segmentsOf(reader), DocFacts.read(reader));
    }

    assertFalse(Files.exists(left));
    assertTrue(Files.exists(beingWritten), "a running process's file is left to it");
    assertTrue(Files.exists(folder.resolve(FactsFile.NAME)));
  }

  /** Writes each list of articles and flushes it as a segment of its own, then commits. */
  @SafeVarargs
  private void write(List<Article>... segments) {
    QuoteFinder finder = new QuoteFinder();
    try (LuceneIndex index =
        LuceneIndex.open(folder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      for (List<Article> articles : segments) {
        for (Article article : articles) {
          index.write(article, finder.find(article), article.id());
        }
        index.flush();
      }
      index.commit();
    }
  }

  private List<SearchResponse> answers(List<SearchRequest> requests) {
    try (LuceneSearch search = LuceneSearch.open(folder, 0)) {
      return requests.stream().map(request -> search.search(request).took(0)).toList();
    }
  }

  private static byte[] bytes(DocFacts facts) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    facts.writeTo(out);
    return out.toArrayCopy();
  }
}
