package dev.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static final String STORY =
      "<p>The council met on Tuesday to vote on the budget, which had been delayed twice.</p>"
          + "<p>“We finally have a plan,” the mayor said, as members of the public applauded.</p>"
          + "<p>Opponents said the cuts to libraries, parks and buses went too far this time.</p>";

  private final HtmlReader reader = new HtmlReader();

  private Article read(String html) throws InvalidArticleException {
    return reader.read("a", html).articles().get(0);
  }

  @Test
  void readsMetadataAndArticleParagraphs() throws Exception {
    Article article =
        read(
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
            """);

    assertEquals("Budget passes", article.title());
    assertEquals(LocalDate.of(2024, 3, 5), article.date());
    assertEquals("Daily Planet", article.source());
    assertEquals("https://example.org/budget", article.url());
    assertEquals(
        List.of("The budget & the plan passed.", "“It is done,” the mayor said."),
        article.paragraphs());
  }

  @Test
  void boilerplateAroundTheArticleIsDropped() throws Exception {
    Article article =
        read(
            "<body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
                + "<div class=\"story-body\">"
                + STORY
                + "<figure><img src=x><figcaption>The mayor, on Tuesday.</figcaption></figure>"
                + "<div class=\"share-bar\">Share this article on Facebook and Twitter now</div>"
                + "<p>Advertisement</p>"
                + "<div class=\"byline\">By Jane Doe, City Hall reporter</div>"
                + "<ul class=\"links\"><li><a href=\"/a\">Read more: the budget in numbers, explained"
                + "</a></li><li><a href=\"/b\">Council members react to the vote at length</a></li>"
                + "</ul></div>"
                + "<div id=\"comments\"><p>First! This budget is a disgrace and everyone knows"
                + " it.</p></div></body>");

    assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
    assertTrue(article.paragraphs().get(0).startsWith("The council met"));
  }

  @Test
  void aBodyInDivsAndBreaksIsReadAsParagraphs() throws Exception {
    Article article =
        read(
            "<body><div class=\"content\"><div>The storm reached the coast at dawn, flooding the"
                + " harbour.</div><div>Roads were closed, and schools sent pupils home early.<br><br>"
                + "Power was cut to thousands of homes, the utility said.<br>It expects repairs to"
                + " take days.</div></div></body>");

    assertEquals(
        List.of(
            "The storm reached the coast at dawn, flooding the harbour.",
            "Roads were closed, and schools sent pupils home early.",
            "Power was cut to thousands of homes, the utility said. It expects repairs to take"
                + " days."),
        article.paragraphs());
  }

  @Test
  void anArticleInsideAFormOrALayoutWidgetIsKeptWhileASignUpBoxGoes() throws Exception {
    Article asp =
        read(
            "<body><form id=\"page\" action=\"/post\"><div class=\"story\">"
                + "<p>The council met on Tuesday to vote on the budget, which had been delayed"
                + " twice since the winter because the auditors asked for more time.</p>"
                + "<p>“We finally have a plan,” the mayor said, as members of the public who had"
                + " waited for hours in the gallery applauded and some of them cheered.</p>"
                + "<p>Opponents said the cuts to libraries, parks and buses went too far this"
                + " time, and promised to bring the matter back before the summer recess.</p>"
                + "</div></form><form class=\"box\"><p>Get our newsletter every morning</p>"
                + "<input name=email></form></body>");
    assertEquals(3, asp.paragraphs().size(), asp.paragraphs().toString());

    Article blog =
        read(
            "<body><div class=\"widget Blog\"><div class=\"post-body\"><span>"
                + "Chelsea have this morning paid the release clause of a defender, the club said,"
                + " after weeks of talks. The fee is thought to be a record for the club, and the"
                + " player is expected to sign a five-year contract later today. He has played"
                + " twice for his country, and was wanted by several other clubs in the summer,"
                + " among them two from Spain and one from Germany, all of them turned down by"
                + " his agent, who said that London was the only city the player wanted.</span>"
                + "</div></div><div class=\"widget\"><a href=/a>Archive</a></div></body>");
    assertEquals(1, blog.paragraphs().size(), blog.paragraphs().toString());
    assertTrue(blog.paragraphs().get(0).startsWith("Chelsea have"));
  }

  @Test
  void headingsListItemsAndQuotesEachBecomeAParagraphInOrder() throws Exception {
    Article article =
        read(
            "<body><article>"
                + STORY
                + "<h2>What changes</h2><ul><li>Library hours are cut by a third from May.</li>"
                + "<li>Two bus routes are merged into one, every twenty minutes.</li></ul>"
                + "<blockquote>“No one wanted these cuts, but the money is not there,” she"
                + " said.</blockquote></article></body>");

    List<String> paragraphs = article.paragraphs();
    assertEquals(7, paragraphs.size(), paragraphs.toString());
    assertEquals("What changes", paragraphs.get(3));
    assertEquals("Library hours are cut by a third from May.", paragraphs.get(4));
    assertTrue(paragraphs.get(6).startsWith("“No one wanted"));
  }

  @Test
  void aPullQuoteThatRepeatsTheBodyIsDropped() throws Exception {
    Article article =
        read(
            "<body><article>"
                + STORY
                + "<blockquote class=\"pull\">“We finally have a plan”</blockquote>"
                + "</article></body>");

    assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
  }

  @Test
  void metadataComesFromTheMostTrustedPlace() throws Exception {
    String body = "<body><article>" + STORY + "</article></body>";
    Article linked =
        read(
            "<head><title>Budget passes - Daily Planet</title>"
                + "<meta property=\"og:site_name\" content=\"Daily Planet\">"
                + "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2024-03-05T08:00:00+01:00\", \"author\": [{\"name\": \"Ana"
                + " Ruiz\"}, {\"name\": \"Tom Lee\"}]}]}</script>"
                + "<meta name=\"author\" content=\"Desk\"></head>"
                + "<time datetime=\"2020-01-01\">old</time>"
                + body);
    assertEquals("Budget passes", linked.title());
    assertEquals(LocalDate.of(2024, 3, 5), linked.date());
    assertEquals("Ana Ruiz, Tom Lee", linked.author());
    assertEquals("Daily Planet", linked.source());

    Article plain =
        read(
            "<head><title>Budget passes | Daily Planet</title></head>"
                + "<div class=\"byline\">By Jane Doe</div><time datetime=\"2023-12-31\">Dec 31</time>"
                + body);
    assertEquals("Budget passes", plain.title(), "no site name known: the last part goes");
    assertEquals(LocalDate.of(2023, 12, 31), plain.date());
    assertEquals("Jane Doe", plain.author());

    Article published =
        read(
            "<head><meta property=\"article:published_time\" content=\"2022-06-01\">"
                + "<script type=\"application/ld+json\">{\"datePublished\": \"2021-01-01\"}</script>"
                + "<script type=\"application/ld+json\">{broken</script></head>"
                + body);
    assertEquals(LocalDate.of(2022, 6, 1), published.date());
  }

  @Test
  void aPageInAnotherLanguageIsRead() throws Exception {
    Article article =
        read(
            "<html lang=\"de\"><body><div class=\"artikel\"><h1>Haushalt beschlossen</h1>"
                + "<p>Der Stadtrat hat am Dienstag den Haushalt beschlossen, nach zwei Verschiebungen.</p>"
                + "<p>„Wir haben endlich einen Plan“, sagte die Bürgermeisterin im Rathaus.</p>"
                + "</div></body></html>");

    assertEquals("Haushalt beschlossen", article.title());
    assertEquals(2, article.paragraphs().size());
    assertTrue(article.paragraphs().get(1).contains("endlich einen Plan"));
  }

  @Test
  void aPageWithNoArticleTextIsSkippedSayingSo() {
    InvalidArticleException e =
        assertThrows(
            InvalidArticleException.class,
            () -> reader.read("a", "<html><body><nav><a href=/>Home</a></nav></body></html>"));
    assertEquals("the page has no article text", e.getMessage());
    assertFalse(e.getMessage().contains("<p>"));
  }

  @Test
  void aTitleWithoutSeparatorIsKeptWhole() {
    assertEquals("Budget passes", PageMetadata.withoutSiteName("Budget passes", null, true));
    assertEquals(
        "Budget passes: what it means",
        PageMetadata.withoutSiteName("Budget passes: what it means", "Daily Planet", false));
    assertNull(PageMetadata.withoutSiteName(" ", null, true));
  }
}
