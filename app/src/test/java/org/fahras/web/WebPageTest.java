package org.fahras.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser, Debian's headless Chromium, against the real server on the
 * sample corpus. Skipped, saying why, where Chromium or its driver is not installed (.ci/run
 * installs them). A failing test leaves a screenshot under target/screenshots/. The articles of
 * feeds (sources, addresses, direction marks) are in {@link WebPageFeedTest}.
 */
class WebPageTest {
  @TempDir static Path dir;
  private static ServedIndex served;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
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
    browser = HeadlessChromium.open(dir);
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
    HeadlessChromium.screenshot(browser, name);
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
    assertEquals("٢", count("topic", "conflict"), "002 and 003 are about armed conflict (terrorism is conflict in IPTC)");
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
    assertTrue(csvLink.contains("limit=all"), "the page exports every hit that matched: " + csvLink);
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
    assertEquals("doc-title", browser.switchTo().activeElement().getAttribute("id"), "the keyboard moves to the article");
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
    WebElement label = nouri.findElement(By.className("label"));
    assertEquals("خالد النوري — وزير الداخلية (تونس)", label.getAttribute("title"), "the whole label on hover");
    assertEquals("خالد النوري", label.findElement(By.className("name")).getText());
    assertEquals("وزير الداخلية (تونس)", label.findElement(By.className("role")).getText());
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
  void eachWarningOfTheSearchIsSaidInArabic() {
    browser.get(url("/?q=" + enc("الإرهاب") + "&date_from=2025-01-01&date_to=2024-01-01&filter.country=ZZ"));
    wait.until(d -> summary().contains("تاريخ البداية"));
    assertTrue(summary().contains("تاريخ البداية بعد تاريخ النهاية، فبُحث في ما بينهما"), summary());
    assertTrue(summary().contains("لا مقال له القيمة «ZZ» في هذا التصنيف"), summary());
    assertFalse(summary().contains("صيغة البحث"), "no syntax warning where the syntax was understood: " + summary());
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
    assertEquals("DZ", browser.switchTo().activeElement().getAttribute("data-value"));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitForUrl("filter.country=DZ");
    waitForHits(5);
    assertEquals("", browser.findElement(By.id("q")).getAttribute("value"));
    // the completion ticked a facet: it shows among the active filters, and goes with its chip
    By chip = By.cssSelector("#chips li");
    wait.until(d -> browser.findElements(chip).size() == 1);
    assertTrue(browser.findElement(chip).getText().startsWith("الدولة: الجزائر"), browser.findElement(chip).getText());
    browser.findElement(chip).findElement(By.tagName("button")).click();
    waitForHits(6);
    assertFalse(browser.getCurrentUrl().contains("filter.country"), browser.getCurrentUrl());
    assertFalse(browser.findElement(By.id("active")).isDisplayed());
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

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private double resultsTop() {
    return ((Number) js("return document.getElementById('results').getBoundingClientRect().top")).doubleValue();
  }

  @Test
  void atPhoneWidthTheFacetsOpenOverTheResultsAndTheActiveFiltersShowAsChips() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= window.innerWidth"));
    for (WebElement snippet : browser.findElements(By.cssSelector("#hits .snippet"))) {
      assertEquals("auto", snippet.getAttribute("dir"));
    }
    assertEquals("400", browser.findElement(By.cssSelector("#hits mark")).getCssValue("font-weight"), "highlights by background only");
    assertFalse(browser.findElement(By.id("facets")).isDisplayed(), "no facet list thousands of pixels below the results");
    assertTrue(resultsTop() < 844, "the results start on the first screen");

    browser.findElement(By.id("facets-open")).click();
    WebElement panel = browser.findElement(By.id("facets"));
    assertTrue(panel.isDisplayed());
    assertEquals("0 0 0", js("const r = arguments[0].getBoundingClientRect();"
        + " return [r.top, r.left, r.width - document.documentElement.clientWidth].map(Math.round).join(' ');", panel),
        "the panel opens over the results, the whole width of the screen");
    assertEquals(Boolean.TRUE, js("return document.getElementById('results').inert"), "the covered results are out of the keyboard's reach");
    countryBox("LY").click();
    waitForHits(2);
    assertTrue(panel.isDisplayed(), "the panel stays open for the next tick");
    assertTrue(browser.findElement(By.id("facets-close")).getText().contains("نتيجتان"), browser.findElement(By.id("facets-close")).getText());
    browser.findElement(By.id("facets-close")).click();
    assertFalse(panel.isDisplayed());
    double top = resultsTop();
    assertTrue(top >= -1 && top < 844, "back at the results: " + top);
    WebElement chip = browser.findElement(By.cssSelector("#chips li"));
    assertTrue(chip.isDisplayed());
    assertEquals("تصفية النتائج (١)", browser.findElement(By.id("facets-open")).getText());
    assertTrue(chip.getText().startsWith("الدولة: ليبيا"), chip.getText());
    assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= window.innerWidth"));
  }

