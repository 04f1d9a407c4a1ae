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

  /** Normalised, punctuation trimmed at the ends, inner spaces collapsed. */
  static String key(String text) {
    String normalized = ArabicNormalizer.normalize(text).replaceAll("\\s+", " ").strip();
    return normalized.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s…]+$", "").replace(" :", ":");
  }
}
