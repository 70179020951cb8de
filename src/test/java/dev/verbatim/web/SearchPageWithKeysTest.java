package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.verbatim.TestIndex;
import dev.verbatim.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium behind access keys, signed in as a browser's prompt does.
 */
class SearchPageWithKeysTest {

  @Test
  void withTheKeyAsPasswordThePageSearchesAndHighlights(@TempDir Path dir) {
    TestIndex.build(dir.resolve("index"), TestIndex.seedArticles());
    try (TestServer served =
        TestServer.over(dir.resolve("index"), AccessKeys.parse(AccessControlTest.KEY, "test"))) {
      ChromeDriver browser = Browser.start(dir.resolve("profile"));
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // the credentials in the URL are what the browser's prompt would send for the origin
        browser.get("http://desk:" + AccessControlTest.KEY + "@127.0.0.1:" + served.port() + "/");
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "quotation"));
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("money");
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "for “money”"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit"));
        assertFalse(hits.isEmpty());
        assertEquals("money", hits.get(0).findElement(By.tagName("mark")).getText());
      } finally {
        browser.quit();
      }
    }
  }
}
