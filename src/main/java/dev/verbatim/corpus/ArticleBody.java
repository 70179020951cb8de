package dev.verbatim.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a saved web page and reads it as paragraphs, the way Readability and
 * trafilatura do: what is never article text goes (scripts, navigation, forms, figures and their
 * captions, and blocks whose class or id says comments, sharing, related links, newsletter boxes or
 * bylines); every block of text scores its parent and grandparent by its length and commas; the
 * best-scoring container, less the share of its text that is links, is the article, with those of
 * its siblings that score near it. Its headings, paragraphs, list items, quotes and text in plain
 * {@code <div>}s (split at {@code <br><br>}) become paragraphs in order; link lists, labels such as
 * "Advertisement", and pull quotes that repeat the body are dropped.
 */
final class ArticleBody {

  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, iframe, button, input, select, textarea,"
          + " nav, footer, aside, figure, figcaption, picture, video, audio, canvas, object, embed,"
          + " dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";

  /**
   * Classes and ids of blocks that are never the article: comments, sharing, related links,
   * newsletter boxes, bylines, captions (Readability's list, and a few more).
   */
  private static final Pattern NOT_ARTICLE =
      Pattern.compile(
          "-ad-|ai2html|breadcrumb|comment|disqus|gdpr|related|replies|rss|shoutbox|skyscraper"
              + "|social|sponsor|ad-break|agegate|popup|yom-remote|share|sharing|newsletter|promo"
              + "|subscribe|signup|byline|outbrain|taboola|recirc|trending|most-popular|cookie"
              + "|caption|credit",
          Pattern.CASE_INSENSITIVE);

  /**
   * Classes and ids of page layout that usually holds no article, but sometimes wraps it (a
   * "sidebar-container" around the whole page): removed unless they hold paragraphs of text, as are
   * forms (a sign-up box, or an ASP.NET page that is one form).
   */
  private static final Pattern LAYOUT =
      Pattern.compile(
          "banner|combx|community|cover-wrap|extra|footer|header|legends|menu|remark|sidebar"
              + "|supplemental|pagination|pager|tags|toolbar|widget",
          Pattern.CASE_INSENSITIVE);

  /**
   * Paragraphs of text, or characters of text outside links, that keep a layout block ({@link
   * #LAYOUT}) in the page: a blog's "widget" may be its post.
   */
  private static final int TEXT_RICH_PARAGRAPHS = 3;

  private static final int TEXT_RICH_CHARS = 100;

  private static final int TEXT_RICH_UNLINKED_CHARS = 400;

  private static final Pattern MAYBE =
      Pattern.compile(
          "and|article|body|column|content|main|shadow|story|entry|post", Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
              + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
              + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
          Pattern.CASE_INSENSITIVE);

  /** Short lines that label page furniture, not text. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(advertisement|advertising|ad|sponsored|read more|continue reading|share( this)?"
              + "( article| story)?|related( stories| articles| content)?|sign up.*|subscribe.*"
              + "|follow us.*|click here.*|image( source)?:.*|photo:.*|getty images|comments?"
              + "|more from .*|recommended( for you)?|you may also like|loading.*)[.:!]?",
          Pattern.CASE_INSENSITIVE);

  /** Tags whose text flows within a paragraph. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
          "wbr", "ins", "del", "label", "strike", "tt", "big", "nobr");

  private static final Set<String> TEXT_BLOCKS =
      Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "dd", "td");

  private static final int MIN_BLOCK_CHARS = 25;
  private static final double MAX_LINK_DENSITY = 0.5;

  /** Shorter paragraphs are kept even when a longer one holds them: a heading, a short line. */
  private static final int MIN_REPEAT_CHARS = 20;

  /** Paragraph count up to which a paragraph held inside another is dropped as a repeat. */
  private static final int REPEAT_CHECK_LIMIT = 2000;

  private ArticleBody() {}

