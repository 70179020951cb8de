package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path root;

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void listsArticleFilesRecursivelyInPathOrder() throws Exception {
    write("bbc/business/002.txt", "Title\n\nText.");
    write("bbc/business/001.txt", "Title\n\nText.");
    write("a.md", "---\ntitle: A\n---\nText.");
    write("notes.pdf", "%PDF");
    write(".hidden/x.txt", "Title\n\nText.");

    Corpus corpus = new Corpus(root);

    List<String> ids = corpus.files().stream().map(corpus::articleId).toList();
    assertEquals(List.of("a", "bbc/business/001", "bbc/business/002"), ids);
  }

  @Test
  void readsEachFormatByExtension() throws Exception {
    Corpus corpus = new Corpus(root);
    Path html = write("page.html", "<h1>Page</h1><p>Text.</p>");
    Path jsonl = write("dump.jsonl", "{\"id\": \"1\", \"text\": \"Text.\"}");

    assertEquals("Page", corpus.read(html).articles().get(0).title());
    assertEquals("dump/1", corpus.read(jsonl).articles().get(0).id());
  }

  @Test
  void acceptsSingleFile() throws Exception {
    Path file = write("one.txt", "Title\n\nText.");

    Corpus corpus = new Corpus(file);

    assertEquals(List.of(file.toAbsolutePath()), corpus.files());
    assertEquals("one", corpus.articleId(file));
  }

  @Test
  void skipsFileOverTheSizeLimit() throws Exception {
    Path big = root.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Corpus.MAX_FILE_BYTES + 1);
    }

    InvalidArticleException e =
        assertThrows(InvalidArticleException.class, () -> new Corpus(root).read(big));
    assertTrue(e.getMessage().contains("over the 32 MiB limit"), e.getMessage());
  }

  @Test
  void lastModifiedFollowsFilesAndFolders() throws Exception {
    Path file = write("a/one.txt", "Title\n\nText.");
    Instant old = Instant.parse("2020-01-01T00:00:00Z");
    Files.setLastModifiedTime(file, FileTime.from(old));
    Files.setLastModifiedTime(file.getParent(), FileTime.from(old));
    Files.setLastModifiedTime(root, FileTime.from(old));

    assertEquals(old, new Corpus(root).lastModified());

    write("a/two.txt", "Title\n\nText.");
    assertTrue(new Corpus(root).lastModified().isAfter(old), "a new file moves it forward");
  }

  @Test
  void rejectsMissingFolderNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Corpus(root.resolve("nope")));
    assertTrue(
        e.getMessage().contains("nope") && e.getMessage().contains("does not exist"),
        e.getMessage());
  }
}
