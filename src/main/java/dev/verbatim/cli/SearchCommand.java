package dev.verbatim.cli;

import dev.verbatim.lucene.LuceneSearch;
import dev.verbatim.search.Hit;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import dev.verbatim.search.SearchResponse;
import dev.verbatim.solr.SolrConnection;
import dev.verbatim.solr.SolrSearch;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim search}: runs one query against the index and prints the best hits. */
@Command(
    name = "search",
    description = "Searches the index and prints the best hits, the matched words emphasised.")
final class SearchCommand implements Callable<Integer> {

  private static final String BOLD_YELLOW = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      description = "Keywords: \"a phrase\", -exclude, prefix*, a | b.")
  String query;

  @Mixin IndexFolderOption index;

  @Mixin SolrOptions solr;

  @Option(
      names = "--type",
      paramLabel = "quote|paragraph",
      description = "Only quotations or only paragraphs.")
  String type;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only quotations by this speaker (full name).")
  String speaker;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Number of hits, 1..100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the answer as the JSON API does.")
  boolean json;

  @Option(
      names = "--as-typed",
      description =
          "Search the words as typed only: no correction's hits when they find nothing (a"
              + " suggestion is still printed).")
  boolean asTyped;

  @Override
  public Integer call() {
    if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
      throw new ParameterException(
          spec.commandLine(), "--limit must be 1.." + SearchRequest.MAX_SIZE + ", got " + limit);
    }
    SearchRequest request =
        new SearchRequest(query, type, speaker, null, null, null, 1, limit, !asTyped);
    SearchResponse response;
    if (solr.isSet()) {
      try (SolrConnection connection = solr.connect();
          SearchBackend searcher = SolrSearch.open(connection, solr.collection)) {
        response = searcher.search(request);
      }
    } else {
      try (SearchBackend searcher = LuceneSearch.open(index.folder)) {
        response = searcher.search(request);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new Json().write(response));
    } else {
      print(response, out, Terminal.isInteractive());
    }
    out.flush();
    return 0;
  }

  private static void print(SearchResponse response, PrintWriter out, boolean colour) {
    if (!response.searched().equals(response.query())) {
      out.printf(
          "Nothing matches \"%s\"; showing results for \"%s\" (--as-typed for none)%n",
          response.query(), response.searched());
    }
    String mentions =
        response.mentions() == response.total() ? "" : response.mentions() + " mentions, ";
    out.printf(
        "%d hit%s for \"%s\" (%s%d ms)%n",
        response.total(),
        response.total() == 1 ? "" : "s",
        response.searched(),
        mentions,
        response.tookMs());
    if (response.suggestion() != null) {
      out.printf("Did you mean \"%s\"?%n", response.suggestion());
    }
    int rank = 1;
    for (Hit hit : response.hits()) {
      String where =
          hit.article().title() + (hit.article().date() == null ? "" : ", " + hit.article().date());
      if ("quote".equals(hit.type())) {
        String speaker = hit.speaker().isEmpty() ? "unknown speaker" : hit.speaker();
        String cue = hit.cue().isEmpty() ? "" : " (" + hit.cue() + ")";
        out.printf("%n%d. %s%s — %s%n", rank++, speaker, cue, where);
        out.printf("   “%s”%n", plain(hit.highlight(), colour));
      } else {
        out.printf("%n%d. ¶%d — %s%n", rank++, hit.paragraph() + 1, where);
        out.printf("   %s%n", plain(hit.highlight(), colour));
      }
      out.printf("   [%s]%n", hit.id());
    }
  }

  /** The highlight as terminal text: marks become bold on a terminal and *stars* in a pipe. */
  private static String plain(String highlight, boolean colour) {
    String marked =
        highlight
            .replace("<mark>", colour ? BOLD_YELLOW : "*")
            .replace("</mark>", colour ? RESET : "*");
    return Parser.unescapeEntities(marked, false);
  }
}
