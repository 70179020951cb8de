package dev.verbatim.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects an article's metadata from whatever key/value form a file gives (header lines, YAML
 * front matter, HTML meta tags, a JSON object) and builds the {@link Article}.
 */
final class ArticleFields {

  private static final Pattern ISO_DATE =
      Pattern.compile("^(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:$|[T\\s])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“‘'])");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\b\\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|No|vs)$");
  private static final int TITLE_MAX_CHARS = 100;

  private String title = "";
  private LocalDate date;
  private String source = "";
  private String url = "";
  private String author = "";
  private final List<String> warnings = new ArrayList<>();

  /** Returns true when {@code key} names a field this class keeps (case-insensitive). */
  static boolean isKnownKey(String key) {
    return field(key) != null;
  }

  /** Sets the field {@code key} names; unknown keys and blank values are ignored. */
  void put(String key, String value) {
    String field = field(key);
    if (field == null || value == null || value.isBlank()) {
      return;
    }
    String clean = value.strip();
    switch (field) {
      case "title" -> title = clean;
      case "date" -> date(clean);
      case "source" -> source = clean;
      case "url" -> url = clean;
      case "author" -> author = clean;
      default -> throw new AssertionError(field);
    }
  }

  /** Sets the title unless one is already set. */
  void titleIfAbsent(String candidate) {
    if (title.isEmpty() && candidate != null) {
      title = candidate.strip();
    }
  }

  /** Sets the date unless one is already set; an unparseable value is ignored with a warning. */
  void dateIfAbsent(String candidate) {
    if (date == null && candidate != null && !candidate.isBlank()) {
      date(candidate.strip());
    }
  }

  boolean hasDate() {
    return date != null;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<String> warnings() {
    return warnings;
  }

  /** Builds the article, deriving a title from the first sentence when none was given. */
  Article build(String id, List<String> paragraphs) throws InvalidArticleException {
    List<String> clean = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String collapsed = collapseWhitespace(paragraph);
      if (!collapsed.isEmpty()) {
        clean.add(collapsed);
      }
    }
    if (clean.isEmpty()) {
      throw new InvalidArticleException("no text: the file has no paragraphs");
    }
    String finalTitle = title.isEmpty() ? deriveTitle(clean.get(0)) : collapseWhitespace(title);
    return new Article(id, finalTitle, date, source, url, author, clean);
  }

  /**
   * The first sentence of {@code paragraph}, shortened at a word boundary to about 100 characters.
   */
  static String deriveTitle(String paragraph) {
    String sentence = paragraph;
    Matcher end = SENTENCE_END.matcher(paragraph);
    while (end.find()) {
      if (!ABBREVIATION.matcher(paragraph.substring(0, end.start())).find()) {
        sentence = paragraph.substring(0, end.end());
        break;
      }
    }
    if (sentence.length() <= TITLE_MAX_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', TITLE_MAX_CHARS);
    return sentence.substring(0, cut > 0 ? cut : TITLE_MAX_CHARS).replaceAll("[\\s,;:—–-]+$", "")
        + "…";
  }

  /**
   * One space for every run of white space, no-break spaces included. Loops: it runs on every
   * paragraph.
   */
  static String collapseWhitespace(String text) {
    return isCollapsed(text) ? text : collapse(text);
  }

  /**
   * True when {@link #collapse} would change nothing, as for most paragraphs: copying them costs.
   */
  private static boolean isCollapsed(String text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i == 0 || i == last || text.charAt(i - 1) == ' ' : isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII, most characters, without the Unicode tables
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private void date(String raw) {
    Matcher matcher = ISO_DATE.matcher(raw);
    if (matcher.find()) {
      try {
        date = LocalDate.parse(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3));
        return;
      } catch (DateTimeParseException e) {
        // falls through to the warning
      }
    }
    warnings.add(
        "date '" + raw + "' is not an ISO date (YYYY-MM-DD); the article is kept without a date");
  }

  private static String field(String key) {
    if (key == null) {
      return null;
    }
    return switch (key.strip().toLowerCase(Locale.ROOT)) {
      case "title", "headline" -> "title";
      case "date", "published", "published_at", "pubdate" -> "date";
      case "source", "publisher", "site" -> "source";
      case "url", "link" -> "url";
      case "author", "byline", "by" -> "author";
      default -> null;
    };
  }
}
