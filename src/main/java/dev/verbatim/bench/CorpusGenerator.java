package dev.verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a generated corpus of a given number of paragraphs, recombined from real articles: each
 * generated article takes the title of one source article, a date, and a run of consecutive real
 * paragraphs (so quotations and the names they need stay together) from one or two sources. The
 * same sources, size and seed always give the same files.
 */
public final class CorpusGenerator {

  /**
   * Articles per JSON Lines file: big enough to keep the file count low, well under the file size
   * limit.
   */
  static final int ARTICLES_PER_FILE = 1000;

  private static final LocalDate FIRST_DAY = LocalDate.of(2004, 1, 1);
  private static final int DAYS = 13 * 365;

  private final List<Article> sources;

  private CorpusGenerator(List<Article> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source articles to generate from");
    }
    this.sources = List.copyOf(sources);
  }

  /** Reads every article under the source folders (in path order, so runs are repeatable). */
  public static CorpusGenerator from(List<Path> sourceFolders) {
    List<Article> articles = new ArrayList<>();
    for (Path folder : sourceFolders) {
      articles.addAll(CorpusArticles.of(new Corpus(folder)));
    }
    return new CorpusGenerator(articles);
  }

  /** The number of source articles. */
  public int sourceCount() {
    return sources.size();
  }

  /**
   * Writes {@code paragraphs} paragraphs as JSON Lines files into {@code folder}, labelled as
   * generated.
   *
   * @return the number of articles written
   */
  public int write(Path folder, long paragraphs, long seed) {
    Random random = new Random(seed);
    ObjectMapper json = new ObjectMapper();
    try {
      Files.createDirectories(folder);
      int articles = 0;
      long written = 0;
      BufferedWriter out = null;
      try {
        while (written < paragraphs) {
          if (articles % ARTICLES_PER_FILE == 0) {
            if (out != null) {
              out.close();
            }
            out =
                Files.newBufferedWriter(
                    folder.resolve(
                        String.format("generated-%05d.jsonl", articles / ARTICLES_PER_FILE)));
          }
          List<String> body =
              body(random, (int) Math.min(paragraphs - written, 2 + random.nextInt(9)));
          Article title = sources.get(random.nextInt(sources.size()));
          ObjectNode line =
              json.createObjectNode()
                  .put("id", "g" + articles)
                  .put("title", title.title())
                  .put("date", FIRST_DAY.plusDays(random.nextInt(DAYS)).toString())
                  .put("source", "generated");
          line.putPOJO("paragraphs", body);
          out.write(json.writeValueAsString(line));
          out.newLine();
          written += body.size();
          articles++;
        }
      } finally {
        if (out != null) {
          out.close();
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated corpus to " + folder, e);
    }
  }

  /** Consecutive paragraphs from one source, topped up from a second when the first is short. */
  private List<String> body(Random random, int wanted) {
    List<String> body = new ArrayList<>(wanted);
    while (body.size() < wanted) {
      List<String> paragraphs = sources.get(random.nextInt(sources.size())).paragraphs();
      int from = random.nextInt(paragraphs.size());
      for (int p = from; p < paragraphs.size() && body.size() < wanted; p++) {
        body.add(paragraphs.get(p));
      }
    }
    return body;
  }
}
