package dev.verbatim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Spec CommandSpec spec;

  @Mixin ArticlePaths files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Json json = new Json();
    files.forEach(spec.commandLine(), article -> out.println(json.write(article)));
    out.flush();
    return 0;
  }
}
