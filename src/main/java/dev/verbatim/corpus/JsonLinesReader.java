package dev.verbatim.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a JSON Lines file, one article object per line: {@code id}, {@code title}, {@code date},
 * {@code source}, {@code url}, {@code author}, and {@code text} (paragraphs separated by blank
 * lines, or else by line breaks) or {@code paragraphs} (an array of strings).
 *
 * <p>An article's id is the file's id, a slash, and the line's {@code id} (or its line number), so
 * two files can use the same ids. A broken line is skipped with a warning; the other lines are
 * kept.
 */
final class JsonLinesReader implements ArticleReader {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final String[] METADATA = {
    "title", "date", "source", "publisher", "url", "author"
  };

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public ArticleBatch read(String id, String text) throws InvalidArticleException {
    List<Article> articles = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      try {
        ArticleFields fields = new ArticleFields();
        articles.add(readLine(id, lineNumber, lines[i], fields));
        fields.warnings().forEach(warning -> warnings.add("line " + lineNumber + ": " + warning));
      } catch (InvalidArticleException e) {
        warnings.add("line " + lineNumber + " skipped: " + e.getMessage());
      }
    }
    if (articles.isEmpty()) {
      throw new InvalidArticleException(
          warnings.isEmpty()
              ? "no articles: every line is blank"
              : "no valid line; first problem: " + warnings.get(0));
    }
    return new ArticleBatch(articles, warnings);
  }

  private Article readLine(String fileId, int lineNumber, String line, ArticleFields fields)
      throws InvalidArticleException {
    JsonNode object;
    try {
      object = json.readTree(line);
    } catch (JacksonException e) {
      throw new InvalidArticleException("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (object == null || !object.isObject()) {
      throw new InvalidArticleException("not a JSON object");
    }
    for (String key : METADATA) {
      JsonNode value = object.get(key);
      if (value != null && value.isValueNode()) {
        fields.put(key, value.asText());
      }
    }
    JsonNode lineId = object.get("id");
    String suffix =
        lineId != null && lineId.isValueNode() && !lineId.asText().isBlank()
            ? lineId.asText().strip()
            : String.valueOf(lineNumber);
    return fields.build(fileId + "/" + suffix, paragraphs(object));
  }

  private static List<String> paragraphs(JsonNode object) throws InvalidArticleException {
    JsonNode array = object.get("paragraphs");
    if (array != null && array.isArray()) {
      List<String> paragraphs = new ArrayList<>();
      array.forEach(item -> paragraphs.add(item.isValueNode() ? item.asText() : ""));
      return paragraphs;
    }
    JsonNode text = object.get("text");
    if (text != null && text.isTextual()) {
      String body = text.asText().replace("\r\n", "\n");
      return List.of(
          PARAGRAPH_BREAK.matcher(body).find() ? PARAGRAPH_BREAK.split(body) : body.split("\n"));
    }
    throw new InvalidArticleException("no 'text' string or 'paragraphs' array");
  }
}
