package org.fahras.clean;

import java.util.ArrayList;
import java.util.List;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.config.ConfigFiles;

/**
 * The lines that open page furniture, from {@code index-config/boilerplate-markers.tsv}: headings
 * ("الأكثر قراءة", "اقرأ أيضاً", "ترك الرد") and the first words of furniture sentences (comment
 * policies). Compared after Arabic normalisation, punctuation at the ends ignored.
 */
public final class BoilerplateMarkers {
  /** What a line is, as far as the markers tell. */
  public enum Kind {
    /** The line is a furniture heading, possibly with a colon and a short list after it. */
    HEADING,
    /** The line starts with the first words of a furniture sentence. */
    PHRASE,
    NONE
  }

  private record Marker(Kind kind, String key) {}

  private final List<Marker> markers;

  BoilerplateMarkers(List<String[]> rows) {
    List<Marker> list = new ArrayList<>();
    for (String[] row : rows) {
      if (row.length >= 2) {
        list.add(new Marker(Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)), key(row[1])));
      }
    }
    this.markers = List.copyOf(list);
  }

  public static BoilerplateMarkers load(ConfigFiles config) {
    return new BoilerplateMarkers(ConfigFiles.table(config.config("boilerplate-markers.tsv")));
  }

  /** Whether, and how, a line opens furniture. */
  public Kind classify(String line) {
    String key = key(line);
    for (Marker marker : markers) {
      boolean matches = marker.kind() == Kind.PHRASE
          ? key.startsWith(marker.key())
          : key.equals(marker.key()) || key.startsWith(marker.key() + ":");
      if (matches) {
        return marker.kind();
      }
    }
    return Kind.NONE;
  }

  /**
   * Normalised, ASCII punctuation and spaces trimmed at the ends (and … at the end), inner runs of
   * spaces collapsed to one. A loop rather than regular expressions: every line of every article
   * passes here.
   */
  static String key(String text) {
    String normalized = ArabicNormalizer.normalize(text);
    StringBuilder collapsed = new StringBuilder(normalized.length());
    boolean space = false;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && !collapsed.isEmpty()) {
          collapsed.append(' ');
        }
        space = false;
        collapsed.append(c);
      }
    }
    int start = 0;
    int end = collapsed.length();
    while (start < end && (isPunctuation(collapsed.charAt(start)) || collapsed.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (isPunctuation(collapsed.charAt(end - 1)) || collapsed.charAt(end - 1) == '…' || collapsed.charAt(end - 1) == ' ')) {
      end--;
    }
    return collapsed.substring(start, end).replace(" :", ":");
  }

  /** Whitespace as in regular expressions' \s class: ASCII only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Punctuation as in regular expressions' \p{Punct} class: ASCII only. */
  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
