package org.fahras.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stems of a nisba adjective and its noun, as the stemmer writes them (normalised). */
class NisbaPartnerTest {
  @Test
  void anAdjectiveAndItsNounAreEachOthersPartners() {
    assertEquals(List.of("تونسي"), NisbaPartner.of("تونس"));
    assertEquals(List.of("جزاءر", "جزاءرا", "جزاءريا"), NisbaPartner.of("جزاءري"));
  }

  @Test
  void aNameInAlefMeetsItsAdjectiveWithoutIt() {
    assertEquals(List.of("سوري"), NisbaPartner.of("سوريا"));
    assertEquals(List.of("فرنسي"), NisbaPartner.of("فرنسا"));
    assertEquals(List.of("سور", "سورا", "سوريا"), NisbaPartner.of("سوري"));
    assertEquals(List.of("فرنس", "فرنسا", "فرنسيا"), NisbaPartner.of("فرنسي"));
  }

  @Test
  void shortStemsNumbersAndLatinHaveNone() {
    assertEquals(List.of(), NisbaPartner.of("علي"));
    assertEquals(List.of(), NisbaPartner.of("يد"));
    assertEquals(List.of(), NisbaPartner.of("2016"));
    assertEquals(List.of(), NisbaPartner.of("fifa"));
  }
}
