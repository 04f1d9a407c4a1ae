package org.fahras.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Story folding on real news: wire copies meet, template instances and old stories do not. */
class StoryCopiesTest {
  /** The opening of a sample article (samples/news/000), as its paper published it. */
  private static final String TUNIS = "في الأيام الأخيرة، كثف وزراء الداخلية التونسي خالد النوري، والخارجية محمد علي النفطي،"
      + " مشاوراتهم مع مفوضية الاتحاد الأوروبي ومسوؤلين من الجزائر وإيطاليا. حيث عقد وزيري داخلية تونس والجزائر جلسة"
      + " عمل مشترك بتونس تناولت التحديات الأمنية بما في ذلك مكافحة الإرهاب والهجرة غير النظامية.\n\n"
      + "أيضًا، استقبل وزير الداخلية التونسي النوري مندوب الاتحاد الأوروبي في تونس، غوساب ييروني، لبحث التعاون الأمني"
      + " والهجرة. كما شملت المحادثات تعزيز الشراكة والتنسيق بين تونس وأوروبا، في ظل الأوضاع الراهنة.";

  /** The same story as another paper prints it: a dateline added, the second paragraph cut short. */
  private static final String TUNIS_REPRINT = "تونس - واس: في الأيام الأخيرة كثف وزراء الداخلية التونسي خالد النوري"
      + " والخارجية محمد علي النفطي مشاوراتهم مع مفوضية الاتحاد الأوروبي ومسؤولين من الجزائر وإيطاليا، حيث عقد"
      + " وزيرا داخلية تونس والجزائر جلسة عمل مشترك بتونس تناولت التحديات الأمنية بما في ذلك مكافحة الإرهاب والهجرة"
      + " غير النظامية. واستقبل وزير الداخلية التونسي النوري مندوب الاتحاد الأوروبي في تونس.";

  /** Two cables of one template, SaudiNewsNet 2015-08-03: only the addressee differs. */
  private static final String JAMAICA = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة"
      + " الرئيس باتريك ألين حاكم عام جامايكا بمناسبة ذكرى استقلال بلاده. وأعرب الملك المفدى باسمه واسم شعب وحكومة"
      + " المملكة العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جامايكا الصديق"
      + " اطراد التقدم والازدهار.";

  private static final String NIGER = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة"
      + " الرئيس إيسوفو محمدو رئيس جمهورية النيجر بمناسبة ذكرى استقلال بلاده. وأعرب الملك المفدى باسمه واسم شعب وحكومة"
      + " المملكة العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية النيجر"
      + " الشقيق اطراد التقدم والازدهار.";

  private static final LocalDate DAY = LocalDate.of(2015, 8, 3);

  @Test
  void aReprintSharesMostOfItsOpening() {
    StoryPrint original = StoryPrint.of(TUNIS).orElseThrow();
    StoryPrint reprint = StoryPrint.of(TUNIS_REPRINT).orElseThrow();
    assertTrue(reprint.containment(original) >= StoryCopies.COPY, () -> "containment " + reprint.containment(original));
    assertEquals(1.0, original.containment(original));
  }

  @Test
  void aReprintJoinsTheStoryOfItsOriginal() {
    StoryTable table = new StoryTable();
    StoryCopies.Member first = StoryCopies.place("000", StoryPrint.of(TUNIS).orElseThrow(), DAY, Set.of("TN", "DZ", "IT"), table);
    table.add(first);
    StoryCopies.Member copy = StoryCopies.place("wire-1", StoryPrint.of(TUNIS_REPRINT).orElseThrow(), DAY.plusDays(1), Set.of("TN", "DZ"), table);
    assertEquals("000", first.story());
    assertEquals("000", copy.story());
    assertEquals(DAY, copy.storyDay());
  }

  @Test
  void theSameWordsAWeekLaterAreNewsAgain() {
    StoryTable table = new StoryTable();
    table.add(StoryCopies.place("000", StoryPrint.of(TUNIS).orElseThrow(), DAY, Set.of("TN"), table));
    StoryCopies.Member later = StoryCopies.place("later", StoryPrint.of(TUNIS_REPRINT).orElseThrow(), DAY.plusDays(StoryCopies.WINDOW_DAYS + 1), Set.of("TN"), table);
    assertEquals("later", later.story());
  }

  @Test
  void aChainOfCopiesStaysWithinTheStorysFirstDays() {
    StoryTable table = new StoryTable();
    StoryPrint print = StoryPrint.of(TUNIS).orElseThrow();
    for (int day = 0; day <= 6; day += 2) {
      table.add(StoryCopies.place("day-" + day, print, DAY.plusDays(day), Set.of("TN"), table));
    }
    assertEquals("day-0", StoryCopies.place("x", print, DAY.plusDays(2), Set.of("TN"), table).story());
    assertEquals("day-4", StoryCopies.place("y", print, DAY.plusDays(6), Set.of("TN"), table).story());
  }

  @Test
  void templateInstancesForTwoCountriesAreTwoStories() {
    StoryPrint jamaica = StoryPrint.of(JAMAICA).orElseThrow();
    StoryPrint niger = StoryPrint.of(NIGER).orElseThrow();
    assertTrue(niger.containment(jamaica) >= StoryCopies.COPY, "the words alone take them for copies");
    StoryTable table = new StoryTable();
    table.add(StoryCopies.place("jamaica", jamaica, DAY, Set.of("SA", "JM"), table));
    assertEquals("niger", StoryCopies.place("niger", niger, DAY, Set.of("SA", "NE"), table).story());
    assertEquals("jamaica", StoryCopies.place("jamaica-copy", jamaica, DAY, Set.of("SA", "JM"), table).story());
    assertEquals("jamaica", StoryCopies.place("jamaica-short", jamaica, DAY, Set.of("JM"), table).story());
  }

  @Test
  void differentStoriesDoNotMeet() {
    StoryPrint tunis = StoryPrint.of(TUNIS).orElseThrow();
    StoryPrint jamaica = StoryPrint.of(JAMAICA).orElseThrow();
    assertTrue(tunis.containment(jamaica) < 0.1);
    StoryTable table = new StoryTable();
    table.add(StoryCopies.place("tunis", tunis, DAY, Set.of(), table));
    assertNotEquals("tunis", StoryCopies.place("jamaica", jamaica, DAY, Set.of(), table).story());
  }

  @Test
  void aShortTextHasNoPrint() {
    assertTrue(StoryPrint.of("وصل الرئيس إلى تونس اليوم في زيارة رسمية").isEmpty());
  }

  @Test
  void aPrintSurvivesStorage() {
    StoryPrint print = StoryPrint.of(TUNIS).orElseThrow();
    assertEquals(print, StoryPrint.fromBytes(print.toBytes()));
    assertEquals(print.bands(), StoryPrint.fromBytes(print.toBytes()).bands());
  }
}
