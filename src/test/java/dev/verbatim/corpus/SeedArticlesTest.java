package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seed articles in corpus/, read exactly. */
class SeedArticlesTest {

  private final Corpus corpus = new Corpus(Path.of("corpus"));

  private Article read(String file) throws InvalidArticleException {
    ArticleBatch batch = corpus.read(corpus.root().resolve(file));
    assertEquals(1, batch.articles().size());
    assertEquals(List.of(), batch.warnings());
    return batch.articles().get(0);
  }

  @Test
  void readsTitleLineThenOneParagraphPerLine() throws Exception {
    Article article = read("000_590e9303d48f5539.txt");

    assertEquals("000_590e9303d48f5539", article.id());
    assertEquals(
        "Musk and Altman Clash on Social Media After ChatGPT Co-Creator’s White House Appearance",
        article.title());
    assertNull(article.date());
    assertEquals(11, article.paragraphs().size(), "the dek and ten body paragraphs");
    assertTrue(
        article.paragraphs().get(0).startsWith("Altman, OpenAI’s CEO, joined Trump"),
        "the dek is the first paragraph");
    assertTrue(
        article.paragraphs().get(1).startsWith("SAN FRANCISCO — A heated exchange"),
        "the dateline stays in its paragraph");
    assertTrue(article.paragraphs().get(10).endsWith("the battle for AI dominance."));
  }

  @Test
  void readsDateMarkerAsMetadataAndDerivesTitle() throws Exception {
    Article article = read("004_a6f5ed7597a8b164.txt");

    assertEquals(LocalDate.of(2025, 1, 25), article.date());
    assertEquals("Sam Altman and Elon Musk aren’t friends.", article.title());
    assertEquals(6, article.paragraphs().size());
    assertTrue(
        article.paragraphs().get(0).startsWith("Sam Altman and Elon Musk aren’t friends."),
        "the date marker is not text");
    assertTrue(
        article
            .paragraphs()
            .get(2)
            .contains(
                "on hand. https://twitter.com/sama/status/1882106524090482701 Pushing back again"),
        "the URL stays in its paragraph");
    assertTrue(article.paragraphs().get(5).startsWith("Is Sam Altman trolling Elon Musk?"));
  }
}
