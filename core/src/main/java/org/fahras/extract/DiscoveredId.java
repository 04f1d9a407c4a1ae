package org.fahras.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facet value of an official found by role phrase, one per person whatever the article
 * writes: "عزام بن محمد الدخيل" and "عزام الدخيل" are ar:عزام-الدخيل, "عبدالله" and "عبد الله"
 * both ar:عبد-الله-…. A patronym (بن X) is left out only before a family name, so "فيصل بن خالد" and "حمد بن
 * فيصل آل ثاني" keep theirs: there the patronym is the name.
 */
final class DiscoveredId {
  /** The id prefix of an official found by pattern, not listed in officials.tsv. */
  static final String PREFIX = "ar:";

  private static final Set<String> PATRONYMS = Set.of("بن", "ابن");
  private static final List<String> COMPOUND_HEADS = List.of("عبد", "ابو");

  private DiscoveredId() {}

  static boolean isDiscovered(String id) {
    return id.startsWith(PREFIX);
  }

  /**
   * The id of a name of normalised words; {@code particles} are the words that join names (بن، آل),
   * and a name ending in a given name ("فيصل بن خالد عبدالعزيز") has no family name to keep.
   */
  static String of(List<String> name, Set<String> particles, Set<String> givenNames) {
    // compound given names as one unit while patronyms are dropped: "بن عبد الكريم" goes whole
    List<String> joined = new ArrayList<>(name.size());
    for (int k = 0; k < name.size(); k++) {
      String word = name.get(k);
      if (COMPOUND_HEADS.contains(word) && k + 1 < name.size()) {
        word += " " + name.get(++k);
      } else if (compoundHead(word) != null) {
        word = compoundHead(word) + " " + word.substring(compoundHead(word).length()); // "عبدالله" as "عبد الله"
      }
      joined.add(word);
    }
    String last = joined.getLast();
    boolean familyName = joined.size() >= 3 && !particles.contains(joined.get(joined.size() - 2)) && !last.contains(" ") && !givenNames.contains(last);
    List<String> kept = new ArrayList<>(joined.size());
    for (int k = 0; k < joined.size(); k++) {
      if (familyName && k > 0 && k + 2 < joined.size() && PATRONYMS.contains(joined.get(k))) {
        k++; // the patronym and the father's name
        continue;
      }
      kept.add(joined.get(k));
    }
    if (!familyName && kept.size() > 3 && PATRONYMS.contains(kept.get(1)) && PATRONYMS.contains(kept.get(kept.size() - 2))) {
      kept = kept.subList(0, 3); // "سلطان بن سلمان بن عبد العزيز" is سلطان بن سلمان: a grandfather's name is optional
    }
    return PREFIX + String.join("-", kept).replace(' ', '-');
  }

  /** عبد or ابو when a compound given name is written as one word with ال: عبدالله, ابوالقاسم. */
  private static String compoundHead(String word) {
    for (String head : COMPOUND_HEADS) {
      if (word.length() > head.length() + 2 && word.startsWith(head) && word.startsWith("ال", head.length())) {
        return head;
      }
    }
    return null;
  }
}
