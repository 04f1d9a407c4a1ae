package org.fahras.clean;

import java.util.List;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.config.ConfigFiles;

/**
 * Headings that open page furniture ("أخبار ذات صلة", "الأكثر قراءة", "ترك الرد" …), read from
 * {@code index-config/boilerplate-markers.txt} and compared after Arabic normalisation, so that
 * "إقرأ أيضاً" matches the marker written "اقرأ أيضا".
 */
public final class BoilerplateMarkers {
  private final List<String> markers;

  public BoilerplateMarkers(List<String> markers) {
    this.markers = markers.stream().map(BoilerplateMarkers::key).toList();
  }

  public static BoilerplateMarkers load(ConfigFiles config) {
    return new BoilerplateMarkers(ConfigFiles.lines(config.config("boilerplate-markers.txt")));
  }

  /** True when the line is a marker heading, possibly followed by a colon or a short list. */
  public boolean opensFurniture(String line) {
    String key = key(line);
    for (String marker : markers) {
      if (key.equals(marker) || key.startsWith(marker + ":")) {
        return true;
      }
    }
    return false;
  }

  /** Normalised, punctuation trimmed at the ends, inner spaces collapsed. */
  static String key(String text) {
    String normalized = ArabicNormalizer.normalize(text).replaceAll("\\s+", " ").strip();
    return normalized.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s…]+$", "")
        .replace(" :", ":");
  }
}
