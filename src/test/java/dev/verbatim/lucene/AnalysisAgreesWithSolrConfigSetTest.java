package dev.verbatim.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import dev.verbatim.search.Spellings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The embedded analysis and the Solr configset's, built here from {@code schema.xml} with the same
 * stock filters Solr uses, give the same terms at the same positions and offsets: searches find the
 * same words on both backends.
 */
class AnalysisAgreesWithSolrConfigSetTest {

  private static final List<String> TRICKY =
      List.of(
          "The U.S. and the U.K.'s e-mail co-operation per cent organisations.",
          "US and us, NATO's favourite centre; Don't e-mails. IT WAS A.B.C.D.E. and U.S.A.",
          "Per cent, per per cent, on on-line, e e-mail, co co-operate, PER CENT, e-MAIL.",
          "ÉTÉ, Ünited ÖL, ab.cd, a.b, A., 3.5, G7, COVID-19, snake_case, U.S.-led, x.y.z.w.v",
          "She co-ordinated the re-election; pre-empted it on-line, per cent.");

  @Test
  void embeddedAnalysisGivesTheTermsOfTheSolrConfigSet() throws Exception {
    List<String> texts = new ArrayList<>(TRICKY);
    Corpus seeds = new Corpus(Path.of("corpus"));
    for (Path file : seeds.files()) {
      for (Article article : seeds.read(file).articles()) {
        texts.add(article.title());
        texts.addAll(article.paragraphs());
      }
    }
    Map<String, Map<String, Analyzer>> solr = solrAnalyzers();

    // each field of ours and the Solr type that analyses it
    for (var field : Map.of(Schema.TEXT, "text_verbatim", Schema.SPEAKER, "text_name").entrySet()) {
      Map<String, Analyzer> type = solr.get(field.getValue());
      for (String text : texts) {
        assertEquals(
            terms(type.get("index"), field.getKey(), text),
            terms(TextAnalysis.forIndex(), field.getKey(), text),
            text);
        assertEquals(
            terms(type.get("query"), field.getKey(), text),
            terms(TextAnalysis.forQuery(), field.getKey(), text),
            text);
      }
    }
  }

  /** The configset's text types' analyzers, by type name and then index or query. */
  private static Map<String, Map<String, Analyzer>> solrAnalyzers() throws Exception {
    Map<String, Map<String, Analyzer>> analyzers = new HashMap<>();
    try (InputStream schema = resource("/dev/verbatim/solr/configset/schema.xml")) {
      NodeList types =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(schema)
              .getElementsByTagName("fieldType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        NodeList parts = type.getElementsByTagName("analyzer");
        for (int j = 0; j < parts.getLength(); j++) {
          Element analyzer = (Element) parts.item(j);
          analyzers
              .computeIfAbsent(type.getAttribute("name"), name -> new HashMap<>())
              .put(analyzer.getAttribute("type"), custom(analyzer));
        }
      }
    }
    return analyzers;
  }

  private static InputStream resource(String resource) {
    return AnalysisAgreesWithSolrConfigSetTest.class.getResourceAsStream(resource);
  }

  private static Analyzer custom(Element analyzer) throws IOException {
    // The configset's variants.txt is the one beside Spellings in the jar.
    CustomAnalyzer.Builder builder =
        CustomAnalyzer.builder(new ClasspathResourceLoader(Spellings.class));
    NodeList steps = analyzer.getChildNodes();
    for (int i = 0; i < steps.getLength(); i++) {
      if (steps.item(i) instanceof Element step) {
        Map<String, String> params = new HashMap<>();
        for (int k = 0; k < step.getAttributes().getLength(); k++) {
          var attribute = step.getAttributes().item(k);
          if (!attribute.getNodeName().equals("name")) {
            params.put(attribute.getNodeName(), attribute.getNodeValue());
          }
        }
        if (step.getTagName().equals("tokenizer")) {
          builder.withTokenizer(step.getAttribute("name"), params);
        } else {
          builder.addTokenFilter(step.getAttribute("name"), params);
        }
      }
    }
    return builder.build();
  }

  /** Each term with its position and offsets: {@code 3:us_[4,8]}. */
  private static List<String> terms(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(
            position + ":" + term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      stream.end();
    }
    return terms;
  }
}
