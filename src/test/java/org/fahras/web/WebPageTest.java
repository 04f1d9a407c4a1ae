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
import org.fahras.SampleCorpus;
import org.fahras.ServedIndex;
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
  private static ServedIndex served;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    served = ServedIndex.start(dir, engine -> {
      ServedIndex.datedSamples(engine);
      PayloadArticle.addTo(engine);
    });
  }

  @AfterAll
  static void stop() throws IOException {
    if (served != null) {
      served.close();
    }
  }

  /** Runs before @AfterEach closes the browser, so a failing test leaves the page as it was. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      screenshot(context.getRequiredTestMethod().getName());
    }
  };

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
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return served.url(path);
  }

  private List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#hits > li"));
  }

  private void waitForHits(int n) {
    wait.until(d -> hits().size() == n);
  }

  private void waitForUrl(String part) {
    wait.until(d -> browser.getCurrentUrl().contains(part));
  }

  private String summary() {
    return browser.findElement(By.id("summary")).getText();
  }

  private void waitForSummary(String start) {
    wait.until(d -> summary().startsWith(start));
  }

  private WebElement facetRow(String dim, String value) {
    return browser.findElement(By.cssSelector("#facets fieldset[data-dim='" + dim + "'] .facet-values li[data-value='" + value + "']"));
  }

  private String count(String dim, String value) {
    return facetRow(dim, value).findElement(By.className("count")).getText();
  }

  /** Sets a date input as a picker would, and fires its change event. */
  private void setDate(String id, String isoDay) {
    ((JavascriptExecutor) browser).executeScript(
        "const input = document.getElementById(arguments[0]); input.value = arguments[1]; input.dispatchEvent(new Event('change'));", id, isoDay);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private List<String> hitIds() {
    return hits().stream().map(h -> h.findElement(By.cssSelector("h2 a")).getAttribute("href").replaceAll(".*[?&]doc=([^&]*).*", "$1")).toList();
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

    assertEquals("٣ نتائج", summary().substring(0, summary().indexOf(" (")));
    assertEquals("٢", count("topic", "conflict"), "002 and 003 are about armed conflict");
    assertEquals("٢", count("country", "LY"));

    countryBox("LY").click();
    waitForHits(2);
    assertTrue(browser.getCurrentUrl().contains("filter.country=LY"), browser.getCurrentUrl());
    assertTrue(summary().startsWith("نتيجتان"), summary());
    assertEquals("١", count("topic", "conflict"), "only 002 is left");
    assertEquals("٢", count("country", "LY"), "a facet's own counts ignore its selection");
    assertEquals("١", count("country", "IQ"), "ticking Iraq as well would add 003");
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
    browser.get(url("/?q=" + enc("الإرهاب")));
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
    browser.get(url("/?q=" + enc("هجوما")));
    waitForHits(1);
    WebElement hit = hits().getFirst();
    assertTrue(hit.getText().contains("<script>alert(1)</script>"), hit.getText());
    assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#hits img, #hits script, #hits b').length"));
    browser.get(url("/?q=" + enc("هجوما") + "&doc=xss"));
    wait.until(d -> browser.findElement(By.id("doc-body")).getText().contains("هجوما"));
    assertTrue(browser.findElement(By.id("doc-title")).getText().contains("<script>alert(1)</script>"));
    assertTrue(browser.findElement(By.id("doc-body")).getText().contains("<img src=x onerror=alert(2)>"));
    assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#doc img, #doc script, #doc b').length"));
  }

  @Test
  void anExcludedValueLeavesTheResultsStaysListedAndCanBeUndone() {
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    facetRow("country", "IT").findElement(By.className("exclude")).click();
    waitForHits(2); // 000 names Italy
    waitForUrl("exclude.country=IT");
    assertFalse(hitIds().contains(SampleCorpus.A000), hitIds().toString());
    WebElement italy = facetRow("country", "IT");
    assertTrue(italy.getAttribute("class").contains("excluded"));
    assertEquals("إيطاليا", italy.findElement(By.className("label")).getText());
    assertEquals("line-through", italy.findElement(By.className("label")).getCssValue("text-decoration-line"));
    assertTrue(italy.findElements(By.cssSelector("input[type=checkbox]")).isEmpty(), "an excluded value is not a tickable one");
    italy.findElement(By.className("undo")).click();
    waitForHits(3);
    assertFalse(browser.getCurrentUrl().contains("exclude."), browser.getCurrentUrl());
  }

  @Test
  void searchWithinAFacetAndTickWhatItFinds() {
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    WebElement finder = browser.findElement(By.cssSelector("fieldset[data-dim='official'] .facet-search"));
    finder.sendKeys("النوري");
    By found = By.cssSelector("fieldset[data-dim='official'] .facet-found li[data-value='khaled-nouri']");
    wait.until(d -> !browser.findElements(found).isEmpty());
    WebElement nouri = browser.findElement(found);
    assertEquals("خالد النوري — وزير الداخلية (تونس)", nouri.findElement(By.className("label")).getText());
    assertEquals("١", nouri.findElement(By.className("count")).getText());
    nouri.findElement(By.cssSelector("input[type=checkbox]")).click();
    waitForHits(1);
    waitForUrl("filter.official=khaled-nouri");
    assertEquals(List.of(SampleCorpus.A000), hitIds());
    assertTrue(facetRow("official", "khaled-nouri").findElement(By.cssSelector("input")).isSelected(), "the ticked value is pinned");

    WebElement countries = browser.findElement(By.cssSelector("fieldset[data-dim='country'] .facet-search"));
    countries.sendKeys("زززز");
    wait.until(d -> !browser.findElements(By.cssSelector("fieldset[data-dim='country'] .facet-found li.none")).isEmpty());
  }

  @Test
  void aDateRangeNarrowsTheResults() {
    browser.get(url("/"));
    waitForHits(6);
    setDate("date-from", "2024-01-01");
    waitForHits(2);
    waitForUrl("date_from=2024-01-01");
    assertEquals(java.util.Set.of(SampleCorpus.A000, SampleCorpus.A001), java.util.Set.copyOf(hitIds()));
    setDate("date-to", "2024-06-30");
    waitForHits(1);
    assertEquals(List.of(SampleCorpus.A000), hitIds());
    assertTrue(hits().getFirst().findElement(By.className("meta")).getText().contains("٢٠ مايو ٢٠٢٤"), "the date in Arabic-Indic digits");
  }

  @Test
  void theCopiedUrlReopensExclusionsDatesSortPageAndDigits() {
    browser.get(url("/?per_page=2"));
    waitForHits(2);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("date:asc");
    waitForUrl("sort=date");
    setDate("date-from", "2015-01-01"); // the five dated articles
    waitForUrl("date_from=2015-01-01");
    waitForSummary("٥ نتائج");
    facetRow("country", "IT").findElement(By.className("exclude")).click(); // 000 and 001 go: 004, 002, 003
    waitForSummary("٣ نتائج");
    browser.findElement(By.cssSelector("#pages button[data-page='2']")).click();
    waitForHits(1);
    waitForUrl("page=2");
    browser.findElement(By.id("digits")).click();
    waitForSummary("3 نتائج");
    assertEquals(List.of(SampleCorpus.A003), hitIds(), "the last of the three by date");
    String permalink = browser.getCurrentUrl();
    assertTrue(permalink.contains("digits=latn"), permalink);

    browser.get("about:blank");
    browser.get(permalink);
    waitForHits(1);
    waitForSummary("3 نتائج");
    assertEquals(List.of(SampleCorpus.A003), hitIds());
    assertEquals("date:asc", browser.findElement(By.id("sort")).getAttribute("value"));
    assertEquals("2015-01-01", browser.findElement(By.id("date-from")).getAttribute("value"));
    assertTrue(facetRow("country", "IT").getAttribute("class").contains("excluded"));
    assertEquals("2", browser.findElement(By.cssSelector("#pages button[aria-current='page']")).getText());
    assertTrue(hits().getFirst().findElement(By.className("meta")).getText().contains("15 فبراير 2016"));
  }

  @Test
  void digitsAreArabicIndicOrLatinAsTheReaderChoosesAndTheChoiceIsRemembered() {
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForSummary("٣ نتائج");
    assertEquals("١", count("country", "IQ"));
    browser.findElement(By.id("digits")).click();
    waitForSummary("3 نتائج");
    assertEquals("1", count("country", "IQ"));
    waitForUrl("digits=latn");
    browser.get(url("/")); // no digits in the link: the remembered choice
    waitForSummary("6 نتائج");
    browser.findElement(By.id("digits")).click();
    waitForSummary("٦ نتائج");
  }

  @Test
  void theResultCountAgreesWithItsNumberAsArabicGrammarWants() {
    browser.get(url("/?q=" + enc("بيانتيدوسي"))); // only 000 names the Italian minister
    waitForSummary("نتيجة واحدة");
    browser.get(url("/?q=" + enc("كاسنوس")));
    waitForSummary("لا نتائج");
  }

  @Test
  void theSearchBoxSuggestsCountriesAndOfficialsAndHelpShowsTheSyntax() {
    browser.get(url("/"));
    waitForHits(6);
    browser.findElement(By.id("help-toggle")).click();
    WebElement help = browser.findElement(By.id("help"));
    assertTrue(help.isDisplayed());
    assertTrue(help.getText().contains("«الهجرة غير الشرعية»"), help.getText());
    assertTrue(help.getText().contains("تونس، الجزائر"), help.getText());

    browser.findElement(By.id("q")).sendKeys("الجزائ");
    By algeria = By.cssSelector("#suggestions li[data-facet='country'][data-value='DZ']");
    wait.until(d -> !browser.findElements(algeria).isEmpty() && browser.findElement(algeria).isDisplayed());
    assertTrue(browser.findElement(algeria).getText().startsWith("الجزائر"), browser.findElement(algeria).getText());
    browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN); // the keyboard reaches the first completion
    assertEquals("DZ", browser.switchTo().activeElement().findElement(By.xpath("..")).getAttribute("data-value"));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitForUrl("filter.country=DZ");
    waitForHits(5);
    assertEquals("", browser.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void moreFacetValuesOnRequest() {
    browser.get(url("/"));
    waitForHits(6);
    By officials = By.cssSelector("fieldset[data-dim='official'] .facet-values li");
    assertEquals(10, browser.findElements(officials).size());
    browser.findElement(By.cssSelector("fieldset[data-dim='official'] .more")).click();
    waitForUrl("facet_size.official=30");
    wait.until(d -> browser.findElements(officials).size() == 16);
  }

  @Test
  void atPhoneWidthTheResultsComeFirstAndNothingScrollsSideways() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"));
    assertTrue(browser.findElement(By.id("results")).getLocation().getY() < browser.findElement(By.id("facets")).getLocation().getY());
    for (WebElement snippet : browser.findElements(By.cssSelector("#hits .snippet"))) {
      assertEquals("auto", snippet.getAttribute("dir"));
    }
    WebElement mark = browser.findElement(By.cssSelector("#hits mark"));
    assertEquals("400", mark.getCssValue("font-weight"), "highlights by background only");
  }
}
