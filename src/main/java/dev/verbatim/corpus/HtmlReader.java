package dev.verbatim.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML article with jsoup: the title from {@code og:title}, the first {@code <h1>} or
 * {@code <title>}; the date from {@code article:published_time} or {@code <time datetime>}; the
 * paragraphs from the {@code <p>} elements inside {@code <article>} (or the body), with scripts,
 * styles, navigation, headers, footers, asides and forms dropped.
 */
final class HtmlReader implements ArticleReader {

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";

  @Override
  public ArticleBatch read(String id, String text) throws InvalidArticleException {
    Document page = Jsoup.parse(text);
    ArticleFields fields = new ArticleFields();
    fields.titleIfAbsent(nonBlank(meta(page, "og:title")));
    Element h1 = page.selectFirst("h1");
    fields.titleIfAbsent(h1 == null ? null : nonBlank(h1.text()));
    fields.titleIfAbsent(nonBlank(page.title()));
    fields.dateIfAbsent(meta(page, "article:published_time"));
    if (!fields.hasDate()) {
      Element time = page.selectFirst("time[datetime]");
      fields.dateIfAbsent(time == null ? null : time.attr("datetime"));
    }
    fields.put("source", meta(page, "og:site_name"));
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    fields.put("url", canonical != null ? canonical.attr("href") : meta(page, "og:url"));
    fields.put("author", meta(page, "author"));

    page.select(BOILERPLATE).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element paragraph : root.select("p")) {
      paragraphs.add(paragraph.text());
    }
    if (paragraphs.stream().allMatch(String::isBlank)) {
      throw new InvalidArticleException("HTML has no <p> paragraphs with text");
    }
    return ArticleBatch.of(fields.build(id, paragraphs), fields.warnings());
  }

  /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or null. */
  private static String meta(Document page, String name) {
    for (Element meta : page.select("meta[content]")) {
      if (name.equals(meta.attr("property")) || name.equals(meta.attr("name"))) {
        return meta.attr("content");
      }
    }
    return null;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