  /** The article's paragraphs in {@code page} (which is changed), empty when it has none. */
  static List<String> paragraphs(Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    body.select(NEVER_TEXT).remove();
    removeUnlikely(body);
    List<Element> content = content(body);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element element : content) {
      new Walker(paragraphs).walk(element);
    }
    return keep(paragraphs);
  }

  private static void removeUnlikely(Element body) {
    List<Element> unlikely = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      String tag = element.normalName();
      if (element.equals(body) || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
        continue;
      }
      String names = element.className() + " " + element.id();
      if (names.isBlank() && !tag.equals("form")) {
        continue;
      }
      if (MAYBE.matcher(names).find() || element.selectFirst("article, main") != null) {
        continue;
      }
      boolean layout = LAYOUT.matcher(names).find() || tag.equals("form");
      if (NOT_ARTICLE.matcher(names).find() || (layout && !isTextRich(element))) {
        unlikely.add(element);
      }
    }
    unlikely.forEach(Element::remove); // a removed element's descendants go with it
  }

  private static boolean isTextRich(Element element) {
    int paragraphs = 0;
    for (Element paragraph : element.select("p")) {
      if (paragraph.text().length() >= TEXT_RICH_CHARS && ++paragraphs >= TEXT_RICH_PARAGRAPHS) {
        return true;
      }
    }
    return element.text().length() - linkedChars(element) >= TEXT_RICH_UNLINKED_CHARS;
  }

  /** The article's container and the siblings that score near it; the body when none scores. */
  private static List<Element> content(Element body) {
    Map<Element, Double> scores = new HashMap<>(); // jsoup nodes are equal only to themselves
    for (Element block : body.getAllElements()) {
      if (!isTextBlock(block)) {
        continue;
      }
      String text = block.text();
      if (text.length() < MIN_BLOCK_CHARS) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = block.parent();
      for (int level = 0; level < 3 && ancestor != null; level++) {
        scores.computeIfAbsent(ancestor, ArticleBody::initialScore);
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / share, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    Map<Element, Double> finals = new HashMap<>();
    for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
      double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
      finals.put(candidate.getKey(), score);
      if (top == null || score > best) {
        top = candidate.getKey();
        best = score;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling.equals(top)
          || finals.getOrDefault(sibling, 0.0) >= threshold
          || isLoneParagraph(sibling)) {
        content.add(sibling);
      }
    }
    return content;
  }

  /** A paragraph beside the article's container that reads as article text. */
  private static boolean isLoneParagraph(Element element) {
    if (!element.normalName().equals("p")) {
      return false;
    }
    String text = element.text();
    double links = linkDensity(element);
    return (text.length() > 80 && links < 0.25)
        || (!text.isEmpty() && links == 0 && text.matches("(?s).*[.!?][\"”’']?$"));
  }

  private static boolean isTextBlock(Element element) {
    String tag = element.normalName();
    if (TEXT_BLOCKS.contains(tag)) {
      return true;
    }
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) {
      return false;
    }
    int own = 0; // a div holding text of its own, not in blocks: a paragraph without <p>
    for (TextNode text : element.textNodes()) {
      own += text.text().strip().length();
    }
    return own >= MIN_BLOCK_CHARS;
  }

  private static double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    for (String names : List.of(element.className(), element.id())) {
      if (!names.isEmpty()) {
        score += NEGATIVE.matcher(names).find() ? -25 : 0;
        score += POSITIVE.matcher(names).find() ? 25 : 0;
      }
    }
    return score;
  }

  private static int commas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        commas++;
      }
    }
    return commas;
  }

  /** The share of {@code element}'s text that is inside links. */
  private static double linkDensity(Element element) {
    int length = element.text().length();
    return length == 0 ? 0 : Math.min(1, (double) linkedChars(element) / length);
  }

  /** How many characters of {@code element}'s text are inside links. */
  private static int linkedChars(Element element) {
    int linked = 0;
    for (Element link : element.select("a")) {
      linked += link.text().length();
    }
    return linked;
  }

  /** A paragraph's text and how much of it was link text. */
  private record Paragraph(String text, int linked) {}

  /** Reads blocks of text in document order, splitting at block elements and double breaks. */
  private static final class Walker {

    private final List<Paragraph> paragraphs;
    private final StringBuilder text = new StringBuilder();
    private int linked;
    private int linkDepth;
    private boolean lastWasBreak;

    Walker(List<Paragraph> paragraphs) {
      this.paragraphs = paragraphs;
    }

    void walk(Node node) {
      visit(node);
      flush();
    }

    private void visit(Node node) {
      if (node instanceof TextNode textNode) {
        String words = textNode.getWholeText();
        if (!words.isBlank()) {
          lastWasBreak = false;
        }
        text.append(words);
        if (linkDepth > 0) {
          linked += words.strip().length();
        }
        return;
      }
      if (!(node instanceof Element element)) {
        return;
      }
      String tag = element.normalName();
      if (tag.equals("br")) {
        if (lastWasBreak) {
          flush();
        } else {
          text.append(' ');
          lastWasBreak = true;
        }
        return;
      }
      if (tag.equals("h1")) {
        flush(); // the headline is the article's title, read apart
        return;
      }
      boolean inline = INLINE.contains(tag);
      if (!inline) {
        flush();
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      for (Node child : element.childNodes()) {
        visit(child);
      }
      if (tag.equals("a")) {
        linkDepth--;
      }
      if (!inline) {
        flush();
      }
    }

    private void flush() {
      String paragraph = text.toString().replaceAll("\\s+", " ").strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(new Paragraph(paragraph, Math.min(linked, paragraph.length())));
      }
      text.setLength(0);
      linked = 0;
      lastWasBreak = false;
    }
  }

  /** A paragraph's words, lower case, without punctuation: a pull quote drops the quote marks. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The paragraphs that are text: not mostly links, not a label, not a repeat of a paragraph
   * already kept or held inside a longer one (a pull quote).
   */
  private static List<String> keep(List<Paragraph> paragraphs) {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      if ((double) paragraph.linked() / text.length() > MAX_LINK_DENSITY
          || (text.length() < 60 && LABEL.matcher(text).matches())
          || !seen.add(text.toLowerCase(Locale.ROOT))) {
        continue;
      }
      kept.add(text);
    }
    if (kept.size() > REPEAT_CHECK_LIMIT) {
      return kept;
    }
    List<String> words = kept.stream().map(ArticleBody::words).toList();
    List<String> unrepeated = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      String these = words.get(i);
      boolean repeat = false;
      if (these.length() >= MIN_REPEAT_CHARS) {
        for (String other : words) {
          if (other.length() > these.length() && other.contains(these)) {
            repeat = true;
            break;
          }
        }
      }
      if (!repeat) {
        unrepeated.add(kept.get(i));
      }
    }
    return unrepeated;
  }
}
