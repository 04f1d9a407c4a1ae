package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter before a gazetteer's map: never a key missed, and most other words told apart. */
class KeyFilterTest {
  private static final List<String> KEYS = List.of("الجزائر", "تونس", "جنوب السودان", "الرئيس", "قال", "");

  @Test
  void holdsEveryKeyAddedAskedAsAnotherStringOfTheSameWord() {
    KeyFilter filter = filterOf(KEYS);
    for (String key : KEYS) {
      assertTrue(filter.mayContain(new String(key.toCharArray())), key);
    }
    // a form cut from a word with clitics, as Words.withoutProclitics cuts it
    assertTrue(filter.mayContain("وبالجزائر".substring(2)));
    assertTrue(filter.mayContain("جنوب" + " " + "السودان"));
  }

  @Test
  void rejectsWordsThatAreNoKey() {
    KeyFilter filter = filterOf(KEYS);
    for (String word : List.of("أعلنت", "الحكومة", "الجزائري", "تونسي", "جنوب", "السودان", "المحادثات", "اليوم")) {
      assertFalse(filter.mayContain(word), word);
    }
    assertFalse(new KeyFilter().mayContain("الجزائر"));
  }

  private static KeyFilter filterOf(List<String> keys) {
    KeyFilter filter = new KeyFilter();
    keys.forEach(filter::add);
    return filter;
  }
}
