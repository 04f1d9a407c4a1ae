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
    /**
     * These words and all after them, to the article's end, are furniture, even glued to the last
     * sentence of a line ("… إلى اللقاء،،، مقالات أخرى للكاتببين العامي والفصيح…").
     */
    TAIL,
    NONE
  }

  private record Marker(Kind kind, String key) {}

  private final List<Marker> markers;
  /** The tail markers as written and normalised: found in the line itself, or else in its normal form. */
  private final List<String> tails;
  private final List<String> tailKeys;

  BoilerplateMarkers(List<String[]> rows) {
    List<Marker> list = new ArrayList<>();
    List<String> tailList = new ArrayList<>();
    List<String> tailKeyList = new ArrayList<>();
    for (String[] row : rows) {
      if (row.length >= 2) {
        Kind kind = Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
        if (kind == Kind.TAIL) {
          tailList.add(row[1].strip());
          tailKeyList.add(ArabicNormalizer.normalize(row[1].strip()));
        } else {
          list.add(new Marker(kind, key(row[1])));
        }
      }
    }
    this.markers = List.copyOf(list);
    this.tails = List.copyOf(tailList);
    this.tailKeys = List.copyOf(tailKeyList);
  }

  public static BoilerplateMarkers load(ConfigFiles config) {
    return new BoilerplateMarkers(ConfigFiles.table(config.config("boilerplate-markers.tsv")));
  }

  /**
   * Where in the line a tail marker begins, or -1: the article ends there. A marker written
   * otherwise than in the file (hamza, diacritics) is found in the normalised line, and then the
   * whole line goes.
   */
  public int tailStart(String line) {
    for (int k = 0; k < tails.size(); k++) {
      int at = line.indexOf(tails.get(k));
      if (at >= 0) {
        return at;
      }
    }
    if (!tails.isEmpty()) {
      String normalized = ArabicNormalizer.normalize(line);
      for (String key : tailKeys) {
        if (normalized.contains(key)) {
          return 0;
        }
      }
    }
    return -1;
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
