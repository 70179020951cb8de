package dev.verbatim.corpus;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved web page with jsoup: its metadata ({@link PageMetadata}) and its article's
 * paragraphs ({@link ArticleBody}). A page with no article text is skipped, with that reason.
 */
final class HtmlReader implements ArticleReader {

  @Override
  public ArticleBatch read(String id, String text) throws InvalidArticleException {
    Document page = Jsoup.parse(text);
    ArticleFields fields = new ArticleFields();
    PageMetadata.read(page, fields);
    List<String> paragraphs = ArticleBody.paragraphs(page);
    if (paragraphs.isEmpty()) {
      throw new InvalidArticleException("the page has no article text");
    }
    return ArticleBatch.of(fields.build(id, paragraphs), fields.warnings());
  }
}