  @Test
  void chipsListEveryActiveFilterAndEachRemovesItsOwn() {
    browser.get(url("/?q=" + enc("الإرهاب") + "&filter.country=LY&exclude.country=IT&date_from=2015-01-01"));
    wait.until(d -> browser.findElements(By.cssSelector("#chips li")).size() == 3);
    List<String> chips = browser.findElements(By.cssSelector("#chips li bdi")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("الدولة: ليبيا", "دون إيطاليا", "من ١ يناير ٢٠١٥"), chips);
    WebElement italy = browser.findElement(By.cssSelector("#chips li.excluded button"));
    assertEquals("إزالة استبعاد إيطاليا", italy.getAccessibleName());
    italy.click();
    waitForUrl("date_from=2015-01-01");
    wait.until(d -> !browser.getCurrentUrl().contains("exclude.country"));
    wait.until(d -> browser.findElements(By.cssSelector("#chips li")).size() == 2);
    assertTrue(browser.getCurrentUrl().contains("filter.country=LY"), browser.getCurrentUrl());
  }

  @Test
  void completionsNeverOpenOnceTheSearchWasSent() throws InterruptedException {
    browser.get(url("/"));
    waitForHits(6);
    browser.findElement(By.id("q")).sendKeys("الجزائ", Keys.ENTER); // Enter well within the completions' 200 ms pause
    waitForUrl("q=");
    waitForSummary("لا نتائج");
    Thread.sleep(1000); // long past the pause and the completions' answer
    assertFalse(browser.findElement(By.id("suggestions")).isDisplayed(), "completions over the results");
    assertEquals("false", browser.findElement(By.id("q")).getAttribute("aria-expanded"));
  }

  private String pager() {
    return (String) js("return [...document.getElementById('pages').childNodes].map((n) => n.textContent.trim()).filter(Boolean).join(' ')");
  }

  @Test
  void thePagerShowsAnEllipsisOnlyWherePagesAreLeftOut() {
    browser.get(url("/?per_page=1&page=4"));
    waitForHits(1);
    wait.until(d -> !pager().isEmpty());
    assertEquals("السابق ١ ٢ ٣ ٤ ٥ ٦ التالي", pager());
    browser.get(url("/?per_page=1"));
    waitForHits(1);
    wait.until(d -> !pager().isEmpty());
    assertEquals("١ ٢ ٣ … ٦ التالي", pager());
  }

