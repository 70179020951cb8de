package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  @Test
  void readsMetadataAndArticleParagraphs() throws Exception {
    String html =
        """
        <html><head>
          <title>Site | Budget passes</title>
          <meta property="og:title" content="Budget passes">
          <meta property="article:published_time" content="2024-03-05T10:00:00Z">
          <meta property="og:site_name" content="Daily Planet">
          <link rel="canonical" href="https://example.org/budget">
          <script>var p = "<p>not text</p>";</script>
        </head><body>
          <nav><p>Home | News</p></nav>
          <article><h1>Budget passes</h1>
            <p>The budget &amp; the plan passed.</p>
            <p>“It is done,” the mayor <em>said</em>.</p>
            <aside><p>Related stories</p></aside>
          </article>
          <footer><p>© Daily Planet</p></footer>
        </body></html>
        """;

    Article article = reader.read("a", html).articles().get(0);

    assertEquals("Budget passes", article.title());
    assertEquals(LocalDate.of(2024, 3, 5), article.date());
    assertEquals("Daily Planet", article.source());
    assertEquals("https://example.org/budget", article.url());
    assertEquals(
        List.of("The budget & the plan passed.", "“It is done,” the mayor said."),
        article.paragraphs());
  }

  @Test
  void fallsBackToH1TitleAndTimeElementAndBody() throws Exception {
    String html =
        "<body><h1>Heading</h1><time datetime=\"2023-12-31\">Dec 31</time><p>Only paragraph.</p></body>";

    Article article = reader.read("a", html).articles().get(0);

    assertEquals("Heading", article.title());
    assertEquals(LocalDate.of(2023, 12, 31), article.date());
    assertEquals(List.of("Only paragraph."), article.paragraphs());
  }

  @Test
  void rejectsPageWithoutParagraphs() {
    assertThrows(
        InvalidArticleException.class,
        () -> reader.read("a", "<html><body><div>no paragraphs</div></body></html>"));
  }
}
