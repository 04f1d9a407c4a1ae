package org.fahras.analysis;

import java.text.Normalizer;

/**
 * Folds Arabic orthographic variation so that the same word written differently compares equal:
 * hamza-carrying alefs to bare alef, hamza on waw or ya to the bare hamza (مسؤول and the Egyptian
 * مسئول meet), alef maqsura to ya, ta marbuta to ha, Persian ی and ک to Arabic, diacritics, tatweel
 * and bidi and zero-width marks removed, Arabic-Indic and Persian digits to ASCII, presentation
 * forms (ﻻ, ﷲ …) unfolded by NFKC, Latin lower-cased. The work lives here, on a char buffer, so
 * that token filters, the cleaner and the extractor share one definition.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /**
   * Normalises {@code s[0..len)} in place and returns the new length. Presentation forms expand
   * (ﻻ is two letters), so a buffer holding them may need to grow: callers that own a growable
   * buffer use {@link #needsExpansion} first.
   */
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
    char[] buffer = unfoldPresentationForms(text).toCharArray();
    return new String(buffer, 0, normalize(buffer, buffer.length));
  }

  /** True when the text holds Arabic presentation forms, which NFKC must unfold first. */
  public static boolean needsExpansion(CharSequence s, int len) {
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  /** The text with Arabic presentation forms unfolded to letters (NFKC on those only). */
  public static String unfoldPresentationForms(String text) {
    return needsExpansion(text, text.length()) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
  }

  /** The folded form of {@code c}, or 0 when the character is dropped. */
  static char fold(char c) {
    if (c >= 'ب' && c <= 'ي' && c != 'ة' && c != 'ى' && c != 'ـ') {
      return c; // the common case: a plain Arabic letter
    }
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> {
        return 'ا';
      }
      case 'ى', 'ی' -> {
        return 'ي';
      }
      case 'ؤ', 'ئ' -> {
        return 'ء';
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
