package dev.verbatim.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: an optional block of {@code key: value} header lines or a leading
 * {@code date YYYY-MM-DD} marker, an optional title line, then paragraphs.
 *
 * <p>Paragraphs are separated by blank lines when the file has any; otherwise every line is a
 * paragraph. The first line is taken as the title when it reads like a headline (short, one
 * sentence) and more text follows it; otherwise the title is derived from the first sentence.
 */
final class PlainTextReader implements ArticleReader {

  private static final Pattern HEADER_LINE = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:\\s*(.*)$");
  private static final Pattern DATE_MARKER =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile("\\p{Ll}[.!?][\"”’]?\\s+\\p{Lu}");
  private static final int HEADLINE_MAX_CHARS = 200;
  private static final int HEADLINE_MAX_WORDS = 30;

  @Override
  public ArticleBatch read(String id, String text) throws InvalidArticleException {
    ArticleFields fields = new ArticleFields();
    String body = readHeader(text, fields);
    Matcher marker = DATE_MARKER.matcher(body);
    if (marker.find()) {
      fields.dateIfAbsent(marker.group(1));
      body = body.substring(marker.end());
    }
    List<List<String>> blocks = blocks(body.strip());
    List<String> paragraphs = new ArrayList<>();
    boolean textFollowsFirstLine =
        !blocks.isEmpty() && (blocks.size() > 1 || blocks.get(0).size() > 1);
    if (textFollowsFirstLine && isHeadline(blocks.get(0).get(0))) {
      fields.titleIfAbsent(blocks.get(0).get(0).replaceAll("[;:,\\s]+$", ""));
      List<String> rest = blocks.get(0).subList(1, blocks.get(0).size());
      if (!rest.isEmpty()) {
        paragraphs.add(String.join(" ", rest));
      }
      blocks = blocks.subList(1, blocks.size());
    }
    for (List<String> block : blocks) {
      paragraphs.add(String.join(" ", block));
    }
    return ArticleBatch.of(fields.build(id, paragraphs), fields.warnings());
  }

  /**
   * Consumes leading {@code key: value} lines naming known fields; returns the rest of the text.
   */
  private static String readHeader(String text, ArticleFields fields) {
    String[] lines = text.split("\n", -1);
    int consumed = 0;
    List<String[]> pairs = new ArrayList<>();
    while (consumed < lines.length) {
      Matcher line = HEADER_LINE.matcher(lines[consumed]);
      if (!line.matches() || !ArticleFields.isKnownKey(line.group(1))) {
        break;
      }
      pairs.add(new String[] {line.group(1), line.group(2)});
      consumed++;
    }
    boolean headerEnds = consumed == lines.length || lines[consumed].isBlank();
    if (pairs.isEmpty() || !headerEnds) {
      return text;
    }
    pairs.forEach(pair -> fields.put(pair[0], pair[1]));
    return String.join("\n", Arrays.asList(lines).subList(consumed, lines.length));
  }

  /**
   * Splits the body into blocks of non-empty lines: by blank lines if there are any, else one per
   * line.
   */
  private static List<List<String>> blocks(String body) {
    List<List<String>> blocks = new ArrayList<>();
    if (body.isEmpty()) {
      return blocks;
    }
    if (BLANK_LINE.matcher(body).find()) {
      for (String block : BLANK_LINE.split(body)) {
        List<String> lines = nonBlankLines(block);
        if (!lines.isEmpty()) {
          blocks.add(lines);
        }
      }
    } else {
      for (String line : nonBlankLines(body)) {
        blocks.add(List.of(line));
      }
    }
    return blocks;
  }

  private static List<String> nonBlankLines(String block) {
    List<String> lines = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** A headline is short and a single sentence: no sentence break inside it. */
  static boolean isHeadline(String line) {
    return line.length() <= HEADLINE_MAX_CHARS
        && line.split("\\s+").length <= HEADLINE_MAX_WORDS
        && !INNER_SENTENCE_END.matcher(line).find();
  }
}
