package org.fahras.search;

/**
 * Makes text typed on an Arabic keyboard readable by Lucene's query syntax: guillemets «» and
 * curly quotes become phrase quotes, and the Arabic comma and semicolon separate words like a
 * space (they are not operators).
 */
final class QueryText {
  private QueryText() {}

  static String prepare(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '«', '»', '“', '”', '„', '‟', '″' -> out.append('"');
        case '،', '؛' -> out.append(' ');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString().strip();
  }
}
