package dev.verbatim.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.corpus.Article;
import dev.verbatim.corpus.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every quotation in the two seed articles, with its full-name speaker and cue, and nothing else.
 */
class SeedQuotesTest {

  private final Corpus corpus = new Corpus(Path.of("corpus"));
  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String file) throws Exception {
    Article article = corpus.read(corpus.root().resolve(file)).articles().get(0);
    return finder.find(article).stream()
        .map(q -> q.paragraph() + " | " + q.speaker() + " | " + q.cue() + " | " + q.text())
        .toList();
  }

  @Test
  void findsEveryQuotationOfTheFirstSeed() throws Exception {
    assertEquals(
        List.of(
            "2 | Elon Musk | claimed | They don’t actually have the money",
            "2 | Elon Musk | asserting | SoftBank has well under $10B secured. I have that on good authority",
            "3 | Sam Altman | wrote | I genuinely respect your accomplishments and think you are the most inspiring entrepreneur of our time",
            "3 | Sam Altman | adding | I realize what is great for the country isn’t always what’s optimal for your companies, but in your new role, I hope you’ll mostly put [America] first",
            "4 | Donald Trump | said | But I have certain hatreds of people, too",
            "6 | Sam Altman | wrote | Watching @POTUS more carefully recently has really changed my perspective on him. I wish I had done more of my own thinking",
            "6 | Sam Altman | wrote | I’m not going to agree with him on everything, but I think he will be incredible for the country in many ways!",
            "7 | Sam Altman | mocking | just one more mean tweet and then maybe you’ll love yourself…"),
        quotes("000_590e9303d48f5539.txt"));
  }

  @Test
  void findsEveryQuotationOfTheSecondSeed() throws Exception {
    assertEquals(
        List.of(
            "1 | Elon Musk | replied | They don’t actually have the money",
            "2 | Sam Altman | replied | i genuinely respect your accomplishments and think you are the most inspiring entrepreneur of our time",
            "2 | Elon Musk | posting | on good authority",
            "2 | Sam Altman | pointed out | what is great for the country isn’t always what’s optimal for your companies, but in your new role i hope you’ll mostly put [America] first.",
            "2 | Sam Altman | posted | just one more mean tweet and then maybe you’ll love yourself…",
            "4 | Elon Musk | saying | digital town square."),
        quotes("004_a6f5ed7597a8b164.txt"));
  }

  @Test
  void offsetsPointAtTheQuotationInItsParagraph() throws Exception {
    Article article =
        corpus.read(corpus.root().resolve("000_590e9303d48f5539.txt")).articles().get(0);

    for (Quote quote : finder.find(article)) {
      assertEquals(
          quote.text(),
          article.paragraphs().get(quote.paragraph()).substring(quote.start(), quote.end()));
    }
  }
}
