package org.fahras.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Finds the office-holders an article names: by the names and spellings of {@code
 * index-config/officials.tsv}, and, for those the file does not know, by a role phrase of {@code
 * official-roles.txt} followed by an optional nationality adjective and a name of two to four
 * words ("وزير الخارجية الجزائري رمطان لعمامرة" → رمطان لعمامرة, وزير الخارجية, DZ). A bare
 * surname later in the article ("النوري") counts for the full name met earlier ("خالد النوري").
 */
public final class OfficialFinder {
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 4;
  private static final int MIN_SURNAME_CHARS = 3;

  /** An office-holder: from the gazetteer, or discovered in the article. */
  record Official(String id, String name, List<String> spellings, String role, String country) {}

  private record Spelling(List<String> words, Official official) {}

  private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
  private final List<List<String>> roles = new ArrayList<>();
  private final CountryGazetteer countries;
  private final CharArraySet stopwords;

  private OfficialFinder(CountryGazetteer countries, CharArraySet stopwords) {
    this.countries = countries;
    this.stopwords = stopwords;
  }

  public static OfficialFinder load(ConfigFiles config, CountryGazetteer countries, CharArraySet stopwords) {
    OfficialFinder finder = new OfficialFinder(countries, stopwords);
    for (String[] row : ConfigFiles.table(config.config("officials.tsv"))) {
      List<String> spellings = new ArrayList<>();
      spellings.add(row[1]);
      if (row.length > 2 && !row[2].isBlank()) {
        spellings.addAll(List.of(row[2].split("\\|")));
      }
      Official official = new Official(row[0], row[1], spellings, cell(row, 4), cell(row, 5));
      for (String spelling : spellings) {
        finder.add(spelling, official);
      }
    }
    for (String role : ConfigFiles.lines(config.config("official-roles.txt"))) {
      finder.roles.add(Words.of(role));
    }
    return finder;
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private void add(String spelling, Official official) {
    List<String> words = Words.of(spelling);
    if (!words.isEmpty()) {
      byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(new Spelling(words, official));
    }
  }

  /** The officials of the text, in order of first mention, with mention counts and their spellings. */
  public Found find(String text) {
    List<String> words = Words.withBreaks(text);
    Map<String, Official> found = new LinkedHashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Official> bySurname = new HashMap<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      Official official = known(words, i);
      if (official != null) {
        matched = Words.of(official.name()).size();
        matched = Math.max(1, Math.min(matched, words.size() - i));
      } else if ((official = discovered(words, i)) != null) {
        matched = 1;
      } else if ((official = bySurname.get(withoutArticle(words.get(i)))) != null) {
        matched = 1;
      }
      if (official != null) {
        found.putIfAbsent(official.id(), official);
        mentions.merge(official.id(), 1, Integer::sum);
        String surname = withoutArticle(Words.of(official.name()).getLast());
        if (surname.length() >= MIN_SURNAME_CHARS) {
          bySurname.putIfAbsent(surname, official);
        }
      }
      i += Math.max(matched, 1);
    }
    mergeLongerDiscoveries(found, mentions);
    List<FacetValue> values = new ArrayList<>();
    List<String> spellings = new ArrayList<>();
    for (Official o : found.values()) {
      values.add(new FacetValue(o.id(), label(o), mentions.get(o.id())));
      spellings.addAll(o.spellings());
    }
    return new Found(values, spellings);
  }

  /**
   * A discovered name that another discovered name begins ("عبد اللطيف لوديي يستقبل" and "عبد
   * اللطيف لوديي،"): the longer one ran into the next word of a headline, so the shorter wins.
   */
  private static void mergeLongerDiscoveries(Map<String, Official> found, Map<String, Integer> mentions) {
    List<Official> discovered = found.values().stream().filter(o -> o.id().startsWith("ar:")).toList();
    for (Official longer : discovered) {
      for (Official shorter : discovered) {
        if (shorter != longer && longer.name().startsWith(shorter.name() + " ") && found.containsKey(longer.id())) {
          found.remove(longer.id());
          mentions.merge(shorter.id(), mentions.remove(longer.id()), Integer::sum);
          break;
        }
      }
    }
  }

  /** The officials of an article and every spelling of their names. */
  public record Found(List<FacetValue> officials, List<String> spellings) {}

  private String label(Official o) {
    StringBuilder label = new StringBuilder(o.name());
    if (!o.role().isEmpty()) {
      label.append(" — ").append(o.role());
    }
    if (!o.country().isEmpty()) {
      label.append(" (").append(countries.label(o.country())).append(')');
    }
    return label.toString();
  }

  /** A gazetteer spelling starting at word i (its first word may carry clitics). */
  private Official known(List<String> words, int i) {
    if (words.get(i).isEmpty()) {
      return null;
    }
    for (String head : Words.withoutProclitics(words.get(i))) {
      for (Spelling spelling : byFirstWord.getOrDefault(head, List.of())) {
        List<String> rest = spelling.words().subList(1, spelling.words().size());
        if (i + spelling.words().size() <= words.size() && words.subList(i + 1, i + spelling.words().size()).equals(rest)) {
          return spelling.official();
        }
      }
    }
    return null;
  }

  /** A role phrase at word i, then an optional nationality, then a name of 2–4 words. */
  private Official discovered(List<String> words, int i) {
    List<String> role = roleAt(words, i);
    if (role == null) {
      return null;
    }
    int j = i + role.size();
    String roleText = String.join(" ", role);
    if (role.size() == 1 && role.getFirst().startsWith("وزير") && j < words.size() && !words.get(j).isEmpty()) {
      roleText += " " + words.get(j++); // the portfolio: وزير الدفاع
    }
    String country = "";
    if (j < words.size() && !words.get(j).isEmpty() && countries.countryOf(words.get(j)) != null) {
      country = countries.countryOf(words.get(j++));
    }
    if (j < words.size() && words.get(j).isEmpty()) {
      j++; // "وزير الخارجية المصري، سامح شكري"
    }
    List<String> name = new ArrayList<>();
    while (j < words.size() && name.size() < MAX_NAME_WORDS && isNameWord(words.get(j))) {
      name.add(words.get(j++));
    }
    // a given name never takes the article: "مندوب الاتحاد الأوروبي" names a body, not a person
    if (name.size() < MIN_NAME_WORDS || name.getFirst().startsWith("ال") || known(words, j - name.size()) != null) {
      return null;
    }
    String fullName = String.join(" ", name);
    return new Official("ar:" + fullName.replace(' ', '-'), fullName, List.of(fullName), roleText, country);
  }

  private List<String> roleAt(List<String> words, int i) {
    List<String> best = null;
    for (List<String> role : roles) {
      if (i + role.size() <= words.size() && words.subList(i, i + role.size()).equals(role)
          && (best == null || role.size() > best.size())) {
        best = role;
      }
    }
    return best;
  }

  /** A word that can be part of a name: not punctuation, a stopword, a country word or a role. */
  private boolean isNameWord(String word) {
    return !word.isEmpty() && word.length() > 1 && !stopwords.contains(word) && countries.countryOf(word) == null
        && roles.stream().noneMatch(r -> r.getFirst().equals(word));
  }

  private static String withoutArticle(String word) {
    return word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
  }
}
