package dev.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.lucene.LuceneIndex;
import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import dev.verbatim.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backend-neutral build, over a real corpus folder into a real Lucene index. */
class IndexBuildTest {

  @TempDir Path corpusFolder;
  @TempDir Path indexFolder;
  private final List<IndexBuild.Problem> problems = Collections.synchronizedList(new ArrayList<>());

  private void write(String file, String text) throws IOException {
    Files.writeString(corpusFolder.resolve(file), text);
  }

  private IndexBuild.Outcome build(boolean full) {
    Corpus corpus = new Corpus(corpusFolder);
    try (LuceneIndex sink =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, full, Clock.systemUTC())) {
      return new IndexBuild(corpus, new QuoteFinder(), problems::add)
          .run(corpus.files(), sink, () -> {});
    }
  }

  @Test
  void writesEveryArticleWithItsQuotationsAndCountsWhatTheIndexHolds() throws IOException {
    write(
        "musk.txt",
        "Musk and Altman clash\n\n“They don’t actually have the money,” Musk claimed.\n\nAltman disagreed.\n");
    write("budget.txt", "Budget passes\n\nThe budget passed on Monday.\n");

    BuildResult result = build(false).result();

    assertEquals(new BuildResult(2, 3, 1, 2, 0, 0, true), result);
  }

  @Test
  void unchangedArticlesAreNotRewritten() throws IOException {
    write("musk.txt", "Musk and Altman clash\n\nMusk posted on X.\n");
    write("budget.txt", "Budget passes\n\nThe budget passed on Monday.\n");
    build(false);

    BuildResult again = build(false).result();

    assertEquals(0, again.written());
    assertEquals(2, again.unchanged());
    assertFalse(again.fullRebuild());
  }

  @Test
  void changedArticleIsRewrittenAndOneWhoseFileIsGoneIsRemoved() throws IOException {
    write("musk.txt", "Musk and Altman clash\n\nMusk posted on X.\n");
    write("budget.txt", "Budget passes\n\nThe budget passed on Monday.\n");
    build(false);
    Files.delete(corpusFolder.resolve("musk.txt"));
    write("budget.txt", "Budget fails\n\nThe budget failed on Tuesday.\n");

    BuildResult result = build(false).result();

    assertEquals(1, result.written());
    assertEquals(1, result.removed());
    assertEquals(1, result.articles());
  }

  @Test
  void fullBuildRewritesUnchangedArticles() throws IOException {
    write("musk.txt", "Musk and Altman clash\n\nMusk posted on X.\n");
    build(false);

    BuildResult result = build(true).result();

    assertEquals(1, result.written());
    assertTrue(result.fullRebuild());
  }

  @Test
  void unreadableFileIsSkippedWithItsReasonAndKeepsItsArticle() throws IOException {
    write("musk.txt", "Musk and Altman clash\n\nMusk posted on X.\n");
    write("budget.txt", "Budget passes\n\nThe budget passed on Monday.\n");
    build(false);
    Files.write(corpusFolder.resolve("budget.txt"), new byte[] {0, 1, 2, 3});

    IndexBuild.Outcome outcome = build(false);

    assertEquals(
        List.of("budget.txt"), outcome.skipped().stream().map(IndexBuild.Problem::file).toList());
    assertTrue(
        outcome.skipped().get(0).reason().contains("binary file"),
        outcome.skipped().get(0).reason());
    assertEquals(
        2, outcome.result().articles(), "the skipped file's article stays as indexed before");
    assertEquals(0, outcome.result().removed());
  }

  @Test
  void duplicateArticleIdIsSkippedNamingTheFile() throws IOException {
    write(
        "a.jsonl",
        """
        {"id":"same","title":"One","paragraphs":["First text."]}
        {"id":"same","title":"Two","paragraphs":["Second text."]}
        """);

    IndexBuild.Outcome outcome = build(false);

    assertEquals(1, outcome.result().articles());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals("a.jsonl")
                        && p.reason().contains("duplicate article id 'a/same'")),
        problems.toString());
  }

  @Test
  void nothingReadableCommitsNothing() throws IOException {
    Files.write(corpusFolder.resolve("broken.txt"), new byte[] {0, 1, 2, 3});

    IndexBuild.Outcome outcome = build(false);

    assertNull(outcome.result());
    assertFalse(
        LuceneIndex.isUpToDate(indexFolder, QuoteFinder.RULES_VERSION, Instant.EPOCH), "no commit");
  }

  @Test
  void callsBackOncePerFile() throws IOException {
    write("one.txt", "One\n\nFirst text here.\n");
    write("two.txt", "Two\n\nSecond text here.\n");
    AtomicInteger done = new AtomicInteger();
    Corpus corpus = new Corpus(corpusFolder);

    try (LuceneIndex sink =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      new IndexBuild(corpus, new QuoteFinder(), problems::add)
          .run(corpus.files(), sink, done::incrementAndGet);
    }

    assertEquals(2, done.get());
  }

  @Test
  void corpusThatDisappearsCommitsNothing() throws IOException {
    write("one.txt", "One\n\nFirst text here.\n");
    Corpus corpus = new Corpus(corpusFolder);
    List<Path> files = corpus.files();
    Files.delete(corpusFolder.resolve("one.txt"));
    Files.delete(corpusFolder);

    try (LuceneIndex sink =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new IndexBuild(corpus, new QuoteFinder(), problems::add)
                      .run(files, sink, () -> {}));
      assertTrue(e.getMessage().contains("disappeared during the build"), e.getMessage());
    }
  }

  private IndexBuild.Outcome buildPart(IndexBuild.Part part) {
    Corpus corpus = new Corpus(corpusFolder);
    try (LuceneIndex sink =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      return new IndexBuild(corpus, new QuoteFinder(), problems::add, part)
          .run(corpus.files(), sink, () -> {});
    }
  }

  @Test
  void everyArticleOfAFileIsWrittenWithItsOwnQuotations() throws IOException {
    int articles = 40; // found together, then written
    String lines = portNews(articles);
    write("wire.jsonl", lines);
    // a changed article among unchanged ones is found and written with its own quotation too
    assertEquals(articles, build(false).result().quotes());
    write("wire.jsonl", lines.replace("week 30,", "week thirty,"));

    assertEquals(1, build(false).result().written());
    try (LuceneSearch search = LuceneSearch.open(indexFolder)) {
      assertEquals(articles, search.stats().quotes());
      for (int k = 0; k < articles; k++) {
        String week = k == 30 ? "thirty" : String.valueOf(k);
        assertEquals(
            List.of("The harbour reopens in week " + week + " / Jane Doe"),
            search.article("wire/" + k, "").orElseThrow().quotes().stream()
                .map(quote -> quote.text() + " / " + quote.speaker())
                .toList());
      }
    }
  }

  @Test
  void aBigFileIsWrittenByEveryThreadEachArticleOnce() throws IOException {
    assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two indexing threads");
    int articles = 1_000; // ten parts of a hundred
    write("wire.jsonl", portNews(articles));
    Set<String> writers = ConcurrentHashMap.newKeySet();
    AtomicInteger done = new AtomicInteger();
    Corpus corpus = new Corpus(corpusFolder);

    BuildResult result;
    try (LuceneIndex index =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      IndexSink watched =
          new WatchedSink(index, article -> writers.add(Thread.currentThread().getName()));
      result =
          new IndexBuild(corpus, new QuoteFinder(), problems::add)
              .run(corpus.files(), watched, done::incrementAndGet)
              .result();
    }

    assertEquals(articles, result.written());
    assertEquals(articles, result.articles());
    assertEquals(articles, result.quotes());
    assertEquals(1, done.get(), "one call for the file");
    assertTrue(writers.size() >= 2, "written by " + writers);
  }

  /**
   * JSON Lines of {@code articles} articles, each quoting Jane Doe on the week the harbour opens.
   */
  private static String portNews(int articles) {
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < articles; k++) {
      lines
          .append("{\"id\": \"")
          .append(k)
          .append("\", \"title\": \"Port news\", \"paragraphs\": [")
          .append("\"\\u201cThe harbour reopens in week ")
          .append(k)
          .append(",\\u201d Jane Doe said.\"]}\n");
    }
    return lines.toString();
  }

  @Test
  void aFileWhoseWritingFailsIsReportedOnceAndKeepsWhatTheIndexHad() throws IOException {
    write("wire.jsonl", portNews(1_000)); // ten parts of a hundred
    build(false);
    write("wire.jsonl", portNews(1_000).replace("harbour", "marina"));
    Corpus corpus = new Corpus(corpusFolder);

    IndexBuild.Outcome outcome;
    try (LuceneIndex index =
        LuceneIndex.open(indexFolder, QuoteFinder.RULES_VERSION, false, Clock.systemUTC())) {
      IndexSink fullDisk =
          new WatchedSink(
              index,
              article -> {
                if (Integer.parseInt(article.id().substring("wire/".length())) >= 150) {
                  throw new UncheckedIOException(
                      "cannot write article " + article.id(), new IOException("No space left"));
                }
              });
      outcome =
          new IndexBuild(corpus, new QuoteFinder(), problems::add)
              .run(corpus.files(), fullDisk, () -> {});
    }

    assertEquals(1, problems.size(), problems.toString());
    assertEquals("wire.jsonl", problems.get(0).file());
    assertTrue(outcome.result().written() < 1_000, "written " + outcome.result().written());
    try (LuceneSearch search = LuceneSearch.open(indexFolder)) {
      assertEquals(1_000, search.stats().articles(), "no article lost");
      assertEquals(
          1_000 - outcome.result().written(),
          search
              .search(new SearchRequest("harbour", "quote", null, null, null, null, 1, 10))
              .total(),
          "the articles not written are the ones indexed before");
    }
  }

  /** The real index, and something done before each write: noting the thread, failing. */
  private record WatchedSink(LuceneIndex index, Consumer<Article> beforeEachWrite)
      implements IndexSink {

    @Override
    public void write(Article article, List<Quote> quotes, String fingerprint) {
      beforeEachWrite.accept(article);
      index.write(article, quotes, fingerprint);
    }

    @Override
    public Map<String, String> fingerprints() {
      return index.fingerprints();
    }

    @Override
    public boolean fullRebuild() {
      return index.fullRebuild();
    }

    @Override
    public void delete(String articleId) {
      index.delete(articleId);
    }

    @Override
    public void flush() {
      index.flush();
    }

    @Override
    public IndexCounts commit() {
      return index.commit();
    }

    @Override
    public void compact() {
      index.compact();
    }

    @Override
    public void close() {
      // the test closes the index
    }
  }

  @Test
  void partsTogetherIndexEveryArticleOnceAndEachDeletesOnlyItsOwn() throws IOException {
    for (int i = 0; i < 12; i++) {
      write("story" + i + ".txt", "Story " + i + "\n\nThe council met on day " + i + ".\n");
    }
    int first = buildPart(IndexBuild.Part.parse("1/2")).articlesRead();
    BuildResult both = buildPart(IndexBuild.Part.parse("2/2")).result();
    assertTrue(first > 0 && first < 12, "part 1 of 2 took " + first);
    assertEquals(12, both.articles());

    Files.delete(corpusFolder.resolve("story0.txt"));
    Files.delete(corpusFolder.resolve("story1.txt"));
    Files.delete(corpusFolder.resolve("story2.txt"));
    int removed =
        buildPart(IndexBuild.Part.parse("1/2")).result().removed()
            + buildPart(IndexBuild.Part.parse("2/2")).result().removed();

    assertEquals(
        3, removed, "each part removed only its own vanished articles, and together all of them");
  }

  @Test
  void partIsReadAsKOfN() {
    assertEquals(new IndexBuild.Part(3, 4), IndexBuild.Part.parse(" 3/4 "));
    for (String bad : List.of("0/4", "5/4", "1", "a/b", "1/0")) {
      assertThrows(IllegalArgumentException.class, () -> IndexBuild.Part.parse(bad), bad);
    }
  }
}
