package org.fahras.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives' JSON Lines records as they come, with their own field names, read without a converter. */
class RecordFieldsTest {
  private static final ConfigFiles CONFIG = ConfigFiles.defaults();
  private static final Cleaner CLEANER = Cleaner.load(CONFIG);

  @TempDir Path dir;

  /** The fields of a SaudiNewsNet record: no id (its URL names it), content, date_extracted. */
  private static final String SAUDI_NEWS_NET = """
      {"file": "2015-07-21.json", "source": "aawsat", "url": "http://aawsat.com/home/article/410826", \
      "date_extracted": "2015-07-21 02:51:32", "title": "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف", \
      "author": "لندن: رنيم حنوش", "content": "حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية جديدة."}""";

  /** The fields of an ANT record: docno, text, src, time in RFC 1123, cat. */
  private static final String ANT = """
      {"path": "Alarabia/culture/AL-culture-1-20180218.txt", "docno": "AL-culture-1-20180218", \
      "url": "http://www.alarabiya.net/ar/culture-and-art/2018/02/18/x.html", "src": "alarabia", "cat": "culture", \
      "title": "هكذا تحالفت أحلام وإليسا ضد عاصي وحماقي", "time": "Sun, 18 Feb 2018 21:35:43 +0400", \
      "text": "تحالفت الفنانتان أحلام وإليسا في برنامج ذا فويس."}""";

  private List<CleanArticle> read(RecordFields fields, String... lines) throws Exception {
    Path file = dir.resolve("archive.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    List<CleanArticle> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    CorpusReader.Sink sink = new CorpusReader.Sink() {
      @Override
      public void accept(RawDocument document) {
        articles.add(CLEANER.clean(document));
      }

      @Override
      public void skip(String origin, String reason) {
        skipped.add(reason);
      }
    };
    new CorpusReader(CorpusReader.Limits.DEFAULTS, fields)
        .read(new CorpusReader.Input(file, "archive", Files.size(file), 0), sink);
    assertEquals(List.of(), skipped);
    return articles;
  }

  @Test
  void saudiNewsNetAndAntRecordsIndexAsTheyComeWithTheConfiguredNames() throws Exception {
    List<CleanArticle> articles = read(RecordFields.load(CONFIG), SAUDI_NEWS_NET, ANT);

    CleanArticle snn = articles.get(0);
    assertEquals("http://aawsat.com/home/article/410826", snn.id());
    assertEquals("بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف", snn.title());
    assertEquals("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية جديدة.", snn.body());
    assertEquals("aawsat", snn.source());
    assertEquals(Instant.parse("2015-07-21T02:51:32Z"), snn.publishedAt());

    CleanArticle ant = articles.get(1);
    assertEquals("AL-culture-1-20180218", ant.id());
    assertEquals("تحالفت الفنانتان أحلام وإليسا في برنامج ذا فويس.", ant.body());
    assertEquals("alarabia", ant.source());
    // the day and time as the site wrote them, as for ISO dates with an offset
    assertEquals(Instant.parse("2018-02-18T21:35:43Z"), ant.publishedAt());
  }

  @Test
  void aMappingNamesTheFieldForAPartAndOverridesTheFile() throws Exception {
    String record = """
        {"ref": "n-17", "title": "الحدود مؤمنة", "story": "قال وزير الداخلية إن الحدود مؤمنة.", "day": "21/07/2015", "kw": ["الحدود", "الأمن"]}""";
    CleanArticle article = read(RecordFields.load(CONFIG).with("id=ref, published_at=day, tags=kw"), record).getFirst();
    assertEquals("n-17", article.id());
    assertEquals("قال وزير الداخلية إن الحدود مؤمنة.", article.body());
    assertEquals(Instant.parse("2015-07-21T00:00:00Z"), article.publishedAt());
    assertEquals(List.of("الحدود", "الأمن"), article.tags());
  }

  @Test
  void theWriteApisOwnFormatKnowsNoOtherNames() {
    var json = com.google.gson.JsonParser.parseString(ANT).getAsJsonObject();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.fromJson(json, "POST"));
    assertEquals("missing \"id\"", e.getMessage());
  }

  @Test
  void aMappingOfAnUnknownPartSaysWhichPartsThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordFields.OWN.with("bdy=content"));
    assertTrue(e.getMessage().contains("'bdy' is not a part of an article"), e.getMessage());
  }
}
