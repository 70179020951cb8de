package dev.verbatim.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a Markdown article that opens with a YAML front matter block ({@code title}, {@code date},
 * {@code source}, {@code url}, {@code author}); every Markdown paragraph becomes a paragraph of
 * plain text, and the first level-1 heading is the title when the front matter has none.
 */
final class MarkdownReader implements ArticleReader {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);

  private final Parser parser = Parser.builder().build();
  private final LoadSettings yamlSettings =
      LoadSettings.builder().setAllowDuplicateKeys(true).build();

  @Override
  public ArticleBatch read(String id, String text) throws InvalidArticleException {
    Matcher frontMatter = FRONT_MATTER.matcher(text);
    if (!frontMatter.find()) {
      throw new InvalidArticleException(
          "Markdown has no YAML front matter; start the file with ---, lines like 'title: …' and 'date: YYYY-MM-DD', then ---");
    }
    ArticleFields fields = new ArticleFields();
    for (Map.Entry<?, ?> entry : parseYaml(frontMatter.group(1)).entrySet()) {
      if (entry.getKey() != null && entry.getValue() != null) {
        fields.put(entry.getKey().toString(), entry.getValue().toString());
      }
    }
    List<String> paragraphs = new ArrayList<>();
    parser
        .parse(text.substring(frontMatter.end()))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                  fields.titleIfAbsent(render(heading));
                }
              }

              @Override
              public void visit(Paragraph paragraph) {
                paragraphs.add(render(paragraph));
              }
            });
    return ArticleBatch.of(fields.build(id, paragraphs), fields.warnings());
  }

  private Map<?, ?> parseYaml(String yaml) throws InvalidArticleException {
    Object parsed;
    try {
      parsed = new Load(yamlSettings).loadFromString(yaml);
    } catch (YamlEngineException e) {
      throw new InvalidArticleException(
          "front matter is not valid YAML: " + firstLine(e.getMessage()));
    }
    if (parsed == null) {
      return Map.of();
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new InvalidArticleException(
          "front matter must be 'key: value' lines, not a " + parsed.getClass().getSimpleName());
    }
    return map;
  }

  /**
   * The node's words: text and code spans; links keep their text, raw HTML and images are dropped.
   */
  private static String render(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(Image image) {
            // alt text is not article text
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            text.append(' ');
          }
        });
    return text.toString().strip();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