  @Test
  void changingPageScrollsToTheTopOfTheResults() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 500));
    browser.get(url("/?per_page=3"));
    waitForHits(3);
    js("window.scrollTo(0, document.body.scrollHeight)");
    assertTrue(resultsTop() < -100, "scrolled down to the pager");
    browser.findElement(By.cssSelector("#pages button[data-page='2']")).click();
    waitForUrl("page=2");
    wait.until(d -> Math.abs(resultsTop()) < 2);
    assertEquals("summary", browser.switchTo().activeElement().getAttribute("id"), "the keyboard starts at the new page's count");
  }

  @Test
  void everyMessageAJournalistCanSeeIsInArabic() {
    browser.get(url("/?q=" + "ليبيا".repeat(201))); // 1,005 characters
    waitForSummary("البحث أطول من ١٬٠٠٠ حرف");
    browser.get(url("/?per_page=100&page=101"));
    waitForSummary("لا تُعرض النتائج بعد أول ١٠٬٠٠٠ نتيجة");
    browser.get(url("/?sort=price"));
    waitForSummary("في رابط هذه الصفحة خيار غير صحيح");
    browser.get(url("/?doc=no-such-article"));
    wait.until(d -> browser.findElement(By.id("doc-title")).getText().startsWith("لم يُعثر على هذا المقال"));
    for (String text : List.of(summary(), browser.findElement(By.id("doc-title")).getText())) {
      assertFalse(text.matches("(?s).*[A-Za-z].*"), text);
    }
  }

  @Test
  void theMatchingModeCanBeChosenAndTravelsWithTheLink() {
    browser.get(url("/?q=" + enc("ارهاب")));
    waitForSummary("٣ نتائج"); // stemmed: الإرهاب, إرهاب, الارهاب …
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mode"))).selectByValue("normalized");
    waitForUrl("mode=normalized");
    waitForSummary("لا نتائج"); // no article writes ارهاب bare
    browser.get(browser.getCurrentUrl());
    waitForSummary("لا نتائج");
    assertEquals("normalized", browser.findElement(By.id("mode")).getAttribute("value"));
  }

  @Test
  void aLongOfficialLabelShowsTheNameOnOneLineAndTheRoleOnAnother() {
    browser.get(url("/?facet_size.official=30"));
    waitForHits(6);
    WebElement khiari = facetRow("official", "mohamed-khaled-khiari").findElement(By.className("label"));
    assertEquals("محمد خالد الخياري — مندوب تونس في الأمم المتحدة (تونس)", khiari.getAttribute("title"));
    for (String part : List.of("name", "role")) {
      WebElement line = khiari.findElement(By.className(part));
      assertEquals(Boolean.TRUE, js("const s = getComputedStyle(arguments[0]); return arguments[0].getClientRects().length === 1"
          + " && arguments[0].getBoundingClientRect().height < 2 * parseFloat(s.fontSize) * 1.5;", line), part + " on one line");
    }
    assertEquals("ellipsis", khiari.findElement(By.className("role")).getCssValue("text-overflow"));
    assertEquals(Boolean.TRUE, js("const role = arguments[0].getBoundingClientRect(), panel = document.getElementById('facets').getBoundingClientRect();"
        + " return role.left >= panel.left && role.right <= panel.right;", khiari.findElement(By.className("role"))),
        "the role truncates inside the facet column, never spills over the results");
  }

  @Test
  void theKeyboardReachesTheResultsFirstAndEveryControlHasAnArabicName() {
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    // a reader starting from the top of the page, as a screen reader does (the search box has the focus at first)
    js("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex')");
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement skip = browser.switchTo().activeElement();
    assertEquals("انتقل إلى النتائج", skip.getText());
    skip.sendKeys(Keys.ENTER);
    assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    int stops = 0;
    while (!"a".equals(browser.switchTo().activeElement().getTagName()) || browser.switchTo().activeElement().findElements(By.xpath("ancestor::ol[@id='hits']")).isEmpty()) {
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
      assertTrue(++stops < 15, "the first result within a few Tab stops of the skip link");
    }
    assertEquals("استبعاد ليبيا", facetRow("country", "LY").findElement(By.className("exclude")).getAccessibleName());
    facetRow("country", "IT").findElement(By.className("exclude")).click();
    waitForUrl("exclude.country=IT");
    wait.until(d -> !browser.findElements(By.cssSelector("#facets li.excluded .undo")).isEmpty());
    assertEquals("إلغاء استبعاد إيطاليا", facetRow("country", "IT").findElement(By.className("undo")).getAccessibleName());
  }

  @Test
  void theSearchPageMeetsWcag21AA() {
    browser.get(url("/?q=" + enc("الإرهاب") + "&exclude.country=IT&date_from=2015-01-01"));
    waitForHits(2);
    HeadlessChromium.assertAccessible(browser, "results, facets and chips");
    browser.findElement(By.id("help-toggle")).click();
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("الجزائ");
    wait.until(d -> browser.findElement(By.id("suggestions")).isDisplayed());
    HeadlessChromium.assertAccessible(browser, "help and completions open");
    browser.get(url("/?q=" + "ليبيا".repeat(201)));
    waitForSummary("البحث أطول");
    HeadlessChromium.assertAccessible(browser, "a refused search");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(url("/?q=" + enc("الإرهاب")));
    waitForHits(3);
    browser.findElement(By.id("facets-open")).click();
    HeadlessChromium.assertAccessible(browser, "the phone's facet panel");
  }

  @Test
  void theDocumentViewMeetsWcag21AA() {
    browser.get(url("/?q=" + enc("الإرهاب") + "&doc=" + SampleCorpus.A002));
    wait.until(d -> !browser.findElements(By.cssSelector("#doc mark.current")).isEmpty());
    browser.findElement(By.id("doc-raw")).click();
    wait.until(d -> browser.findElement(By.id("doc-rawtext")).isDisplayed() && !browser.findElement(By.id("doc-rawtext")).getText().isEmpty());
    HeadlessChromium.assertAccessible(browser, "document with its raw text");
  }
}
