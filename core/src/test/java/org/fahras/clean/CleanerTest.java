package org.fahras.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The cleaner on the five sample articles and on small pages: what stays, what goes, what is mined. */
class CleanerTest {
  private static final Cleaner CLEANER = Cleaner.load(ConfigFiles.defaults());

  static CleanArticle sample(String id) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("samples/news", id + ".txt"));
    return CLEANER.clean(new RawDocument(id, Format.TEXT, bytes, Map.of(), id));
  }

  static List<String> paragraphs(CleanArticle article) {
    return List.of(article.body().split("\n\n"));
  }

  /**
   * A JSON Lines record says its title or has none: 003's short first line (its headline, which a
   * text file makes the title) stays body text of a record that gives no title, and a record's own
   * title is kept. (The first line of a record is as often a caption or a dateline.)
   */
  @Test
  void aJsonLinesRecordWithoutATitleHasNone() throws IOException {
    String body = Files.readString(Path.of("samples/news", "003_e8eb1555354a108a.txt"));
    String headline = "تنسيق جزائري - تونسي لمواجهة عودة مقاتلي “داعش”";
    assertEquals(headline, sample("003_e8eb1555354a108a").title(), "a text file's first line is its title");

    com.google.gson.JsonObject record = new com.google.gson.JsonObject();
    record.addProperty("id", "003");
    record.addProperty("body", body);
    CleanArticle untitled = CLEANER.clean(CorpusReader.fromJson(record, "003.jsonl:1"));
    assertEquals("", untitled.title());
    assertEquals(headline, paragraphs(untitled).getFirst());

    record.addProperty("title", "عنوان الصحيفة");
    CleanArticle titled = CLEANER.clean(CorpusReader.fromJson(record, "003.jsonl:1"));
    assertEquals("عنوان الصحيفة", titled.title());
    assertEquals(headline, paragraphs(titled).getFirst());
  }

  @Test
  void markdownArticleKeepsHeadlineSubheadingsAndParagraphsButNotCaptions() throws IOException {
    CleanArticle a = sample("000_f83fad4017c3a26e");
    assertEquals("تنسيق تونسي جزائري أوروبي لمواجهة الهجرة السرية والإرهاب", a.title());
    assertEquals("مشاورات مكثفة بين تونس والجزائر وإيطاليا", paragraphs(a).getFirst());
    assertTrue(paragraphs(a).getLast().startsWith("من المقرر عقد مؤتمر قمة ثلاثية بين تونس والجزائر وليبيا"));
    assertTrue(a.body().contains("اجتماع مع الاتحاد الأوروبي"), "a subheading between paragraphs stays");
    assertFalse(a.body().contains("أ.ف.ب"), "image captions go");
    assertFalse(a.body().contains("srpcdigital"));
  }

  @Test
  void theReadAlsoArticleAfterTheTagLineIsNotPartOfTheArticle() throws IOException {
    CleanArticle a = sample("001_e6cec7ea6f3f5799");
    assertEquals("عين ليبيا", a.source());
    assertEquals(List.of("قمة السبع في إيطاليا"), a.tags());
    assertTrue(paragraphs(a).getFirst().startsWith("عقد وزير الداخلية المكلف في حكومة الوحدة الوطنية"));
    assertEquals("وقد رحّب الوزير الجزائري بهذه المناقشات وأكد حرص بلاده ودعمها لاستقرار ليبيا”.", paragraphs(a).getLast());
    for (String sidebarOnly : List.of("بيانتيدوسي", "كندا", "الفنتانيل", "مقالات مشابهة", "الإمارات تشارك")) {
      assertFalse(a.body().contains(sidebarOnly), sidebarOnly);
    }
  }

  @Test
  void breadcrumbDatelineAndSidebarsGoAndTheSourceIsMined() throws IOException {
    CleanArticle a = sample("002_a1c25e29923e9552");
    assertEquals("وزير الخارجية الجزائري رمطان لعمامرة", a.title());
    assertEquals("المغرب اليوم", a.source());
    assertTrue(paragraphs(a).getFirst().startsWith("عقد خبراء أمنيون وديبلوماسيون جزائريون وغربيون"));
    assertTrue(paragraphs(a).getLast().endsWith("حول الوضع في ليبيا»."));
    for (String furniture : List.of("الرئيسية", "View on", "غزة", "ترمب", "محمد صلاح", "الأخبار الأكثر قراءة")) {
      assertFalse(a.body().contains(furniture), furniture);
    }
  }

  @Test
  void aNumberedMostReadListGoes() throws IOException {
    CleanArticle a = sample("003_e8eb1555354a108a");
    assertEquals("تنسيق جزائري - تونسي لمواجهة عودة مقاتلي “داعش”", a.title());
    assertTrue(paragraphs(a).getLast().endsWith("مسألة بالغة الأهمية”."));
    for (String furniture : List.of("غزة", "كاسنوس", "الأكثر قراءة", "مقالات الواجهة", "وهران")) {
      assertFalse(a.body().contains(furniture), furniture);
    }
  }

  @Test
  void aGluedBreadcrumbAndACommentFormGoAndTheAgencyIsTheSource() throws IOException {
    CleanArticle a = sample("004_114047c5c7cf8368");
    assertEquals("اتفاق بين الجزائر ومصر وتونس على زيادة التنسيق الأمني حول ليبيا", a.title());
    assertEquals("الأناضول", a.source());
    assertTrue(paragraphs(a).getFirst().startsWith("الأناضول – اتفقت الجزائر ومصر وتونس"));
    for (String furniture : List.of("الرئيسيةأخبار", "ترك الرد", "Akismet", "اخترنا لكم", "المكتب الإعلامي الفلسطيني")) {
      assertFalse(a.body().contains(furniture), furniture);
    }
  }

  @Test
  void theRawInputIsKeptBesideTheCleanText() throws IOException {
    CleanArticle a = sample("002_a1c25e29923e9552");
    assertTrue(a.raw().contains("الصليب الأحمر ومنظمة الأونروا يحذران من أوضاع غزة"));
  }

  @Test
  void anHtmlPageInWindows1256KeepsItsArticleAndMinesTitleAndDate() {
    String html = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
        <meta property="og:title" content="وزير الداخلية الليبي في روما">
        <meta property="article:published_time" content="2024-10-03T09:00:00+02:00"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/w">العالم</a></nav>
        <article><h1>وزير الداخلية الليبي في روما</h1>
        <p>التقى وزير الداخلية الليبي عماد الطرابلسي نظيره الإيطالي في روما لبحث ملف الهجرة غير النظامية، وفق بيان للوزارة.</p>
        <p>وأكد الطرفان على أهمية التعاون الأمني بين البلدين في مكافحة تهريب البشر عبر البحر المتوسط.</p>
        <aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">غزة تحت القصف</a></li></ul></aside></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>""";
    byte[] bytes = html.getBytes(Charset.forName("windows-1256"));
    CleanArticle a = CLEANER.clean(new RawDocument("rome", Format.HTML, bytes, Map.of(), "rome.html"));
    assertEquals("وزير الداخلية الليبي في روما", a.title());
    assertTrue(a.body().startsWith("التقى وزير الداخلية الليبي عماد الطرابلسي"), a.body());
    assertTrue(a.body().endsWith("عبر البحر المتوسط."), a.body());
    assertFalse(a.body().contains("غزة"));
    assertNotNull(a.publishedAt());
    assertEquals("2024-10-03", a.publishedAt().toString().substring(0, 10));
  }

  @Test
  void plainTextInWindows1256IsDecoded() {
    String text = "وزير الخارجية الجزائري يلتقي نظيره التونسي\n\nبحث الوزيران في تونس العاصمة سبل تعزيز التعاون الأمني على الحدود المشتركة بين البلدين.";
    CleanArticle a = CLEANER.clean(new RawDocument("cp1256", Format.TEXT, text.getBytes(Charset.forName("windows-1256")), Map.of(), "x.txt"));
    assertEquals("وزير الخارجية الجزائري يلتقي نظيره التونسي", a.title());
    assertTrue(a.body().contains("سبل تعزيز التعاون الأمني"));
  }

  @Test
  void anArabicDateInTheTextIsThePublicationDate() {
    String text = "الجزائر تستضيف اجتماعا أمنيا\n\nالجمعة 24 نيسان / أبريل 2020\n\nاستضافت الجزائر اجتماعا أمنيا لدول الجوار الليبي لبحث تأمين الحدود ومكافحة التهريب.";
    CleanArticle a = CLEANER.clean(new RawDocument("d", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), "d.txt"));
    assertEquals("2020-04-24", a.publishedAt().toString().substring(0, 10));
  }

  private static CleanArticle text(String text) {
    return CLEANER.clean(new RawDocument("t", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), "t"));
  }

  @Test
  void relatedStoryHeadlinesBetweenParagraphsGo() {
    // BBC Arabic (ANT BB-middleEast-344): two teasers of other stories in the middle of the body
    CleanArticle a = text("""
        إسرائيل: الطائرة الإيرانية التي أسقطناها كانت محملة بالمتفجرات
        اتهمت الحكومة الإسرائيلية إيران بمحاولة الهجوم على أراضيها باستخدام طائرة بدون طيار أسقطتها قبل نحو شهرين.
        وانطلقت الطائرة الإيرانية من قاعدة عسكرية في الأراضي السورية، وهي القاعدة التي شنت عليها إسرائيل غارات جوية في وقت لاحق.
        روحاني: الولايات المتحدة ستندم إن انسحبت من الاتفاق النووي
        سوريا: إسرائيل قصفت قاعدة التيفور بصواريخ من فوق الأراضي اللبنانية
        وفقدت القوات الجوية الإسرائيلية مقاتلة من طراز إف-16 خلال الهجوم فيما يعد خسارة غير معتادة غير أن الطيار والمساعد نجيا من التحطم.
        """);
    assertEquals(3, paragraphs(a).size());
    assertFalse(a.body().contains("روحاني"));
    assertFalse(a.body().contains("التيفور"));
  }

  @Test
  void anotherStorysDatelineEndsTheArticle() {
    // CNN Arabic (ANT CN-middleEast-1602): the leads of other stories follow the article
    CleanArticle a = text("""
        دبي، الإمارات العربية المتحدة (CNN)-- نقلت وسائل إعلام روسية رسمية، الخميس، أول تعليق من الرئيس فلاديمير بوتين بشأن قضية الصحفي السعودي، جمال خاشقجي.
        وقال بوتين: "لقد عاش في الولايات المتحدة. لم يعش في روسيا، إنما في الولايات المتحدة. وبهذا المعنى، بالطبع، تتحمل الولايات المتحدة بعض المسؤولية عما حدث له"، حسب قوله
        أتلانتا، الولايات المتحدة الأمريكية (CNN) -- أعلن وزير العدل التركي، عبد الحميد غل، الخميس، أن التحقيقات التي تجريها السلطات التركية بقضية الإعلامي السعودي جمال خاشقجي تعد "سرية ولا تزال مستمرة"
        نشرت صحيفة "واشنطن بوست" الأمريكية، الخميس، آخر مقال كتبه الإعلامي السعودي جمال خاشقجي قبل اختفائه في 2 أكتوبر/ تشرين الأول الجاري، بعد زيارته للقنصلية السعودية في إسطنبول.
        """);
    assertEquals(2, paragraphs(a).size());
    assertTrue(paragraphs(a).getLast().endsWith("حسب قوله"));
  }

  @Test
  void theWritersOtherArticlesGoEvenGluedToTheLastSentence() {
    // SaudiNewsNet, line 15,345 of the file
    CleanArticle a = text("أصدرت محكمة ليبية حكم الإعدام رمياً بالرصاص على سيف الإسلام القذافي، وهو الحكم الذي عارضته هيئات حقوق الإنسان، والأمم المتحدة.\n"
        + "ويا سيف الإسلام القذافي: «ما هو شعورك وأنت ترى المساجين الذين أطلقت سراحهم يغدرون بك، ويحكمون عليك بالإعدام؟!!»، وأظننا نعرف الجواب!! مقالات أخرى للكاتبانتخابات أمريكا 2016: دونالد ترمب !هيكل: الابتزاز والارتزاق !هل الاتفاق النووي سيئ؟!\n"
        + "المزيد من المقالات\n");
    assertTrue(paragraphs(a).getLast().endsWith("وأظننا نعرف الجواب!!"));
    assertFalse(a.body().contains("ترمب"));
  }
}
