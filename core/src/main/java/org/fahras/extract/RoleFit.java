package org.fahras.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a role phrase before a bare name fits the official the name may stand for: "الملك عبد
 * الله" may be a king, "اللواء عبد الله صبيحي" is no king, and "الرئيس مون" is not the Secretary
 * General بان كي مون. Two roles fit when their head nouns (the first word, without ال and the
 * feminine ending) name the same office, as {@code same-office} rows of {@code
 * official-context.tsv} group them (ملك، عاهل، سلطان); a head of {@code any-office} (نظيره) fits
 * every role.
 */
final class RoleFit {
  private final Map<String, String> officeOf = new HashMap<>();
  private final Set<String> anyOffice = new HashSet<>();

  /** Each group lists the heads of one office; heads not listed are an office of their own. */
  RoleFit(List<List<String>> sameOffice, List<String> anyOffice) {
    for (List<String> group : sameOffice) {
      for (String word : group) {
        officeOf.put(head(word), head(group.getFirst()));
      }
    }
    for (String word : anyOffice) {
      this.anyOffice.add(head(word));
    }
  }

  /** Whether the role phrase of the text (normalised words) fits one of the official's roles. */
  boolean fits(String textRole, List<String> officialRoles) {
    String office = office(textRole);
    if (office.isEmpty() || anyOffice.contains(office)) {
      return true;
    }
    for (String role : officialRoles) {
      if (office.equals(office(role))) {
        return true;
      }
    }
    return false;
  }

  private String office(String role) {
    List<String> words = Words.of(role);
    if (words.isEmpty()) {
      return "";
    }
    String head = head(words.getFirst());
    return officeOf.getOrDefault(head, head);
  }

  /** A role word without ال and the feminine ending, normalised: الوزيرة → وزير. */
  static String head(String word) {
    List<String> words = Words.of(word);
    String head = words.isEmpty() ? "" : words.getFirst();
    if (head.startsWith("ال") && head.length() > 4) {
      head = head.substring(2);
    }
    if (head.endsWith("ه") && head.length() > 3) {
      head = head.substring(0, head.length() - 1);
    }
    return head;
  }
}
