package org.fahras.lucene;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes text typed on an Arabic keyboard, or a headline pasted as it was printed, readable by
 * Lucene's query syntax. Guillemets «» and curly quotes become phrase quotes, and the Arabic comma
 * and semicolon separate words like a space. Punctuation that the syntax would read as an operator
 * is read as punctuation: {@code word:} names a field only for the fields the API names (فنزويلا:
 * is the word فنزويلا), {@code !} and {@code /} separate words, {@code ?} ending a word ends a
 * question, and a {@code -} or {@code +} standing alone is a dash, not an exclusion.
 */
final class QueryText {
  /**
   * Explicit Boolean syntax: operators or signs the user typed on purpose. Brackets alone are not:
   * headlines end in remarks such as «(فيديو)» or «(صور)», which are words like the others.
   */
  private static final Pattern BOOLEAN_SYNTAX = Pattern.compile("\\b(?:AND|OR|NOT)\\b|&&|\\|\\||(?:^|[\\s(])[+-]\\S");

  private QueryText() {}

  static String prepare(String text, Set<String> fields) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '«', '»', '“', '”', '„', '‟', '″' -> out.append('"');
        case '،', '؛', '!', '/' -> out.append(' ');
        case ':' -> out.append(namesField(out, fields) ? ':' : ' ');
        case '?' -> out.append(endsWord(text, i) ? ' ' : '?');
        case '-', '+' -> out.append(startsWord(text, i) ? c : ' ');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString().strip();
  }

  /** True when the query uses operators or grouping on purpose (it is then read as written). */
  static boolean hasBooleanSyntax(String prepared) {
    return BOOLEAN_SYNTAX.matcher(prepared).find();
  }

  /** The text with its phrase quotes made spaces: the phrases' words as words. */
  static String withoutQuotes(String prepared) {
    return prepared.replace('"', ' ');
  }

  /** The word just before a colon is a field the API names, and nothing is glued before it. */
  private static boolean namesField(StringBuilder before, Set<String> fields) {
    int end = before.length();
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(before.charAt(start - 1)) || before.charAt(start - 1) == '.')) {
      start--;
    }
    boolean atBoundary = start == 0 || " (+-".indexOf(before.charAt(start - 1)) >= 0;
    return start < end && atBoundary && fields.contains(before.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean endsWord(String text, int i) {
    return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)) && text.charAt(i + 1) != '*' && text.charAt(i + 1) != '?';
  }

  /** A sign directly before a word or a group (-داعش, +"…", -(…)) when it begins a clause. */
  private static boolean startsWord(String text, int i) {
    boolean opens = i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1)) || "\"«“(".indexOf(text.charAt(i + 1)) >= 0);
    boolean inWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    return opens || inWord;
  }
}
