package dev.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.ArticleBatch;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import dev.verbatim.quotes.QuoteFinder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through every reader and the quote finder, then through {@code index}: random
 * bytes, invalid UTF-8, byte order marks, CRLF, NUL bytes, thousands of unbalanced quote marks,
 * truncated and deeply nested HTML, broken front matter, huge and nested JSON lines, a long single
 * line, a file over the size limit. A seeded random generator stands in for a coverage-guided
 * fuzzer (Jazzer needs a native agent this build does not ship): a failure repeats with the same
 * seed.
 */
@Tag("long")
class CorpusFuzzTest {

  private static final int RANDOM_FILES = 400;
  private static final Duration PER_FILE = Duration.ofSeconds(10);
  private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "jsonl");

  @TempDir Path dir;
  private final Random random = new Random(7);

  @Test
  void hostileFilesAreReadOrRefusedWithAReasonQuicklyAndGoodFilesAreIndexed() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Path> hostile = writeHostileFiles(corpus);
    for (int g = 0; g < 3; g++) {
      Files.writeString(
          corpus.resolve("good" + g + ".txt"),
          "Good news %d\n\n“The money is real,” said Jane Smith %d, the mayor. The council agreed.\n"
              .formatted(g, g));
    }

    Corpus reader = new Corpus(corpus);
    QuoteFinder finder = new QuoteFinder();
    int read = 0;
    int refused = 0;
    for (Path file : hostile) {
      ArticleBatch batch =
          assertTimeoutPreemptively(
              PER_FILE, () -> readOrNull(reader, file), file.getFileName().toString());
      if (batch == null) {
        refused++;
        continue;
      }
      read++;
      for (Article article : batch.articles()) {
        assertTimeoutPreemptively(
            PER_FILE, () -> finder.find(article), "quotes of " + file.getFileName());
      }
    }

    CommandRun run =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () ->
                CommandRun.of(
                    "index",
                    "--corpus",
                    corpus.toString(),
                    "--index",
                    dir.resolve("index").toString()));
    assertEquals(0, run.exitCode(), run.err());
    for (int g = 0; g < 3; g++) {
      CommandRun search =
          CommandRun.of(
              "search",
              "Jane Smith " + g,
              "--index",
              dir.resolve("index").toString(),
              "--type",
              "quote");
      assertTrue(
          search.out().contains("Jane Smith " + g),
          "good file " + g + " is indexed: " + search.out());
    }
    for (String line : run.err().lines().filter(line -> line.startsWith("warning: ")).toList()) {
      assertTrue(
          line.matches("warning: \\S+: .+"), "a warning names the file and the reason: " + line);
    }
    assertTrue(
        run.err().contains("warning: huge.txt: file is 50 MiB, over the 32 MiB limit"),
        run.err().lines().limit(5).toList().toString());
    System.out.printf(
        "corpus fuzz: %d hostile files, %d read, %d refused with a reason; index: %s%n",
        hostile.size(),
        read,
        refused,
        run.out().lines().filter(line -> line.startsWith("Indexed")).findFirst().orElse(""));
  }

  private static ArticleBatch readOrNull(Corpus corpus, Path file) {
    try {
      return corpus.read(file);
    } catch (InvalidArticleException e) {
      assertTrue(!e.getMessage().isBlank(), "a refusal gives a reason");
      return null;
    }
  }

  private List<Path> writeHostileFiles(Path corpus) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < RANDOM_FILES; i++) {
      String extension = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
      files.add(Files.write(corpus.resolve("fuzz" + i + "." + extension), hostileBytes(extension)));
    }
    files.add(
        Files.write(
            corpus.resolve("nested.html"),
            ("<div>".repeat(20_000) + "“Deep,” he said.").getBytes(StandardCharsets.UTF_8)));
    files.add(
        Files.write(
            corpus.resolve("nested.jsonl"),
            ("[".repeat(100_000) + "\n{\"title\":\"ok\",\"text\":\"fine\"}\n")
                .getBytes(StandardCharsets.UTF_8)));
    files.add(
        Files.write(
            corpus.resolve("hugeline.jsonl"),
            ("{\"title\":\"t\",\"text\":\"" + "word “quoted, ".repeat(400_000) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8)));
    files.add(
        Files.write(
            corpus.resolve("longline.txt"),
            ("Title\n\n" + "He said “so and so ".repeat(500_000))
                .getBytes(StandardCharsets.UTF_8)));
    files.add(
        Files.write(
            corpus.resolve("marks.md"),
            ("---\ntitle: Marks\n---\n\n" + "“ \" ‘ ' « » ” ".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8)));
    byte[] huge = new byte[50 << 20];
    Arrays.fill(huge, (byte) 'a');
    files.add(Files.write(corpus.resolve("huge.txt"), huge));
    return files;
  }

  /** Bytes of one kind of trouble, or of several. */
  private byte[] hostileBytes(String extension) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int part = 1 + random.nextInt(3); part > 0; part--) {
      byte[] chunk =
          switch (random.nextInt(10)) {
            case 0 -> randomBytes(random.nextInt(5000));
            case 1 ->
                new byte[] {
                  (byte) 0xC3,
                  (byte) 0x28,
                  (byte) 0xE2,
                  (byte) 0x82,
                  (byte) 0xFF,
                  (byte) 0xC0,
                  (byte) 0xAF
                };
            case 2 ->
                List.of(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xFE, (byte) 0xFF})
                    .get(random.nextInt(3));
            case 3 ->
                "Title\r\n\r\n“Quoted,” she said.\r\nMore\rtext\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> "nul\0bytes\0in \0the\0 text".getBytes(StandardCharsets.UTF_8);
            case 5 -> marks(random.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            case 6 ->
                truncated(
                    "<html><head><title>T</title></head><body><p>“One,” he said.</p><p><b>two <i>three</p></body></html>");
            case 7 ->
                truncated(
                    "---\ntitle: \"Front\nmatter: [unclosed\ndate: 2025-13-45\n---\n\nBody “text”.\n");
            case 8 ->
                truncated(
                    "{\"title\":\"J\",\"date\":\"2025-02-30\",\"paragraphs\":[\"“A,” b said.\",3,null,{\"x\":[]}]}\n{\"text\":");
            default ->
                ("Plain words " + extension + " " + random.nextInt())
                    .getBytes(StandardCharsets.UTF_8);
          };
      out.writeBytes(chunk);
    }
    return out.toByteArray();
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private String marks(int count) {
    String[] pieces = {
      "“", "”", "\"", "‘", "’", "'", "«", "»", "„", " said ", " word ", ", ", ". ", "\n\n"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  private byte[] truncated(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
  }
}
