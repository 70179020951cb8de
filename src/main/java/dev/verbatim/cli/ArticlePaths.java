package dev.verbatim.cli;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The article files and folders a command reads without indexing them, read as an index build reads
 * them, each skipped file warned about with the reason.
 */
final class ArticlePaths {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
  List<Path> paths;

  /**
   * Gives every article of the paths to {@code each}, in file order, warning on {@code
   * commandLine}'s error stream about each file that cannot be read.
   *
   * @throws ParameterException when a path does not exist (before anything is read)
   */
  void forEach(CommandLine commandLine, Consumer<Article> each) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParameterException(commandLine, "no such file or folder: " + path);
      }
    }
    PrintWriter err = commandLine.getErr();
    for (Path path : paths) {
      Corpus corpus = new Corpus(path);
      for (Path file : corpus.files()) {
        try {
          corpus.read(file).articles().forEach(each);
        } catch (InvalidArticleException | UncheckedIOException e) {
          err.println("warning: " + corpus.displayName(file) + " skipped: " + e.getMessage());
        }
      }
    }
    err.flush();
  }
}
