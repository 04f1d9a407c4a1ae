package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One facet value per discovered person, whatever patronyms and compound spellings an article writes. */
class DiscoveredIdTest {
  private static final Set<String> PARTICLES = Set.of("بن", "ابن", "ال", "ابو", "عبد");
  private static final Set<String> GIVEN = Set.of("عزام", "فيصل", "خالد", "مساعد", "احمد");

  private static String id(String name) {
    return DiscoveredId.of(Words.of(name), PARTICLES, GIVEN);
  }

  @Test
  void aPatronymBeforeAFamilyNameIsLeftOut() {
    assertEquals("ar:عزام-الدخيل", id("عزام بن محمد الدخيل"));
    assertEquals(id("عزام الدخيل"), id("عزام بن محمد الدخيل"));
    assertEquals("ar:احمد-الخليفي", id("أحمد بن عبدالكريم الخليفي"), "the father's compound name goes whole");
  }

  @Test
  void aPatronymThatIsTheNameStays() {
    assertEquals("ar:فيصل-بن-خالد", id("فيصل بن خالد"));
    assertEquals("ar:حمد-بن-فيصل-ال-ثاني", id("حمد بن فيصل آل ثاني"));
    assertEquals("ar:فيصل-بن-خالد-عبد-العزيز", id("فيصل بن خالد عبدالعزيز"), "a name ending in a given name has no family name");
    assertEquals("ar:فيصل-بن-خالد", id("فيصل بن خالد بن عبدالعزيز"), "a grandfather's name is optional");
    assertEquals("ar:حمدان-بن-محمد-بن-راشد-ال-مكتوم", id("حمدان بن محمد بن راشد آل مكتوم"));
  }

  @Test
  void aCompoundGivenNameIsWrittenOneWay() {
    assertEquals(id("عبد اللطيف لوديي"), id("عبداللطيف لوديي"));
    assertEquals("ar:عبد-اللطيف-لوديي", id("عبداللطيف لوديي"));
  }
}
