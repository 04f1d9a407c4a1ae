package org.fahras.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fahras.ServedIndex;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page on articles as feeds deliver them: source codes shown by their labels from
 * index-config/sources.tsv, the source address as a link only when it is http(s), and direction
 * overrides (U+202E) in a title, a source or an address kept inside their own field.
 */
class WebPageFeedTest {
  private static final String RLO = "\u202E";
  private static final String EVIL_SOURCE = RLO + "evil.example";

  @TempDir static Path dir;
  private static ServedIndex served;
  private WebDriver browser;
  private WebDriverWait wait;

  private static void article(org.fahras.cli.Engine engine, String id, Map<String, String> metadata, String body) throws Exception {
    engine.pipeline().index(new RawDocument(id, Format.TEXT, body.getBytes(StandardCharsets.UTF_8), metadata, id + ".jsonl:1"));
  }

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    served = ServedIndex.start(dir, engine -> {
      article(engine, "aawsat-1", Map.of("source", "aawsat", "published_at", "2015-07-21T08:00:00Z",
              "url", "http://aawsat.com/home/article/410826/بريطانيا-أربعة-محاور-لاستراتيجية",
              "title", "بريطانيا: أربعة محاور لاستراتيجية مكافحة التطرف"),
          "أعلنت الحكومة البريطانية أمس استراتيجية جديدة لمكافحة التطرف تقوم على أربعة محاور، بينها مراقبة المواقع الإلكترونية.");
      article(engine, "aawsat-2", Map.of("source", "aawsat", "published_at", "2015-07-22T08:00:00Z", "url", "javascript:alert(1)",
              "title", "وزير الخارجية يلتقي نظيره البريطاني"),
          "التقى وزير الخارجية أمس نظيره البريطاني وبحثا العلاقات الثنائية ومكافحة التطرف.");
      article(engine, "wire-1", Map.of("source", "wire-x", "published_at", "2015-07-23T08:00:00Z", "title", "مؤتمر عن الهجرة في تونس"),
          "افتتح في تونس أمس مؤتمر دولي عن الهجرة غير الشرعية بمشاركة وزراء من دول المتوسط.");
      article(engine, "override-1", Map.of("source", EVIL_SOURCE, "published_at", "2015-07-24T08:00:00Z",
              "url", "https://example.com/" + RLO + "gnp.exe", "title", "تقرير " + RLO + "خاص عن الهجرة"),
          "نشر تقرير خاص عن الهجرة غير الشرعية عبر البحر المتوسط.");
      engine.store().commit();
    });
  }

  @AfterAll
  static void stop() throws IOException {
    if (served != null) {
      served.close();
    }
  }

  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      HeadlessChromium.screenshot(browser, context.getRequiredTestMethod().getName());
    }
  };

  @BeforeEach
  void openBrowser() throws IOException {
    browser = HeadlessChromium.open(dir);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private WebElement hit(String id) {
    return browser.findElements(By.cssSelector("#hits > li")).stream()
        .filter(h -> h.findElement(By.cssSelector("h2 a")).getAttribute("href").contains("doc=" + id)).findFirst().orElseThrow();
  }

  private void openList() {
    browser.get(served.url("/"));
    wait.until(d -> browser.findElements(By.cssSelector("#hits > li")).size() == 4);
  }

  private void openDocument(String id) {
    browser.get(served.url("/?doc=" + id));
    wait.until(d -> !browser.findElement(By.id("doc-body")).getText().isEmpty());
  }

  @Test
  void theSourceFacetShowsTheConfiguredLabelsAndTheCodeWhereThereIsNone() {
    openList();
    WebElement aawsat = browser.findElement(By.cssSelector("#facets fieldset[data-dim='source'] li[data-value='aawsat']"));
    assertEquals("الشرق الأوسط", aawsat.findElement(By.className("label")).getText());
    assertEquals("٢", aawsat.findElement(By.className("count")).getText());
    WebElement wire = browser.findElement(By.cssSelector("#facets fieldset[data-dim='source'] li[data-value='wire-x']"));
    assertEquals("wire-x", wire.findElement(By.className("label")).getText());
    assertTrue(hit("aawsat-1").findElement(By.className("meta")).getText().startsWith("الشرق الأوسط"),
        hit("aawsat-1").findElement(By.className("meta")).getText());

    WebElement finder = browser.findElement(By.cssSelector("fieldset[data-dim='source'] .facet-search"));
    finder.sendKeys("الشرق");
    wait.until(d -> !browser.findElements(By.cssSelector("fieldset[data-dim='source'] .facet-found li[data-value='aawsat']")).isEmpty());
  }

  @Test
  void theSourceAddressIsALinkOnlyForTheWebsSchemes() {
    openDocument("aawsat-1");
    wait.until(d -> browser.findElement(By.id("doc-meta")).getText().startsWith("الشرق الأوسط")); // opened from its link, no search before
    WebElement link = browser.findElement(By.cssSelector("#doc-meta a"));
    assertTrue(link.getAttribute("href").startsWith("http://aawsat.com/home/article/410826/"), link.getAttribute("href"));
    assertEquals("http://aawsat.com/home/article/410826/بريطانيا-أربعة-محاور-لاستراتيجية", link.getText());
    HeadlessChromium.assertAccessible(browser, "a document with its source address");

    openDocument("aawsat-2");
    assertTrue(browser.findElements(By.cssSelector("#doc-meta a")).isEmpty(), "javascript: is never a link");
    assertTrue(browser.findElement(By.id("doc-meta")).getText().contains("javascript:alert(1)"));
  }

  @Test
  void theRawViewHasRoomToRead() {
    openDocument("wire-1");
    browser.findElement(By.id("doc-raw")).click();
    WebElement raw = browser.findElement(By.id("doc-rawtext"));
    wait.until(d -> raw.isDisplayed() && !raw.getText().isEmpty());
    assertEquals("true", browser.findElement(By.id("doc-raw")).getAttribute("aria-expanded"));
    double lineHeight = Double.parseDouble(raw.getCssValue("line-height").replace("px", ""));
    double fontSize = Double.parseDouble(raw.getCssValue("font-size").replace("px", ""));
    assertTrue(lineHeight >= 1.7 * fontSize, "line height " + lineHeight + " for a " + fontSize + " px font");
    assertTrue(Double.parseDouble(raw.getCssValue("padding-right").replace("px", "")) >= 16, raw.getCssValue("padding-right"));
    browser.findElement(By.id("doc-raw")).click();
    assertFalse(raw.isDisplayed(), "the same button hides it again");
  }

  @Test
  void aDirectionOverrideStaysInsideItsOwnField() {
    openList();
    WebElement meta = hit("override-1").findElement(By.className("meta"));
    List<WebElement> fields = meta.findElements(By.xpath("./*"));
    assertEquals(EVIL_SOURCE, js("return arguments[0].textContent", fields.getFirst()), "the source is a field of its own");
    for (WebElement field : fields) {
      assertEquals("isolate", field.getCssValue("unicode-bidi"), field.getText());
    }
    assertEquals("٢٤ يوليو ٢٠١٥", fields.get(1).getText(), "the date is a field of its own, after the source");
    WebElement title = hit("override-1").findElement(By.cssSelector("h2"));
    assertEquals("isolate", title.getCssValue("unicode-bidi"));

    openDocument("override-1");
    assertEquals("isolate", browser.findElement(By.id("doc-title")).getCssValue("unicode-bidi"));
    WebElement source = browser.findElement(By.cssSelector("#doc-meta > bdi"));
    assertEquals("isolate", source.getCssValue("unicode-bidi"));
    WebElement address = browser.findElement(By.cssSelector("#doc-meta a"));
    assertEquals("https://example.com/%E2%80%AEgnp.exe", address.getAttribute("href"));
    assertEquals("https://example.com/[U+202E]gnp.exe", address.getText(), "the hidden character is shown, never obeyed");
    assertEquals("ltr", address.findElement(By.tagName("bdi")).getAttribute("dir"));
  }
}
