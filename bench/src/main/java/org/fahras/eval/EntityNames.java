package org.fahras.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.analysis.NameSkeleton;
import org.fahras.config.ConfigFiles;

/**
 * How the entity evaluations tell that two written names are one person: labels are written from
 * the articles and the facet shows the gazetteer's or the article's spelling, so names are
 * compared word by word on their consonant skeleton ({@link NameSkeleton}: بوتين and بوتن,
 * تيلرسون and تيليرسون meet), "عبد" joined to the next word, hyphens as spaces.
 */
final class EntityNames {
  private final Map<String, List<String>> listed;

  private EntityNames(Map<String, List<String>> listed) {
    this.listed = listed;
  }

  /** The spellings of every official of the running configuration's officials.tsv, by id. */
  static EntityNames load(ConfigFiles config) {
    Map<String, List<String>> listed = new HashMap<>();
    for (String[] row : ConfigFiles.table(config.config("officials.tsv"))) {
      List<String> names = new ArrayList<>(List.of(row[1]));
      if (row.length > 2 && !row[2].isBlank()) {
        for (String alias : row[2].split("\\|")) {
          if (!alias.startsWith("~")) { // a guarded alias is a given name or a common word alone
            names.add(alias);
          }
        }
      }
      listed.put(row[0], names);
    }
    return new EntityNames(listed);
  }

  /** The names a value or label stands for: a listed id's spellings, else the text itself. */
  List<String> spellings(String valueOrName, String shownLabel) {
    List<String> names = new ArrayList<>(listed.getOrDefault(valueOrName, List.of()));
    // a discovered official's value is its name, "ar:عبد-الفتاح-السيسي"
    names.add(valueOrName.startsWith("ar:") ? valueOrName.substring(3).replace('-', ' ') : valueOrName);
    if (shownLabel != null && !shownLabel.isBlank()) {
      names.add(shownLabel.split(" — ")[0]);
    }
    return names;
  }

  /** Whether any spelling of one is the same person as any spelling of the other. */
  static boolean samePerson(List<String> a, List<String> b, boolean lenient) {
    for (String x : a) {
      for (String y : b) {
        if (sameName(x, y, lenient)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Same skeletons word by word, or the shorter name (two words or more) begins the longer one
   * ("أديل إزكيردو" for "أديل إزكيردو رودريغيز"); lenient, also the same first and last word
   * when the shorter name is a given name and a family name ("عبدالمنعم الشهري" for "عبدالمنعم
   * بن ياسين الشهري").
   */
  static boolean sameName(String a, String b, boolean lenient) {
    List<String> x = key(a);
    List<String> y = key(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y) || vowelless(x).equals(vowelless(y))) {
      return true;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    if (shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter)) {
      return true;
    }
    // "فيصل بن عبد العزيز" names a father: فيصل بن خالد بن عبد العزيز is someone else
    return lenient && shorter.size() >= 2 && !shorter.contains("بن") && !shorter.contains("ابن")
        && shorter.getFirst().equals(longer.getFirst()) && shorter.getLast().equals(longer.getLast());
  }

  /**
   * The words without the long vowels and hamza after their first letter: transliterations differ
   * in them even in short names (بوتين, بوتن), which the skeleton keeps apart so that محمد and
   * محمود stay two given names; here only whole names are compared.
   */
  private static List<String> vowelless(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(w.isEmpty() ? w : w.charAt(0) + w.substring(1).replaceAll("[اويىء]", ""));
    }
    return out;
  }

  private static List<String> key(String name) {
    String normalized = ArabicNormalizer.normalize(name.replace('-', ' ').replace('ـ', ' '));
    List<String> words = new ArrayList<>();
    String[] parts = normalized.strip().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String word = parts[i];
      if (word.isEmpty()) {
        continue;
      }
      if ((word.equals("عبد") || word.equals("ابو")) && i + 1 < parts.length) {
        word = word + parts[++i]; // عبد الله and عبدالله are one word of a name
      }
      words.add(NameSkeleton.of(word));
    }
    return words;
  }
}
