package org.fahras.analysis;

/**
 * Folds Arabic orthographic variation so that the same word written differently compares equal:
 * hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to ha, diacritics, tatweel and
 * bidi marks removed, Arabic-Indic and Persian digits to ASCII, Latin lower-cased. The work lives
 * here, on a char buffer, so that token filters, the cleaner and the extractor share one
 * definition.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Normalises {@code s[0..len)} in place and returns the new length. */
  public static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      char folded = fold(c);
      if (folded != 0) {
        s[out++] = folded;
      }
    }
    return out;
  }

  /** A normalised copy of {@code text}. */
  public static String normalize(String text) {
    char[] buffer = text.toCharArray();
    return new String(buffer, 0, normalize(buffer, buffer.length));
  }

  /** The folded form of {@code c}, or 0 when the character is dropped. */
  static char fold(char c) {
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> {
        return 'ا';
      }
      case 'ى', 'ی' -> {
        return 'ي';
      }
      case 'ک' -> {
        return 'ك';
      }
      case 'ة' -> {
        return 'ه';
      }
      case 'ـ', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF' -> {
        return 0;
      }
      default -> {}
    }
    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
      return 0; // harakat, tanween, shadda, sukun, superscript alef
    }
    if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
      return 0; // bidi embeddings and isolates
    }
    if (c >= '٠' && c <= '٩') {
      return (char) ('0' + (c - '٠'));
    }
    if (c >= '۰' && c <= '۹') {
      return (char) ('0' + (c - '۰'));
    }
    return Character.toLowerCase(c);
  }
}
