package org.fahras.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Finding the article in pathological pages: deep nesting stays linear, and a page has a time bound. */
class HtmlTextTest {
  private static final String FIRST = "بحث وزير الداخلية مع نظيره التونسي ملف تأمين الحدود المشتركة، ومكافحة التهريب عبر المعابر البرية.";
  private static final String SECOND = "واتفق الجانبان على تبادل المعلومات الأمنية، وتسيير دوريات مشتركة على طول الشريط الحدودي.";

  private static byte[] nested(int depth, String inside) {
    return ("<html><body><nav><a href='/'>الرئيسية</a></nav>" + "<div>".repeat(depth) + inside + "</div>".repeat(depth)
        + "</body></html>").getBytes(StandardCharsets.UTF_8);
  }

  /** 100,000 nested divs took 255 s when the winner was found again by its CSS path; the guard is against a hang, not a speed. */
  @Test
  @Timeout(120)
  void aHundredThousandNestedDivsAreCleanedAndTheArticleFound() {
    HtmlText page = HtmlText.parse(nested(100_000, "<p>" + FIRST + "</p><p>" + SECOND + "</p>"));
    assertEquals(List.of(FIRST, SECOND), page.lines());
  }

  /** Text at every level: link densities come from one walk, not from each block's whole subtree. */
  @Test
  @Timeout(120)
  void deeplyNestedTextWithLinksKeepsTheProseAndDropsTheLinks() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 20_000; i++) {
      html.append("<div><a href='/t").append(i).append("'>رابط إلى خبر آخر عن الحدود رقم ").append(i).append("</a>");
    }
    html.append("<p>").append(FIRST).append("</p><p>").append(SECOND).append("</p>");
    html.append("</div>".repeat(20_000)).append("</body></html>");
    assertEquals(List.of(FIRST, SECOND), HtmlText.parse(html.toString().getBytes(StandardCharsets.UTF_8)).lines());
  }

  @Test
  void aPageOverItsTimeBoundIsRefusedWithTheReason() {
    HtmlText page = HtmlText.parse(nested(1_000, "<p>" + FIRST + "</p>"), Duration.ZERO);
    HtmlText.TooSlow refused = assertThrows(HtmlText.TooSlow.class, page::lines);
    assertEquals("the page took longer than 0 s to clean", refused.getMessage());
  }
}
