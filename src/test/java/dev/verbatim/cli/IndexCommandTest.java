package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir Path dir;

  private Path corpus() throws Exception {
    return TestIndex.seedCorpus(dir);
  }

  private CommandRun index(Path corpus, String... more) {
    String[] args = {
      "index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString()
    };
    return CommandRun.of(
        Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new));
  }

  @Test
  void indexesSeedsAndPrintsSummary() throws Exception {
    CommandRun run = index(corpus());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Indexed 2 articles (2 written, 0 unchanged, 0 removed, full rebuild): 17 paragraphs, 14 quotes; 0 files skipped;"),
        run.out());
    assertTrue(run.out().contains("articles/s"), run.out());
  }

  @Test
  void fullBuildIsMergedAfterItsCommitAndAnUpdateIsNot() throws Exception {
    Path corpus = corpus();
    CommandRun full = index(corpus);
    assertTrue(
        full.out().lines().anyMatch(line -> line.matches("Merged in [0-9.]+ s\\.")), full.out());

    Files.writeString(
        corpus.resolve("port.txt"), "Port reopens\n\n“The berth is open,” said Ada Quill.\n");
    CommandRun update = index(corpus);

    assertTrue(update.out().startsWith("Indexed 3 articles (1 written, 2 unchanged"), update.out());
    assertFalse(update.out().contains("Merg"), update.out());
    assertEquals(2, segments(), "the update's own segment, beside the merged one");
  }

  @Test
  void searchesCanStartAtTheCommitBeforeTheMerge() throws Exception {
    Path corpus = corpus();
    StringWriter out = new StringWriter();
    List<String> printedBeforeSearching = new ArrayList<>();
    List<Long> found = new ArrayList<>();

    int exit =
        new IndexRun(
                new PrintWriter(out, true), new PrintWriter(Writer.nullWriter()), Clock.systemUTC())
            .run(
                corpus,
                dir.resolve("index"),
                false,
                () -> {
                  printedBeforeSearching.add(out.toString());
                  try (LuceneSearch search = LuceneSearch.open(dir.resolve("index"))) {
                    found.add(search.search(SearchRequest.of("said")).total());
                  }
                });

    assertEquals(0, exit);
    assertTrue(printedBeforeSearching.get(0).startsWith("Indexed 2 articles"));
    assertFalse(printedBeforeSearching.get(0).contains("Merg"), printedBeforeSearching.get(0));
    assertTrue(found.get(0) > 0, "the commit is searchable");
    assertTrue(out.toString().contains("Merged in"), out.toString());
  }

  private int segments() throws Exception {
    try (Directory directory = FSDirectory.open(dir.resolve("index"))) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  @Test
  void secondRunKeepsUnchangedArticles() throws Exception {
    Path corpus = corpus();
    index(corpus);

    CommandRun run = index(corpus);

    assertTrue(
        run.out().startsWith("Indexed 2 articles (0 written, 2 unchanged, 0 removed)"), run.out());
  }

  @Test
  void skipsBadFilesNamingThemAndIndexesTheRest() throws Exception {
    Path corpus = corpus();
    Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(corpus.resolve("empty.md"), "");

    CommandRun run = index(corpus);

    assertEquals(0, run.exitCode());
    assertTrue(run.err().contains("warning: broken.txt: binary file"), run.err());
    assertTrue(run.err().contains("warning: empty.md: empty file"), run.err());
    assertTrue(run.err().contains("Skipped 2 files:"), run.err());
    assertTrue(run.out().contains("2 files skipped"), run.out());
  }

  @Test
  void missingCorpusIsInvalidInput() {
    CommandRun run = index(dir.resolve("nowhere"));

    assertEquals(Main.EXIT_INVALID_INPUT, run.exitCode());
    assertTrue(
        run.err().contains("corpus folder")
            && run.err().contains("nowhere")
            && run.err().contains("does not exist"),
        run.err());
  }

  @Test
  void corpusWithNothingUsableFailsAndLeavesIndexAlone() throws Exception {
    Path corpus = corpus();
    index(corpus);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("blank.txt"), "   \n");

    CommandRun run = index(empty);

    assertEquals(Main.EXIT_FAILURE, run.exitCode());
    assertTrue(
        run.err().contains("no usable article")
            && run.err().contains("the index was left as it was"),
        run.err());
    assertEquals(
        0, CommandRun.of("search", "money", "--index", dir.resolve("index").toString()).exitCode());
  }

  @Test
  @SuppressWarnings("try") // the other writer is held open only for its lock
  void secondWriterFailsFastWithClearMessageAndChangesNothing() throws Exception {
    Path corpus = corpus();
    index(corpus);
    String before =
        CommandRun.of("search", "money", "--index", dir.resolve("index").toString(), "--json")
            .out();
    try (LuceneIndex other =
        LuceneIndex.open(
            dir.resolve("index"), QuoteFinder.RULES_VERSION, true, Clock.systemUTC())) {
      long started = System.nanoTime();
      CommandRun run = index(corpus, "--full");

      assertEquals(Main.EXIT_FAILURE, run.exitCode());
      assertTrue(run.err().contains("locked by another writer"), run.err());
      assertTrue(
          System.nanoTime() - started < 5_000_000_000L,
          "fails at once, without waiting for the lock");
    }
    String after =
        CommandRun.of("search", "money", "--index", dir.resolve("index").toString(), "--json")
            .out();
    assertEquals(before.replaceAll("\"tookMs\":\\d+", ""), after.replaceAll("\"tookMs\":\\d+", ""));
  }
}
