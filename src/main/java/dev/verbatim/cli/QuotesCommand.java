package dev.verbatim.cli;

import dev.verbatim.quotes.Quote;
import dev.verbatim.quotes.QuoteFinder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim quotes}: prints the quotations found in article files as JSON Lines, without
 * indexing.
 */
@Command(
    name = "quotes",
    description = {
      "Prints the quotations found in article files or folders as JSON Lines, one object per quotation:",
      "{\"article\", \"paragraph\", \"start\", \"end\", \"text\", \"speaker\", \"cue\"}. Does not touch the index."
    })
final class QuotesCommand implements Callable<Integer> {

  /** One output line; speaker and cue are null when unknown. */
  record QuoteLine(
      String article, int paragraph, int start, int end, String text, String speaker, String cue) {

    static QuoteLine of(String article, Quote quote) {
      return new QuoteLine(
          article,
          quote.paragraph(),
          quote.start(),
          quote.end(),
          quote.text(),
          quote.speaker().isEmpty() ? null : quote.speaker(),
          quote.cue().isEmpty() ? null : quote.cue());
    }
  }

  @Spec CommandSpec spec;

  @Mixin ArticlePaths files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    QuoteFinder finder = new QuoteFinder();
    Json json = new Json();
    files.forEach(
        spec.commandLine(),
        article -> {
          for (Quote quote : finder.find(article)) {
            out.println(json.write(QuoteLine.of(article.id(), quote)));
          }
        });
    out.flush();
    return 0;
  }
}
