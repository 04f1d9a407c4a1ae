package org.fahras.analysis;

/**
 * The consonant skeleton of a normalised Arabic name, the key under which its transliteration
 * variants meet: بيانتدوزي and بيانتيدوسي are both بنتدسي, الطرابلسي and طرابلسي both تربلسي.
 * The rules, each a way one foreign or Arabic name is commonly written differently:
 *
 * <ul>
 *   <li>a leading ال is dropped (الطرابلسي, طرابلسي);
 *   <li>after the first letter, ا and hamza are dropped, and و and ي unless they end the name (the
 *       nisba ي stays, so the surname طرابلسي is not the city طرابلس);
 *   <li>letters that transliterate one sound merge: س ص ز (s/z), ت ط (t), د ض ذ (d), ك ق (k),
 *       ج غ (g); ث, ح, ه, ع, خ stay apart (they are not variants of each other in names);
 *   <li>a doubled letter counts once (ماتاريلا, متاريللا), but two letters a vowel stood between
 *       stay two (عبدالإله is not عبدالله).
 * </ul>
 *
 * A name shorter than {@value #MIN_LENGTH} letters (without ال) only loses ال: short names are
 * mostly Arabic given names whose long vowels tell them apart (محمد and محمود, حسن and حسين,
 * سعد and سعيد), while transliterated names, whose vowels vary, are long.
 */
public final class NameSkeleton {
  static final int MIN_LENGTH = 6;
  private static final int MIN_SKELETON = 3;

  private NameSkeleton() {}

  /** Writes the skeleton of {@code s[0..len)} into {@code s} and returns its length, or {@code len} unchanged. */
  public static int skeleton(char[] s, int len) {
    int start = len > 4 && s[0] == 'ا' && s[1] == 'ل' ? 2 : 0;
    if (len - start < MIN_LENGTH || !isArabicLetter(s[start])) {
      System.arraycopy(s, start, s, 0, len - start); // short names only lose ال (الأسد, أسد)
      return len - start;
    }
    char[] out = new char[len];
    int n = 0;
    for (int i = start; i < len; i++) {
      char c = merge(s[i]);
      if (!isArabicLetter(c)) {
        return len; // digits, Latin: not a name to fold
      }
      boolean vowel = c == 'ا' || c == 'ء' || (c == 'و' || c == 'ي') && i < len - 1;
      boolean doubled = i > start && merge(s[i - 1]) == c;
      if (n > 0 && (vowel || doubled)) {
        continue;
      }
      out[n++] = c;
    }
    if (n < MIN_SKELETON) {
      return len;
    }
    System.arraycopy(out, 0, s, 0, n);
    return n;
  }

  /** The skeleton of a normalised word, for tests and measurements. */
  public static String of(String normalized) {
    char[] s = normalized.toCharArray();
    return new String(s, 0, skeleton(s, s.length));
  }

  private static char merge(char c) {
    return switch (c) {
      case 'ص', 'ز' -> 'س';
      case 'ط' -> 'ت';
      case 'ض', 'ذ' -> 'د';
      case 'ق' -> 'ك';
      case 'غ' -> 'ج';
      default -> c;
    };
  }

  private static boolean isArabicLetter(char c) {
    return c >= 'ء' && c <= 'ي';
  }
}
