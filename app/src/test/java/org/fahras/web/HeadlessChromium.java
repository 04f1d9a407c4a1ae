package org.fahras.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the page's browser tests, driven by Debian's chromedriver (Selenium
 * Manager must not look for, or download, another one), and axe-core's WCAG checks on it.
 */
final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The rules of WCAG 2.1 levels A and AA, the page's accessibility target. */
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private HeadlessChromium() {}

  /** Skips the calling test class, saying why, where Chromium or its driver is not installed. */
  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
  }

  static WebDriver open(Path profiles) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /** A failing test leaves the page as it was under target/screenshots/. */
  static void screenshot(WebDriver browser, String name) {
    try {
      Path file = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // a failed screenshot must not hide the failure it was meant to show
    }
  }

  /** No WCAG 2.1 A or AA violation on the page as it is now, each one listed if there are. */
  static void assertAccessible(WebDriver browser, String state) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    String found = results.getViolations().stream().map(HeadlessChromium::describe).collect(Collectors.joining("\n"));
    assertEquals(0, results.getViolations().size(), state + ":\n" + found);
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
        + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary()).collect(Collectors.joining("; "));
  }
}
