package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the entity evaluations take two written names for one person. */
class EntityNamesTest {
  @Test
  void transliterationsOfOneNameAreOnePerson() {
    assertTrue(EntityNames.sameName("فلاديمير بوتين", "فلاديمير بوتن", false));
    assertTrue(EntityNames.sameName("ريكس تيلرسون", "ريكس تيليرسون", false));
    assertTrue(EntityNames.sameName("جان إيف لودريان", "جان-إيف لودريان", false));
    assertTrue(EntityNames.sameName("عبد الفتاح السيسي", "عبدالفتاح السيسي", false));
    assertTrue(EntityNames.sameName("أنطونيو غوتيريس", "انطونيو غوتيرس", false));
  }

  @Test
  void aNameCutShortAfterTwoWordsIsTheSamePerson() {
    assertTrue(EntityNames.sameName("أديل إزكيردو", "أديل إزكيردو رودريغيز", false));
    assertFalse(EntityNames.sameName("أديل", "أديل إزكيردو رودريغيز", true)); // a given name alone says nobody
  }

  @Test
  void theSameFirstAndLastWordIsOnePersonOnlyWhenLenient() {
    assertTrue(EntityNames.sameName("عزام الدخيل", "عزام بن محمد الدخيل", true));
    assertTrue(EntityNames.sameName("عبدالمنعم الشهري", "عبدالمنعم بن ياسين الشهري", true));
    assertFalse(EntityNames.sameName("عزام الدخيل", "عزام بن محمد الدخيل", false));
  }

  @Test
  void aLongerChainNamingSomeoneElseIsAnotherPerson() {
    assertFalse(EntityNames.sameName("فيصل بن عبد العزيز", "فيصل بن خالد بن عبد العزيز", true));
    assertFalse(EntityNames.sameName("محمد بن سلمان", "محمد بن نايف", true));
    assertFalse(EntityNames.sameName("سلمان بن عبد العزيز", "سلطان بن عبد العزيز", true));
    assertFalse(EntityNames.sameName("محمد بن زايد", "محمد بن راشد", true));
  }

  @Test
  void aPersonIsAnyOfTheirSpellings() {
    assertTrue(EntityNames.samePerson(List.of("رياك مشار", "ريك مشار"), List.of("ريك مشار"), true));
    assertFalse(EntityNames.samePerson(List.of("بان كي مون"), List.of("مون جيه-إن"), true));
  }
}
