package org.fahras.lucene;

import java.util.List;

/**
 * The stems a nisba adjective and its noun write apart, as the stemmer leaves them (it keeps the
 * nisba's ي so that a surname such as الطرابلسي is no طرابلس): تونسي and تونس, جزاءري and
 * جزاءر, and for a name in ا, سوري and سوريا. Only stems of Arabic letters have partners; a stem
 * of three letters ending in ي keeps it (علي is no عل), and a shorter stem has none.
 */
final class NisbaPartner {
  private NisbaPartner() {}

  /**
   * The other members of the pair: none, the adjective of a noun, or the nouns an adjective may
   * come from (فرنسي: فرنس, فرنسا; ليبي: ليبيا), of which the wrong ones are no words.
   */
  static List<String> of(String stem) {
    int n = stem.length();
    if (n < 3 || !arabicLetters(stem)) {
      return List.of();
    }
    String base = stem.substring(0, n - 1);
    return switch (stem.charAt(n - 1)) {
      case 'ي' -> n >= 4 ? List.of(base, base + 'ا', stem + 'ا') : List.of();
      case 'ا' -> n < 4 ? List.of() : List.of(base.charAt(n - 2) == 'ي' ? base : base + 'ي');
      default -> List.of(stem + 'ي');
    };
  }

  private static boolean arabicLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }
}
