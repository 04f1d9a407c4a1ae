package org.fahras.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Columns set as bulleted paragraphs (" - …") are prose; short bulleted lines stay teasers. */
class BulletedColumnTest {
  private static final Cleaner CLEANER = Cleaner.load(ConfigFiles.defaults());
  private static final Path SAUDI_NEWS = Path.of("../shared/data/saudinewsnet/saudinewsnet.jsonl.gz");
  private static final Pattern LONG_BULLETED_LINE = Pattern.compile("(?m)^\\s*[-*•]\\s+.{200,}");

  private static CleanArticle clean(String text) {
    return CLEANER.clean(new RawDocument("column", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), "test"));
  }

  @Test
  void aColumnOfLongBulletedParagraphsIsTheArticle() {
    String first = "- الحدائق العامة وممرات المشاة في أحياء المدينة لا تتناسب مع حجم الميزانية المعتمدة لها كل عام، "
        + "فالمقاعد مكسورة والإنارة معطلة منذ شهور والنظافة غائبة عن أكثر المواقع التي يرتادها الأهالي مع أطفالهم في المساء وفي أيام العطل";
    String second = " - ما تتعرض له المرافق من تشويه وعبث لا يعفي الأمانة من مسؤوليتها، فالرقابة الميدانية شبه معدومة "
        + "والعقود تجدد للمقاولين أنفسهم دون محاسبة على ما أنجزوه أو ما تركوه ناقصا في الأحياء الجديدة والقديمة على حد سواء";
    CleanArticle article = clean(first + "\n" + second + "\n");
    assertEquals(first + "\n\n" + second.strip(), article.body()); // the text as written, bullets included
  }

  @Test
  void shortBulletedLinesAroundAnArticleAreStillTeasers() {
    String paragraph = "بحث وزير الداخلية مع نظيره التونسي ملف تأمين الحدود المشتركة ومكافحة التهريب عبر المعابر البرية بين البلدين.";
    CleanArticle article = clean(paragraph + "\n- اقرأ أيضا: أمطار غزيرة على الرياض\n- الهلال يتعاقد مع مدرب جديد\n");
    assertEquals(paragraph, article.body());
  }

  /** Five SaudiNewsNet columns of 3.5k-14k characters set this way were skipped as empty after cleaning. */
  @Test
  void noSaudiNewsNetColumnOfLongBulletedLinesIsLeftEmpty() throws IOException {
    assumeTrue(Files.exists(SAUDI_NEWS), "SaudiNewsNet is not at " + SAUDI_NEWS + " (evaluation data, not in the project): skipped");
    List<Integer> empty = new ArrayList<>();
    int columns = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAUDI_NEWS)), StandardCharsets.UTF_8))) {
      String line;
      for (int number = 1; (line = reader.readLine()) != null; number++) {
        String content = JsonParser.parseString(line).getAsJsonObject().get("content").getAsString();
        if (LONG_BULLETED_LINE.matcher(content).find()) {
          columns++;
          if (BlankText.isBlank(clean(content).body())) {
            empty.add(number);
          }
        }
      }
    }
    assertTrue(columns >= 5, "columns found: " + columns);
    assertEquals(List.of(), empty, "records of saudinewsnet.jsonl.gz left without a body");
  }
}
