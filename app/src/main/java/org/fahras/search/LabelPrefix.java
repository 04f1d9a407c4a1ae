package org.fahras.search;

import java.util.Locale;
import java.util.regex.Pattern;
import org.fahras.analysis.ArabicNormalizer;

/**
 * What a journalist has typed so far, matched against facet values as the search box and the
 * facet filter do: Arabic-normalised (hamza, alef and ya forms, ta marbuta, diacritics, so that
 * الجزا and الجزائ both reach الجزائر) and lower-cased, at the start of the label, of any word of
 * it (تون finds تونس in «خالد النوري — وزير الداخلية (تونس)»), of a word without its article
 * (جزائر finds الجزائر), or of the value itself (an ISO code or an official's id).
 */
public final class LabelPrefix {
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String ARTICLE = "ال";

  /** How a value matched: at the start of its label, or only further in. */
  public enum Match {
    NONE,
    LABEL_START,
    INNER
  }

  private final String prefix;

  private LabelPrefix(String prefix) {
    this.prefix = prefix;
  }

  /** The typed text normalised; blank text matches nothing. */
  public static LabelPrefix of(String typed) {
    return new LabelPrefix(normalize(typed).strip());
  }

  public boolean isEmpty() {
    return prefix.isEmpty();
  }

  public Match match(String value, String label) {
    if (prefix.isEmpty()) {
      return Match.NONE;
    }
    String normalizedLabel = normalize(label);
    if (normalizedLabel.startsWith(prefix)) {
      return Match.LABEL_START;
    }
    for (String word : WORD_BREAK.split(normalizedLabel)) {
      if (word.startsWith(prefix) || word.startsWith(ARTICLE) && word.substring(ARTICLE.length()).startsWith(prefix)) {
        return Match.INNER;
      }
    }
    return normalize(value).startsWith(prefix) ? Match.INNER : Match.NONE;
  }

  private static String normalize(String text) {
    return ArabicNormalizer.normalize(text).toLowerCase(Locale.ROOT);
  }
}
