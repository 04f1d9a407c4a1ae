package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fahras.search.SearchResponse.FacetCount;
import org.junit.jupiter.api.Test;

/** Facet labels in Arabic dictionary order, and what a typed prefix reaches. */
class FacetOrderTest {
  private static FacetCount value(String label, long count) {
    return new FacetCount(label, label, count, false, false);
  }

  @Test
  void alefWithHamzaIsFiledUnderAlefNotBeforeIt() {
    List<String> labels = new ArrayList<>(List.of("تونس", "إيطاليا", "أمريكا", "الأردن", "ايطاليا", "آسيا"));
    List<String> codePoints = new ArrayList<>(labels);
    Collections.sort(codePoints);
    assertEquals(List.of("آسيا", "أمريكا", "إيطاليا", "الأردن", "ايطاليا", "تونس"), codePoints, "code point order, for contrast");
    List<String> arabic = labels.stream().map(l -> value(l, 1)).sorted(FacetOrder.arabic().byLabel()).map(FacetCount::label).toList();
    assertEquals(List.of("آسيا", "الأردن", "أمريكا", "ايطاليا", "إيطاليا", "تونس"), arabic);
  }

  @Test
  void countsFirstThenLabels() {
    List<FacetCount> values = List.of(value("ليبيا", 4), value("الجزائر", 5), value("تونس", 4), value("إيطاليا", 2), value("سوريا", 4));
    assertEquals(List.of("الجزائر", "تونس", "سوريا", "ليبيا", "إيطاليا"),
        values.stream().sorted(FacetOrder.arabic().byCount()).map(FacetCount::label).toList());
  }

  @Test
  void aPrefixMatchesTheLabelAnyWordOfItAWordWithoutItsArticleOrTheValue() {
    assertEquals(LabelPrefix.Match.LABEL_START, LabelPrefix.of("الجزا").match("DZ", "الجزائر"));
    assertEquals(LabelPrefix.Match.LABEL_START, LabelPrefix.of("الجزائ").match("DZ", "الجزائر"));
    assertEquals(LabelPrefix.Match.LABEL_START, LabelPrefix.of("اِيطا").match("IT", "إيطاليا"), "diacritics and hamza ignored");
    assertEquals(LabelPrefix.Match.INNER, LabelPrefix.of("جزائر").match("DZ", "الجزائر"));
    assertEquals(LabelPrefix.Match.INNER, LabelPrefix.of("تون").match("khaled-nouri", "خالد النوري — وزير الداخلية (تونس)"));
    assertEquals(LabelPrefix.Match.INNER, LabelPrefix.of("tn").match("TN", "تونس"));
    assertEquals(LabelPrefix.Match.NONE, LabelPrefix.of("ونس").match("TN", "تونس"), "the middle of a word is not a prefix");
    assertEquals(LabelPrefix.Match.NONE, LabelPrefix.of("  ").match("TN", "تونس"));
  }
}
