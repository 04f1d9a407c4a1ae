package org.fahras.clean;

import java.util.ArrayList;
import java.util.List;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.config.ConfigFiles;

/**
 * The lines that tell where page furniture is, from {@code index-config/boilerplate-markers.tsv}:
 * headings that end the article ("ترك الرد", "الأكثر قراءة"), headings that open a block of
 * teasers ("اقرأ أيضاً"), and sentences that start furniture text (comment policies). Compared
 * after Arabic normalisation, punctuation at the ends ignored.
 */
public final class BoilerplateMarkers {
  /** What a line is, as far as the markers tell. */
  public enum Kind {
    END,
    BLOCK,
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

  /**
   * The kind of a line: a heading marker when the line is the marker (optionally followed by a
   * colon and a short list, as in "كلمات دلالية: …"), a phrase marker when the line starts with it.
   */
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

  /** Normalised, punctuation trimmed at the ends, inner spaces collapsed. */
  static String key(String text) {
    String normalized = ArabicNormalizer.normalize(text).replaceAll("\\s+", " ").strip();
    return normalized.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s…]+$", "").replace(" :", ":");
  }
}
