package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare surname or guarded alias names an official only once the article has met them. */
class ArticleCoreferenceTest {
  private static final OfficialFinder.Official SADDAM =
      new OfficialFinder.Official("saddam-hussein", "صدام حسين", List.of("صدام حسين"), "", "IQ");
  private static final OfficialFinder.Official HAFEZ =
      new OfficialFinder.Official("hafez-al-assad", "حافظ الأسد", List.of("حافظ الأسد"), "", "SY");
  private static final OfficialFinder.Official BASHAR =
      new OfficialFinder.Official("bashar-al-assad", "بشار الأسد", List.of("بشار الأسد"), "", "SY");

  @Test
  void nothingIsNamedBeforeTheFirstMention() {
    ArticleCoreference coreference = new ArticleCoreference();
    assertTrue(coreference.isEmpty());
    assertNull(coreference.named("صدام"));
  }

  @Test
  void theSurnameAndGuardedAliasesNameTheOfficialMet() {
    ArticleCoreference coreference = new ArticleCoreference();
    coreference.met(SADDAM, "حسين", List.of("صدام"));
    assertEquals(SADDAM, coreference.named("صدام"));
    assertEquals(SADDAM, coreference.named("حسين"));
  }

  @Test
  void aSharedSurnameGoesToTheOfficialMetFirst() {
    ArticleCoreference coreference = new ArticleCoreference();
    coreference.met(BASHAR, "اسد", List.of());
    coreference.met(HAFEZ, "اسد", List.of());
    assertEquals(BASHAR, coreference.named("اسد"));
  }
}
