package org.fahras.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fahras.PayloadArticle;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser, Debian's headless Chromium, against the real server on the
 * sample corpus. Skipped, saying why, where Chromium or its driver is not installed (.ci/run
 * installs them). A failing test leaves a screenshot under target/screenshots/.
 */
class WebPageTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  private static Engine engine;
  private static FahrasServer server;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    engine.pipeline().run(List.of(Path.of("samples/news")), done -> {});
    PayloadArticle.addTo(engine);
    server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.disabled(), "127.0.0.1", 0);
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
      engine.close();
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    // the driver is Debian's: Selenium Manager must not look for, or download, another one
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#hits > li"));
  }

  private void waitForHits(int n) {
    try {
      wait.until(d -> hits().size() == n);
    } catch (RuntimeException e) {
      screenshot("hits-" + n);
      throw e;
    }
  }

  private void screenshot(String name) {
    try {
      Path file = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // a failed screenshot must not hide the failure it was meant to show
    }
  }

  private WebElement countryBox(String code) {
    return browser.findElement(By.cssSelector("#facets input[data-dim='country'][value='" + code + "']"));
  }

  @Test
  void searchTickAFacetExportAndReopenTheSameSearchFromItsUrl() throws Exception {
    browser.get(url("/"));
    assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
    waitForHits(6); // the opening page lists every article
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("الإرهاب", Keys.ENTER);
    waitForHits(3);
    List<WebElement> marks = browser.findElements(By.cssSelector("#hits mark"));
    assertFalse(marks.isEmpty(), "highlighted matches");
    assertTrue(marks.stream().allMatch(m -> m.getText().startsWith("الإرهاب")), "marks sit on the searched word");

    countryBox("LY").click();
    waitForHits(2);
    assertTrue(browser.getCurrentUrl().contains("filter.country=LY"), browser.getCurrentUrl());
    assertTrue(countryBox("LY").isSelected());
    String permalink = browser.getCurrentUrl();

    // the export link carries the same search: read the CSV back
    String csvLink = browser.findElement(By.id("export-csv")).getAttribute("href");
    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String[] rows = csv.body().split("\r\n");
    assertEquals(3, rows.length, "a header and the two Libyan hits about terrorism");
    assertTrue(rows[0].startsWith("\uFEFFid,title"));

    browser.get("about:blank");
    browser.get(permalink);
    waitForHits(2);
    assertEquals("الإرهاب", browser.findElement(By.id("q")).getAttribute("value"));
    assertTrue(countryBox("LY").isSelected());
  }

  @Test
  void aDocumentOpensAtItsFirstMatchAndStepsThroughTheOthers() {
    browser.get(url("/?q=" + java.net.URLEncoder.encode("الإرهاب", StandardCharsets.UTF_8)));
    waitForHits(3);
    hits().getFirst().findElement(By.cssSelector("h2 a")).click();
    try {
      wait.until(d -> !browser.findElements(By.cssSelector("#doc mark.current")).isEmpty());
    } catch (RuntimeException e) {
      screenshot("document");
      throw e;
    }
    assertTrue(browser.getCurrentUrl().contains("doc="), browser.getCurrentUrl());
    WebElement first = browser.findElement(By.cssSelector("#doc mark.current"));
    assertTrue(first.getText().contains("الإرهاب"), first.getText()); // 000's title: "… والإرهاب"
    assertEquals(first, browser.findElements(By.cssSelector("#doc-body mark, #doc-title mark")).getFirst());
    assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", first));
    browser.findElement(By.id("doc-next")).click();
    WebElement second = browser.findElement(By.cssSelector("#doc mark.current"));
    assertFalse(first.equals(second), "next moves to the following match");
    assertFalse(browser.findElement(By.id("doc-entities")).getText().isEmpty(), "the extracted entities are shown");
  }

  @Test
  void markupInAnArticleShowsAsTextAndNeverRuns() {
    browser.get(url("/?q=" + java.net.URLEncoder.encode("هجوما", StandardCharsets.UTF_8)));
    waitForHits(1);
    WebElement hit = hits().getFirst();
    assertTrue(hit.getText().contains("<script>alert(1)</script>"), hit.getText());
    assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#hits img, #hits script, #hits b').length"));
    browser.get(url("/?q=" + java.net.URLEncoder.encode("هجوما", StandardCharsets.UTF_8) + "&doc=xss"));
    wait.until(d -> browser.findElement(By.id("doc-body")).getText().contains("هجوما"));
    assertTrue(browser.findElement(By.id("doc-title")).getText().contains("<script>alert(1)</script>"));
    assertTrue(browser.findElement(By.id("doc-body")).getText().contains("<img src=x onerror=alert(2)>"));
    assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#doc img, #doc script, #doc b').length"));
  }
}
