package org.fahras.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Finds the countries an article speaks of, by name, variant, capital or nationality adjective
 * ("تونس", "التونسية", "الجزائريون", "القاهرة"), from {@code index-config/countries.tsv}. Adjective
 * inflections are generated from the masculine singular, so the file stays short.
 */
public final class CountryGazetteer {
  /** Longest name in words that we try to match ("جمهورية الكونغو الديمقراطية" and the like). */
  private static final int MAX_PHRASE_WORDS = 4;

  private static final List<String> ADJECTIVE_ENDINGS =
      List.of("", "ه", "ون", "ين", "ات", "ا", "ان", "تان", "تين");

  private final Map<String, String> codeByForm = new HashMap<>();
  private final Map<String, String> labelByCode = new HashMap<>();

  public static CountryGazetteer load(ConfigFiles config) {
    CountryGazetteer gazetteer = new CountryGazetteer();
    for (String[] row : ConfigFiles.table(config.config("countries.tsv"))) {
      String code = row[0];
      gazetteer.labelByCode.put(code, row[1]);
      gazetteer.add(row[1], code);
      for (int column = 3; column < row.length; column++) {
        for (String form : row[column].split("\\|")) {
          if (form.isBlank()) {
            continue;
          }
          if (column == 4) {
            for (String ending : ADJECTIVE_ENDINGS) {
              gazetteer.add(form + ending, code);
            }
          } else {
            gazetteer.add(form, code);
          }
        }
      }
    }
    return gazetteer;
  }

  private void add(String form, String code) {
    codeByForm.putIfAbsent(String.join(" ", Words.of(form)), code);
  }

  /** The country a single word names or qualifies ("الجزائري", "وتونس"), or null. */
  public String countryOf(String normalizedWord) {
    for (String form : Words.withoutProclitics(normalizedWord)) {
      String code = codeByForm.get(form);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** Arabic label of an ISO code, or the code itself when unknown. */
  public String label(String code) {
    return labelByCode.getOrDefault(code, code);
  }

  /** The countries mentioned in the text, in order of first mention, with mention counts. */
  public List<FacetValue> find(String text) {
    List<String> words = Words.of(text);
    Map<String, Integer> counts = new LinkedHashMap<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        String tail = String.join(" ", words.subList(i + 1, i + n));
        for (String head : Words.withoutProclitics(words.get(i))) {
          String code = codeByForm.get(tail.isEmpty() ? head : head + " " + tail);
          if (code != null) {
            counts.merge(code, 1, Integer::sum);
            matched = n;
            break;
          }
        }
      }
      i += Math.max(matched, 1);
    }
    List<FacetValue> found = new ArrayList<>();
    counts.forEach((code, n) -> found.add(new FacetValue(code, label(code), n)));
    return found;
  }
}
