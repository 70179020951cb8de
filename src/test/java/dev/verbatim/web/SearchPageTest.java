package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import dev.verbatim.corpus.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in a real headless Chromium, over the seed articles and a hostile one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

  /** Sets window.pwned if any of it ever runs. */
  private static final Article HOSTILE =
      new Article(
          "hostile/xss",
          "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> Hostile payload",
          null,
          "",
          "javascript:window.pwned=8",
          "",
          List.of(
              "A payload paragraph: <img src=x onerror=\"window.pwned=3\"> and <script>window.pwned=4</script> in the text.",
              "“<img src=x onerror=window.pwned=5> is the payload we sent,” said <b onmouseover=window.pwned=6>Mallory Payload</b>."));

  /** A saved page with its metadata. */
  private static final Article SAVED =
      new Article(
          "saved/storm",
          "Storm hits coast",
          LocalDate.of(2025, 3, 4),
          "The Wire",
          "https://wire.example/storm",
          "Ana Ruiz",
          List.of("The storm reached the coast at dawn, and roads were closed."));

  private TestServer served;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    List<Article> articles = new ArrayList<>(TestIndex.seedArticles());
    articles.add(HOSTILE);
    articles.add(SAVED);
    TestIndex.build(dir.resolve("index"), articles);
    served = TestServer.over(dir.resolve("index"));
    browser = Browser.start(dir.resolve("profile"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void openHome() {
    browser.get("http://127.0.0.1:" + served.port() + "/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "quotation"));
  }

  @Test
  void pageSaysTheIndexIsBeingBuiltAndComesAliveWhenItIsReady() {
    ServedIndex index = new ServedIndex();
    index.unavailable("the index is being built; try again in a moment");
    WebServer building = new WebServer(index).start("127.0.0.1", 0);
    try {
      browser.get("http://127.0.0.1:" + building.port() + "/");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status"), "Building the index… retrying"));
      WebElement status = browser.findElement(By.id("status"));
      assertFalse(status.getText().contains("failed"), status.getText());
      assertFalse(
          status.getAttribute("class").contains("error"),
          "an expected, temporary state is not shown as an error");

      index.ready(served.searcher());

      new WebDriverWait(
              browser, Duration.ofSeconds(15)) // the page asks again after Retry-After (5 s)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "quotation"));
    } finally {
      building.close();
    }
  }

  private List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#hits .hit"));
  }

  private void typeQuery(String query) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “" + query + "”"));
  }

  @Test
  void typingAQueryShowsHighlightedResults() {
    typeQuery("money");

    List<WebElement> hits = hits();
    assertFalse(hits.isEmpty());
    WebElement first = hits.get(0);
    assertEquals("quote", first.getAttribute("data-type"));
    assertEquals("money", first.findElement(By.tagName("mark")).getText());
    assertTrue(first.getText().contains("Elon Musk"), first.getText());
    assertTrue(browser.getCurrentUrl().endsWith("?q=money"), browser.getCurrentUrl());
  }

  @Test
  void slashFocusesTheSearchBox() {
    browser.findElement(By.tagName("body")).sendKeys("/");

    assertEquals("q", browser.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void clickingASpeakerShowsOnlyTheirQuotationsAndKeepsTheOthersListed() {
    typeQuery("i"); // said by Donald Trump and by Sam Altman
    WebElement trump =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='speakers']//button[span[text()='Donald Trump']]")));

    trump.click();

    wait.until(ExpectedConditions.urlContains("speaker=Donald+Trump"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "by Donald Trump"));
    for (WebElement hit : hits()) {
      assertTrue(hit.getText().contains("Donald Trump"), hit.getText());
    }
    assertTrue(
        browser
                .findElements(By.xpath("//ul[@id='speakers']//button[span[text()='Sam Altman']]"))
                .size()
            == 1,
        "other speakers stay listed (drill-sideways counts)");
  }

  @Test
  void openingAHitShowsTheArticleWithTheParagraphHighlighted() {
    typeQuery("hatreds");

    hits().get(0).findElement(By.tagName("a")).click();

    WebElement target =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article-body p.target")));
    assertEquals("hatreds", target.findElement(By.tagName("mark")).getText());
    assertTrue(
        browser.findElement(By.id("article-title")).getText().startsWith("Musk and Altman Clash"));
    assertTrue(
        browser.getCurrentUrl().contains("article=000_590e9303d48f5539")
            && browser.getCurrentUrl().contains("p=4"));
  }

  @Test
  void anArticleShowsItsMetadataAndLinksItsOriginalOnlyOverHttp() {
    browser.get("http://127.0.0.1:" + served.port() + "/?article=saved/storm");
    WebElement meta =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-meta a")));
    assertEquals(
        "2025-03-04 · The Wire · Ana Ruiz · original",
        browser.findElement(By.id("article-meta")).getText());
    assertEquals("https://wire.example/storm", meta.getAttribute("href"));
    assertEquals("noopener noreferrer", meta.getAttribute("rel"));

    browser.get("http://127.0.0.1:" + served.port() + "/?article=hostile/xss");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("article-title"), "Hostile payload"));
    assertTrue(browser.findElements(By.cssSelector("#article-meta a")).isEmpty());
  }

  @Test
  void backButtonRestoresThePreviousSearch() {
    typeQuery("authority");
    hits().get(0).findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));

    browser.navigate().back();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “authority”"));
    assertEquals("authority", browser.findElement(By.id("q")).getAttribute("value"));
    assertFalse(hits().isEmpty());
  }

  @Test
  void misspelledQueryShowsTheCorrectionsResultsAndOffersTheWordsAsTyped() {
    browser.findElement(By.id("q")).sendKeys("mony");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Nothing matched"));
    assertTrue(
        browser
            .findElement(By.cssSelector("#hits .corrected"))
            .getText()
            .startsWith("Showing results for money — search instead for mony"));
    assertFalse(hits().isEmpty());

    browser.findElement(By.cssSelector("#hits button.as-typed")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Did you mean"));
    assertTrue(browser.getCurrentUrl().contains("correct=false"), browser.getCurrentUrl());

    browser.findElement(By.cssSelector("button.suggestion")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “money”"));
  }

  @Test
  void speakerNameIsMarkedWhereTheQueryMatchedIt() {
    typeQuery("altman optimal");

    WebElement speaker =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#hits .hit[data-type='quote'] .speaker mark")));
    assertEquals("Altman", speaker.getText());
  }

  @Test
  void hostileTitleTextSpeakerAndQueryStayInertText() {
    typeQuery("payload");
    String page = browser.findElement(By.id("hits")).getText();
    assertTrue(page.contains("<script>window.pwned=1</script>"), page);
    assertTrue(page.contains("<img src=x onerror=\"window.pwned=3\">"), page);
    assertTrue(
        page.contains("<b onmouseover=window.pwned=6>Mallory Payload</b>")
            || page.contains("Mallory Payload"),
        page);
    assertTrue(browser.findElements(By.cssSelector("#hits img, #hits script, #hits b")).isEmpty());

    typeQuery("<img src=x onerror=window.pwned=7>");
    hits().stream().findFirst().ifPresent(hit -> hit.findElement(By.tagName("a")).click());
    browser.get("http://127.0.0.1:" + served.port() + "/?article=hostile/xss&p=1&q=payload");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-body p.target")));

    assertTrue(
        browser
            .findElement(By.id("article-title"))
            .getText()
            .startsWith("<script>window.pwned=1</script>"));
    assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
    assertEquals(
        null,
        ((JavascriptExecutor) browser)
            .executeScript("return window.pwned === undefined ? null : window.pwned;"));
  }

  @Test
  void resultsPageHasAHeadingForScreenReaders() {
    typeQuery("money");

    List<WebElement> headings = browser.findElements(By.cssSelector("#results-view h1"));
    assertEquals(1, headings.size());
    assertEquals("Search results", headings.get(0).getAttribute("textContent"));
  }

  @Test
  void emptyResultUnderFiltersNamesThemAndOffersToClearThem() {
    browser.get(
        "http://127.0.0.1:" + served.port() + "/?q=altman&type=paragraph&speaker=Sam+Altman");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hits"), "No results"));

    WebElement empty = browser.findElement(By.cssSelector("#hits .empty"));
    assertTrue(
        empty.getText().contains("among paragraphs") && empty.getText().contains("by Sam Altman"),
        empty.getText());
    empty.findElement(By.cssSelector("button.clear-filters")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “altman”"));
    assertFalse(hits().isEmpty());
    assertFalse(
        browser.getCurrentUrl().contains("speaker=") || browser.getCurrentUrl().contains("type="),
        browser.getCurrentUrl());
  }

  @Test
  void resultsCountWhatCanBePagedWithTheExtraMentionsBeside() {
    browser.get("http://127.0.0.1:" + served.port() + "/?q=money&type=quote");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “money”"));

    assertTrue(
        browser
            .findElement(By.id("status"))
            .getText()
            .startsWith("1 result (2 mentions) for “money”"),
        browser.findElement(By.id("status")).getText());
    assertEquals(1, hits().size());
  }

  @Test
  void aCardLinksOnlyTheArticleTitleSoTheLinkIsNamedByIt() {
    typeQuery("hatreds");

    WebElement hit = hits().get(0);
    List<WebElement> links = hit.findElements(By.cssSelector("a.open"));
    assertEquals(1, links.size());
    assertTrue(
        links.get(0).getAttribute("textContent").startsWith("Musk and Altman Clash"),
        links.get(0).getAttribute("textContent"));
    assertTrue(
        hit.findElements(By.cssSelector("a blockquote, a .passage, a .speaker")).isEmpty(),
        "the quotation is text, not a link");
  }

  @Test
  void copyCitationGivesTheWordsSpeakerTitleAndAPermalinkThatOpensTheQuotation() {
    typeQuery("hatreds");

    hits().get(0).findElement(By.cssSelector("button.cite")).click();

    WebElement citation =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits .citation")));
    String text = citation.getText();
    assertTrue(
        text.startsWith(
            "“But I have certain hatreds of people, too,” Donald Trump said (Musk and Altman Clash"),
        text);
    String link = text.substring(text.lastIndexOf(' ') + 1);
    assertTrue(
        link.contains("article=000_590e9303d48f5539")
            && link.contains("quote=000_590e9303d48f5539%23q4"),
        link);
    assertEquals(
        link, hits().get(0).findElement(By.cssSelector("a.permalink")).getAttribute("href"));

    browser.get(link);
    WebElement quotation =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#article-body .quote.target")));
    assertEquals("But I have certain hatreds of people, too", quotation.getText());
  }

  @Test
  void articleViewMarksEachQuotationWithItsSpeakerAndListsWhoIsQuoted() {
    browser.get("http://127.0.0.1:" + served.port() + "/?article=004_a6f5ed7597a8b164");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));

    List<WebElement> quotations = browser.findElements(By.cssSelector("#article-body .quote"));
    List<String> labels =
        browser.findElements(By.cssSelector("#article-body .said-by")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(6, quotations.size());
    assertEquals(
        quotations.stream().map(q -> q.getAttribute("data-speaker")).toList(),
        labels,
        "each quotation is followed by its speaker");
    assertEquals(
        List.of("Elon Musk=3", "Sam Altman=3"),
        browser.findElements(By.cssSelector("#who-list button")).stream()
            .map(
                b ->
                    b.findElement(By.cssSelector("span:first-child")).getText()
                        + "="
                        + b.findElement(By.cssSelector(".n")).getText())
            .toList());

    browser.findElement(By.xpath("//ul[@id='who-list']//button[span[text()='Elon Musk']]")).click();

    List<WebElement> chosen = browser.findElements(By.cssSelector("#article-body .quote.chosen"));
    assertEquals(3, chosen.size());
    assertTrue(chosen.stream().allMatch(q -> "Elon Musk".equals(q.getAttribute("data-speaker"))));
    assertTrue(
        chosen.get(0).getText().contains("They don’t actually have the money"),
        chosen.get(0).getText());
  }

  @Test
  void clickingAMonthBarKeepsThatMonthInTheUrlAndClickingItAgainUndoesIt() {
    typeQuery("altman");
    WebElement january =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='months']//button[span[text()='2025-01']]")));

    january.click();

    wait.until(ExpectedConditions.urlContains("from=2025-01-01&to=2025-01-31"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "from 2025-01-01 to 2025-01-31"));
    assertEquals("2025-01-01", browser.findElement(By.id("from")).getAttribute("value"));
    assertEquals("2025-01-31", browser.findElement(By.id("to")).getAttribute("value"));
    assertFalse(hits().isEmpty());
    assertTrue(
        hits().stream().allMatch(hit -> hit.getText().contains("2025-01-")),
        "undated articles are outside any date range");

    browser.findElement(By.xpath("//ul[@id='months']//button[span[text()='2025-01']]")).click();

    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("from=")));
    assertEquals("", browser.findElement(By.id("from")).getAttribute("value"));
  }

  @Test
  void dateFieldsFilterAndAnEmptyRangeSaysSoAndOffersToClearIt() {
    typeQuery("altman");
    WebElement to = browser.findElement(By.id("to"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = '2024-12-31'; arguments[0].dispatchEvent(new Event('change'));",
            to);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hits"), "No results"));
    assertTrue(browser.getCurrentUrl().contains("to=2024-12-31"), browser.getCurrentUrl());
    WebElement empty = browser.findElement(By.cssSelector("#hits .empty"));
    assertTrue(empty.getText().contains("until 2024-12-31"), empty.getText());

    empty.findElement(By.cssSelector("button.clear-filters")).click();

    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("to=")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “altman”"));
    assertFalse(hits().isEmpty());
  }

  @Test
  void aQueryNamingASpeakerOffersTheirQuotationsFirst() {
    typeQuery("altman");
    WebElement offer =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .quotes-by")));
    assertTrue(offer.getText().matches("Quotes by Sam Altman \\(\\d+\\)"), offer.getText());

    offer.click();

    wait.until(ExpectedConditions.urlContains("speaker=Sam+Altman"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "by Sam Altman"));
    assertTrue(browser.getCurrentUrl().contains("type=quote"), browser.getCurrentUrl());
    assertTrue(
        hits().stream()
            .allMatch(
                hit ->
                    hit.findElement(By.cssSelector(".speaker"))
                        .getText()
                        .startsWith("Sam Altman")));
  }

  @Test
  void onAPhoneTheFiltersOpenFromAButtonAboveTheResults() {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      typeQuery("altman");
      WebElement sidebar = browser.findElement(By.id("sidebar"));
      WebElement toggle = browser.findElement(By.id("filters-toggle"));
      assertFalse(sidebar.isDisplayed());
      assertTrue(
          toggle.isDisplayed() && toggle.getLocation().getY() < hits().get(0).getLocation().getY());

      toggle.click();

      assertTrue(sidebar.isDisplayed());
      assertEquals("true", toggle.getAttribute("aria-expanded"));
      assertTrue(
          sidebar.getLocation().getY() < hits().get(0).getLocation().getY(),
          "the filters come before the results");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void speakersPageListsEveryoneQuotedAndANameOpensTheirQuotationsOverTime() {
    browser.findElement(By.id("speakers-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speakers-table")));

    List<String> first =
        browser.findElements(By.cssSelector("#speakers-rows tr:first-child > *")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Sam Altman", "6", "2025-01-25", "2025-01-25"), first);
    assertTrue(browser.getCurrentUrl().endsWith("?view=speakers"), browser.getCurrentUrl());

    browser.findElement(By.linkText("Elon Musk")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "by Elon Musk"));
    assertTrue(
        browser.getCurrentUrl().contains("type=quote")
            && browser.getCurrentUrl().contains("speaker=Elon+Musk"),
        browser.getCurrentUrl());
    assertTrue(
        browser.findElement(By.id("month-facet")).isDisplayed(), "their quotations over time");
    assertTrue(
        hits().stream()
            .allMatch(
                hit ->
                    hit.findElement(By.cssSelector(".speaker")).getText().startsWith("Elon Musk")));
  }

  @Test
  void aSpeakerFilterNamingNobodyOffersTheKnownSpeaker() {
    browser.get("http://127.0.0.1:" + served.port() + "/?type=quote&speaker=Sam+Altmann");
    WebElement offer =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#hits button.speaker-suggestion")));
    assertEquals("Sam Altman", offer.getText());

    offer.click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "by Sam Altman"));
    assertFalse(hits().isEmpty());
  }
}
