package dev.verbatim.cli;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.ArticleBatch;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.corpus.InvalidArticleException;
import dev.verbatim.index.BuildResult;
import dev.verbatim.index.IndexBuilder;
import dev.verbatim.quotes.QuoteFinder;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wires one build: each corpus file is read, each changed article goes through the quote finder
 * into the index builder, and problems are reported as they happen. Commits only when at least one
 * article was read.
 */
final class CorpusIndexer {

  /** A file or part of a file that was skipped, and why. */
  record Problem(String file, String reason) {}

  /** What a build did; {@code result} is null when nothing usable was read and nothing was committed. */
  record Outcome(BuildResult result, int files, int articlesRead, List<Problem> skipped) {}

  private final Corpus corpus;
  private final QuoteFinder finder;
  private final Consumer<Problem> onProblem;

  CorpusIndexer(Corpus corpus, QuoteFinder finder, Consumer<Problem> onProblem) {
    this.corpus = corpus;
    this.finder = finder;
    this.onProblem = onProblem;
  }

  Outcome run(List<Path> files, IndexBuilder builder, Progress progress) {
    List<Problem> skipped = new ArrayList<>();
    int articlesRead = 0;
    for (Path file : files) {
      String name = corpus.displayName(file);
      try {
        ArticleBatch batch = corpus.read(file);
        batch.warnings().forEach(warning -> onProblem.accept(new Problem(name, warning)));
        for (Article article : batch.articles()) {
          articlesRead += index(article, builder, name, skipped);
        }
      } catch (InvalidArticleException | UncheckedIOException e) {
        skip(new Problem(name, e.getMessage()), skipped);
        builder.keep(corpus.articleId(file));
      }
      progress.step();
    }
    BuildResult result = articlesRead == 0 ? null : builder.commit();
    return new Outcome(result, files.size(), articlesRead, skipped);
  }

  private int index(Article article, IndexBuilder builder, String file, List<Problem> skipped) {
    if (builder.isUnchanged(article)) {
      builder.keep(article.id());
      return 1;
    }
    try {
      builder.add(article, finder.find(article));
      return 1;
    } catch (IllegalArgumentException duplicate) {
      skip(new Problem(file, duplicate.getMessage()), skipped);
      return 0;
    }
  }

  private void skip(Problem problem, List<Problem> skipped) {
    skipped.add(problem);
    onProblem.accept(problem);
  }
}
