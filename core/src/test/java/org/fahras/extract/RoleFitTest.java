package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the role phrase before a bare name is one of the official's offices. */
class RoleFitTest {
  private static final RoleFit FIT = new RoleFit(
      List.of(List.of("ملك", "عاهل", "ملكة"), List.of("رئيس", "زعيم")), List.of("نظيره"));

  @Test
  void aRoleOfTheSameOfficeFits() {
    assertTrue(FIT.fits("العاهل", List.of("الملك")));
    assertTrue(FIT.fits("الملكة", List.of("ملك")));
    assertTrue(FIT.fits("الزعيم", List.of("رئيس الجمهورية")));
    assertTrue(FIT.fits("وزيرة", List.of("وزير الخارجية")), "the feminine of the same office");
  }

  @Test
  void aRankOrAnotherOfficeDoesNot() {
    assertFalse(FIT.fits("اللواء", List.of("الملك")), "اللواء عبد الله صبيحي is no king");
    assertFalse(FIT.fits("الرئيس", List.of("الأمين العام للأمم المتحدة")), "الرئيس مون is not بان كي مون");
    assertFalse(FIT.fits("وزير الدفاع", List.of("الرئيس الأمريكي الأسبق")), "وزير الدفاع كارتر is not Jimmy Carter");
  }

  @Test
  void aCounterpartFitsAnyOffice() {
    assertTrue(FIT.fits("نظيره", List.of("الأمين العام للأمم المتحدة")));
  }
}
