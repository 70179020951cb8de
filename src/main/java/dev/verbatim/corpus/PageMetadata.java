package dev.verbatim.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An HTML page's metadata, each field from the most trusted place that has it: the title from
 * {@code og:title}, the article's {@code <h1>}, or {@code <title>} without the site's name; the
 * date from {@code article:published_time}, JSON-LD {@code datePublished}, or {@code <time
 * datetime>}; the author from JSON-LD, {@code <meta name=author>}, or a byline; the source from
 * {@code og:site_name} (or JSON-LD's publisher); the canonical URL. Read before the page is
 * cleaned: JSON-LD lives in scripts.
 */
final class PageMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a site's name is set apart from the headline in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]+\\s+");

  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");

  private PageMetadata() {}

  static void read(Document page, ArticleFields fields) {
    List<JsonNode> linked = linkedData(page);
    String source = first(meta(page, "og:site_name"), text(linked, "publisher", "name"));
    fields.put("source", source);
    fields.titleIfAbsent(withoutSiteName(unescape(meta(page, "og:title")), source, false));
    Element h1 = page.selectFirst("article h1, main h1, h1");
    fields.titleIfAbsent(h1 == null ? null : nonBlank(h1.text()));
    fields.titleIfAbsent(withoutSiteName(page.title(), source, true));
    fields.dateIfAbsent(meta(page, "article:published_time"));
    fields.dateIfAbsent(text(linked, "datePublished"));
    if (!fields.hasDate()) {
      Element time = page.selectFirst("time[datetime]");
      fields.dateIfAbsent(time == null ? null : time.attr("datetime"));
    }
    fields.put("author", first(text(linked, "author", "name"), meta(page, "author"), byline(page)));
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    fields.put("url", canonical != null ? canonical.attr("href") : meta(page, "og:url"));
  }

  /**
   * {@code title} less the site's name that follows or leads it after a separator; when the name is
   * not found and {@code nameLast}, the last part is taken for it ({@code <title>}s end so).
   */
  static String withoutSiteName(String title, String siteName, boolean nameLast) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length < 2) {
      return title.strip();
    }
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (siteName == null || !part.equalsIgnoreCase(siteName.strip())) {
        kept.add(part);
      }
    }
    if (kept.size() == parts.length) {
      if (!nameLast) {
        return title.strip();
      }
      kept.remove(kept.size() - 1);
    }
    String longest = "";
    for (String part : kept) {
      longest = part.length() > longest.length() ? part : longest;
    }
    return longest.isEmpty() ? title.strip() : longest;
  }

  /** The JSON-LD objects of the page, those in {@code @graph}s and arrays included. */
  private static List<JsonNode> linkedData(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), objects);
      } catch (JsonProcessingException malformed) {
        // a page's broken JSON-LD says nothing; the other sources still do
      }
    }
    return objects;
  }

  private static void collect(JsonNode node, List<JsonNode> objects) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> collect(element, objects));
    } else if (node.isObject()) {
      objects.add(node);
      collect(node.get("@graph"), objects);
    }
  }

  /**
   * The first text at {@code field} (then {@code inner} inside it, when it is an object or an array
   * of them) in {@code objects}; several authors are joined with commas.
   */
  private static String text(List<JsonNode> objects, String field, String... inner) {
    for (JsonNode object : objects) {
      JsonNode value = object.get(field);
      if (value == null) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      for (JsonNode each : value.isArray() ? value : List.of(value)) {
        JsonNode leaf = each.isObject() && inner.length > 0 ? each.get(inner[0]) : each;
        if (leaf != null && leaf.isTextual() && !leaf.asText().isBlank()) {
          texts.add(leaf.asText().strip());
        }
      }
      if (!texts.isEmpty()) {
        return String.join(", ", texts);
      }
    }
    return null;
  }

  /** The text of the page's byline, without its "By", or null. */
  private static String byline(Document page) {
    Element byline = page.selectFirst("[rel=author], [itemprop=author], .byline, .author-name");
    if (byline == null) {
      return null;
    }
    String text = BY.matcher(byline.text().strip()).replaceFirst("");
    return text.isEmpty() || text.length() > 100 ? null : text;
  }

  /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or null. */
  private static String meta(Document page, String name) {
    for (Element meta : page.select("meta[content]")) {
      if (name.equals(meta.attr("property").toLowerCase(Locale.ROOT))
          || name.equals(meta.attr("name").toLowerCase(Locale.ROOT))) {
        return nonBlank(meta.attr("content"));
      }
    }
    return null;
  }

  /** Undoes the second escaping some sites give meta content (an ampersand escaped twice). */
  private static String unescape(String value) {
    return value == null ? null : Parser.unescapeEntities(value, true);
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
