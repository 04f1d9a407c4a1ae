package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role an official held on a date, from a terms file as a journalist writes it. */
class OfficialTermsTest {
  @TempDir Path dir;

  private OfficialTerms terms(String... rows) throws IOException {
    Path file = dir.resolve("official-terms.tsv");
    Files.writeString(file, "# id\trole\tcountry\tfrom\tto\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return OfficialTerms.load(file);
  }

  @Test
  void theRoleIsTheOneHeldOnTheDay() throws IOException {
    OfficialTerms terms = terms(
        "mohammed-bin-salman\tولي ولي العهد وزير الدفاع\tSA\t2015-04-29\t2017-06-20",
        "mohammed-bin-salman\tولي العهد وزير الدفاع\tSA\t2017-06-21\t");
    assertEquals(new OfficialTerms.Held("ولي ولي العهد وزير الدفاع", "SA", false), terms.heldOn("mohammed-bin-salman", LocalDate.of(2015, 8, 2)));
    assertEquals(new OfficialTerms.Held("ولي العهد وزير الدفاع", "SA", false), terms.heldOn("mohammed-bin-salman", LocalDate.of(2018, 6, 4)));
    assertTrue(terms.inOffice("mohammed-bin-salman", LocalDate.of(2017, 6, 21)));
  }

  @Test
  void afterTheLastTermTheRoleEndedAndBeforeTheFirstNothingIsSaid() throws IOException {
    OfficialTerms terms = terms("hosni-mubarak\tرئيس الجمهورية\tEG\t1981-10-14\t2011-02-11");
    assertEquals(new OfficialTerms.Held("رئيس الجمهورية", "EG", true), terms.heldOn("hosni-mubarak", LocalDate.of(2015, 7, 21)));
    assertNull(terms.heldOn("hosni-mubarak", LocalDate.of(1980, 1, 1)));
    assertNull(terms.heldOn("hosni-mubarak", null), "an article of unknown date");
    assertFalse(terms.inOffice("hosni-mubarak", LocalDate.of(2015, 7, 21)));
  }

  @Test
  void aYearOrAMonthCoversItsWholeSpan() throws IOException {
    OfficialTerms terms = terms("turki-al-faisal\tالسفير السعودي في لندن\tSA\t2002\t2005-07");
    assertTrue(terms.inOffice("turki-al-faisal", LocalDate.of(2002, 1, 1)));
    assertTrue(terms.inOffice("turki-al-faisal", LocalDate.of(2005, 7, 31)));
    assertFalse(terms.inOffice("turki-al-faisal", LocalDate.of(2005, 8, 1)));
    assertEquals(List.of("السفير السعودي في لندن"), terms.roles("turki-al-faisal"));
  }

  @Test
  void aRowWithoutItsStartIsAnError() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> terms("kofi-annan\tالأمين العام للأمم المتحدة\t"));
  }

  @Test
  void theShippedTermsParse() {
    OfficialTerms shipped = OfficialTerms.load(Path.of("index-config/official-terms.tsv"));
    assertTrue(shipped.dated("vladimir-putin"));
    assertEquals("رئيس الوزراء الروسي", shipped.heldOn("vladimir-putin", LocalDate.of(2010, 1, 1)).role());
  }
}
