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
   * Normalises {@code s[0..len)} in place in one pass and returns the new length. Presentation
   * forms expand (ﻻ is two letters) and need NFKC first, so on meeting one it stops and returns
   * {@code ~n} (negative): {@code s[0..n)} then holds the text, partly normalised, to be unfolded
   * ({@link #unfoldPresentationForms}) and passed to {@link #normalizeUnfolded}; folding is
   * idempotent, so the result is what one pass over the unfolded text gives.
   */
  public static int normalize(char[] s, int len) {
    return fold(s, len, true);
  }

  /** Normalises text whose presentation forms are already unfolded; returns the new length. */
  public static int normalizeUnfolded(char[] s, int len) {
    return fold(s, len, false);
  }

  private static int fold(char[] s, int len, boolean stopAtPresentationForms) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c >= 'ا' && c <= 'ي' && c != 'ة' && c != 'ى' && c != 'ـ') {
        s[out++] = c; // the common case, a plain Arabic letter, without a call
      } else if (stopAtPresentationForms && isPresentationForm(c)) {
        System.arraycopy(s, i, s, out, len - i);
        return ~(out + len - i);
      } else {
        char folded = fold(c);
        if (folded != 0) {
          s[out++] = folded;
        }
      }
    }
    return out;
  }

  /**
   * A normalised copy of {@code text[start..end)}, folded in {@code scratch} when it is long
   * enough (a caller cutting a text into words then allocates no buffer per word), else in a new
   * buffer; no substring is made first unless presentation forms need NFKC.
   */
  public static String normalize(String text, int start, int end, char[] scratch) {
    char[] buffer = scratch.length >= end - start ? scratch : new char[end - start];
    text.getChars(start, end, buffer, 0);
    int len = fold(buffer, end - start, true);
    return len >= 0 ? new String(buffer, 0, len) : normalize(text.substring(start, end)); // NFKC first
  }

  /** A normalised copy of {@code text}. */
  public static String normalize(String text) {
    char[] buffer = unfoldPresentationForms(text).toCharArray();
    return new String(buffer, 0, normalizeUnfolded(buffer, buffer.length));
  }

  /** True when the text holds Arabic presentation forms, which NFKC must unfold first. */
  public static boolean needsExpansion(CharSequence s, int len) {
    for (int i = 0; i < len; i++) {
      if (isPresentationForm(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPresentationForm(char c) {
    return c >= '\uFB50' && (c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC');
  }

  /** The text with Arabic presentation forms unfolded to letters (NFKC on those only). */
  public static String unfoldPresentationForms(String text) {
    return needsExpansion(text, text.length()) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
  }

  /** The folded form of {@code c}, or 0 when the character is dropped. */
  static char fold(char c) {
    if (c >= 'ا' && c <= 'ي' && c != 'ة' && c != 'ى' && c != 'ـ') {
      return c; // the common case: a plain Arabic letter (ا to ي, but ة ى and tatweel)
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
