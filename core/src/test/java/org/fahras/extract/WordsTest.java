package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cutting text into normalised words and a word into its forms without proclitics. */
class WordsTest {
  /** Words of the sample articles, normalised, with every form the finders look up. */
  private static final Map<String, List<String>> FORMS = Map.of(
      "وبالجزائر", List.of("وبالجزائر", "بالجزائر", "الجزائر", "جزائر"),
      "للجزائر", List.of("للجزائر", "الجزائر", "جزائر"),
      "وللامم", List.of("وللامم", "للامم", "الامم", "امم"),
      "الطرابلسي", List.of("الطرابلسي", "طرابلسي"),
      "لتونس", List.of("لتونس", "تونس"),
      "وزير", List.of("وزير", "زير"), // و may be the conjunction: the finders know زير is no key
      "ليبيا", List.of("ليبيا", "يبيا"),
      "الان", List.of("الان"), // ال and two letters: too short a rest to be a word without it
      "ايطاليا", List.of("ايطاليا"));

  @Test
  void aWordsFormsAreItselfThenWithoutEachClitic() {
    FORMS.forEach((word, forms) -> assertEquals(forms, Words.withoutProclitics(word), word));
  }

  @Test
  void theHashOfEachFormIsTheHashOfItsStringBeforeTheStringIsCut() {
    FORMS.forEach((text, forms) -> {
      Words.Word word = new Words.Word(text, 0, text.length());
      assertEquals(forms.size(), word.formCount(), text);
      for (int k = 0; k < forms.size(); k++) {
        assertEquals(forms.get(k).hashCode(), word.formHash(k), forms.get(k));
        assertEquals(forms.get(k), word.form(k));
      }
    });
  }

  @Test
  void aTextIsCutIntoNormalisedWordsWithABreakForPunctuation() {
    String text = "وزير الداخلية الإيطالي، ماتيو بيانتدوزي.";
    List<Words.Word> words = Words.spans(text, true);
    assertEquals(List.of("وزير", "الداخليه", "الايطالي", "", "ماتيو", "بيانتدوزي", ""), Words.texts(words));
    Words.Word minister = words.get(4);
    assertEquals("ماتيو", text.substring(minister.start(), minister.end()));
    assertTrue(words.get(3).text().isEmpty());
  }
}
