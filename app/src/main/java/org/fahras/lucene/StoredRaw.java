package org.fahras.lucene;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw input of an article, stored as what cleaning took out of it: each raw line that the
 * clean body keeps as it is, in order, is stored as a mark rather than a second copy (the mark
 * character, and how many body lines to pass over first if the cleaner rewrote some), and
 * reading it back fills the marks in from the body. A scraped article's raw text is mostly
 * its body, so this stores a fraction of it. Used only where the round trip gives the raw text
 * back exactly; anything else is stored whole.
 */
final class StoredRaw {
  /** Starts a line that stands for a non-blank body line; a raw text that holds it is stored whole. */
  private static final char KEPT = '\u0001';

  private StoredRaw() {}

  /** The compact form of {@code raw} against {@code body}, or null where it would not read back exactly. */
  static String compact(String raw, String body) {
    if (raw.indexOf(KEPT) >= 0) {
      return null;
    }
    List<String> kept = bodyLines(body);
    StringBuilder out = new StringBuilder(raw.length() / 4);
    int next = 0;
    String[] lines = raw.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      int match = kept.subList(next, kept.size()).indexOf(lines[i]);
      if (match >= 0) {
        out.append(KEPT);
        if (match > 0) {
          out.append(match);
        }
        next += match + 1;
      } else {
        out.append(lines[i]);
      }
    }
    String compact = out.toString();
    return compact.length() < raw.length() && raw.equals(expand(compact, kept)) ? compact : null;
  }

  /** The raw text back from its compact form and the body it was made against. */
  static String expand(String compact, String body) {
    return expand(compact, bodyLines(body));
  }

  private static String expand(String compact, List<String> kept) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    String[] lines = compact.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      String line = lines[i];
      if (!line.isEmpty() && line.charAt(0) == KEPT) {
        next += line.length() == 1 ? 0 : Integer.parseInt(line, 1, line.length(), 10);
        line = kept.get(next++);
      }
      out.append(line);
    }
    return out.toString();
  }

  private static List<String> bodyLines(String body) {
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
