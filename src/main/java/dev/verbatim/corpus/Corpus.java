package dev.verbatim.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A folder of article files (or a single file), read with the reader for each file's extension.
 *
 * <p>Files are listed recursively in path order so every run sees them in the same order; hidden
 * files and folders and files of other types are left out. An article's id is its file's path
 * relative to the corpus root, without extension and with {@code /} as separator.
 */
public final class Corpus {

  /**
   * Files larger than this are skipped: an article is a few kilobytes, a 32 MiB file is not one.
   */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /**
   * The reader for each extension. The readers themselves are made when the first file is read (see
   * {@link Readers}): their parsers take a while to load, and listing files or checking dates, as
   * {@code serve} does at start, needs none.
   */
  private static final Map<String, Supplier<ArticleReader>> READERS =
      Map.of(
          "txt",
          () -> Readers.PLAIN_TEXT,
          "text",
          () -> Readers.PLAIN_TEXT,
          "md",
          () -> Readers.MARKDOWN,
          "markdown",
          () -> Readers.MARKDOWN,
          "html",
          () -> Readers.HTML,
          "htm",
          () -> Readers.HTML,
          "jsonl",
          () -> Readers.JSON_LINES);

  private final Path root;
  private final Path single;

  /**
   * Opens the corpus at {@code path}: a folder, or one article file.
   *
   * @throws IllegalArgumentException when the path does not exist or is a file of an unknown type
   */
  public Corpus(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      this.root = absolute;
      this.single = null;
    } else if (Files.isRegularFile(absolute)) {
      if (!isArticleFile(absolute)) {
        throw new IllegalArgumentException(
            path + " is not an article file; expected one of " + extensions());
      }
      this.root = absolute.getParent();
      this.single = absolute;
    } else {
      throw new IllegalArgumentException(
          "corpus folder " + path + " does not exist; pass --corpus DIR with your articles");
    }
  }

  /**
   * The newest modification time of the corpus: of its article files and of its folders, whose time
   * changes when a file is added or removed.
   */
  public Instant lastModified() {
    if (single != null) {
      return modified(single);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> !isHidden(root.relativize(path)))
          .filter(path -> Files.isDirectory(path) || isArticleFile(path))
          .map(Corpus::modified)
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH);
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot list the corpus folder " + root, asIoException(e));
    }
  }

  /** False once the corpus folder (or file) has gone, e.g. deleted while a build was reading it. */
  public boolean exists() {
    return Files.exists(single != null ? single : root);
  }

  /** The folder article ids are relative to. */
  public Path root() {
    return root;
  }

  /** The article files, in path order. */
  public List<Path> files() {
    if (single != null) {
      return List.of(single);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(root.relativize(file)))
          .filter(Corpus::isArticleFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot list the corpus folder " + root, asIoException(e));
    }
  }

  /**
   * Reads the articles of one file.
   *
   * @throws InvalidArticleException when the file is empty, binary, too large or not in its format
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public ArticleBatch read(Path file) throws InvalidArticleException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new InvalidArticleException(
            "file is "
                + (size >> 20)
                + " MiB, over the "
                + (MAX_FILE_BYTES >> 20)
                + " MiB limit for one file");
      }
      String text = TextDecoder.decode(Files.readAllBytes(file));
      return READERS.get(extension(file)).get().read(articleId(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The id of the article a single-article file holds: its path relative to the root, no extension.
   */
  public String articleId(Path file) {
    String relative =
        root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    int dot = relative.lastIndexOf('.');
    return dot > relative.lastIndexOf('/') + 1 ? relative.substring(0, dot) : relative;
  }

  /** A path as the user knows it: relative to the corpus root. */
  public String displayName(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static boolean isArticleFile(Path file) {
    return READERS.containsKey(extension(file));
  }

  /** The readers, made together the first time any of them is needed. */
  private static final class Readers {
    static final ArticleReader PLAIN_TEXT = new PlainTextReader();
    static final ArticleReader MARKDOWN = new MarkdownReader();
    static final ArticleReader HTML = new HtmlReader();
    static final ArticleReader JSON_LINES = new JsonLinesReader();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Instant modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modification time of " + path, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extensions() {
    return READERS.keySet().stream().sorted().map(ext -> "." + ext).toList().toString();
  }

  private static IOException asIoException(Exception e) {
    return e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
  }
}
