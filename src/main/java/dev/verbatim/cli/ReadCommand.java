package dev.verbatim.cli;

import dev.verbatim.corpus.Article;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim read}: prints what Verbatim reads from article files, one JSON object per
 * article, so users can check their ingest before they index it.
 */
@Command(
    name = "read",
    description = {
      "Prints what Verbatim reads from article files or folders as JSON Lines, one object per article:",
      "{\"id\", \"title\", \"date\", \"source\", \"url\", \"author\", \"paragraphs\"}. Does not touch the index."
    })
final class ReadCommand implements Callable<Integer> {

  /** One output line; date (ISO) is null when unknown, the other texts empty. */
  record ArticleLine(
      String id,
      String title,
      String date,
      String source,
      String url,
      String author,
      List<String> paragraphs) {

    static ArticleLine of(Article article) {
      return new ArticleLine(
          article.id(),
          article.title(),
          article.date() == null ? null : article.date().toString(),
          article.source(),
          article.url(),
          article.author(),
          article.paragraphs());
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Json json = new Json();
    ArticleFiles.forEach(
        spec.commandLine(), paths, article -> out.println(json.write(ArticleLine.of(article))));
    out.flush();
    return 0;
  }
}
