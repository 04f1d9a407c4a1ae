package org.fahras.extract;

import java.util.ArrayList;
import java.util.List;
import org.fahras.analysis.ArabicNormalizer;

/**
 * The normalised words of a text, in order, for gazetteer matching. Any run of letters, digits
 * and combining marks is a word; everything else separates words.
 */
final class Words {
  private Words() {}

  /**
   * A normalised word, where it stands in the text (UTF-16 offsets, end exclusive) and its forms
   * without proclitics ({@link #withoutProclitics}), worked out once for every finder that reads it.
   */
  record Word(String text, int start, int end, List<String> forms) {
    Word(String text, int start, int end) {
      this(text, start, end, withoutProclitics(text));
    }
  }

  static List<String> of(String text) {
    return texts(spans(text, false));
  }

  /**
   * Like {@link #of}, with an empty string wherever punctuation (not a space) stands between
   * words, so that a pattern can tell "الجزائري رمطان لعمامرة" from "الجزائري، رمطان".
   */
  static List<String> withBreaks(String text) {
    return texts(spans(text, true));
  }

  static List<String> texts(List<Word> words) {
    List<String> texts = new ArrayList<>(words.size());
    for (Word word : words) {
      texts.add(word.text());
    }
    return texts;
  }

  /** The words with their offsets; with {@code breaks}, punctuation gives an empty word. */
  static List<Word> spans(String text, boolean breaks) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c == '_') {
        c = ' '; // a hashtag joins its words with _: #جنوب_السودان, #سيلفا_كير
      }
      boolean inWord = isWordChar(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = ArabicNormalizer.normalize(text, start, i);
        if (!word.isEmpty()) {
          words.add(new Word(word, start, i));
        }
        start = -1;
      }
      if (breaks && !inWord && c != ' ' && !Character.isWhitespace(c) && !words.isEmpty() && !words.getLast().text().isEmpty()) {
        words.add(new Word("", i, i));
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    if (c >= 'ء' && c <= 'ي') {
      return true; // the common case, an Arabic letter, without a look-up in the Unicode tables
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || c == 'ـ'
        || c == '\u200C'
        || c == '\u200D';
  }

  /**
   * The forms a word may take once its proclitics are stripped: و/ف, then ب/ك/ل, then ال
   * ("وبالجزائر" → "بالجزائر", "الجزائر", "جزائر"); "لل" also yields the ال form ("للجزائر" →
   * "الجزائر"). The word itself comes first.
   */
  static List<String> withoutProclitics(String word) {
    if (word.length() <= 3 || !beginsWithClitic(word)) {
      return List.of(word); // no clitic to strip: most words, without a list to grow
    }
    List<String> forms = new ArrayList<>(4);
    forms.add(word);
    String rest = word;
    if (rest.length() > 3 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
      rest = rest.substring(1);
      forms.add(rest);
    }
    if (rest.length() > 3 && rest.startsWith("لل")) {
      rest = "ال" + rest.substring(2);
      forms.add(rest);
    } else if (rest.length() > 3 && isPreposition(rest.charAt(0)) && rest.startsWith("ال", 1)) {
      rest = rest.substring(1);
      forms.add(rest);
    } else if (rest.length() > 3 && isPreposition(rest.charAt(0))) {
      forms.add(rest.substring(1));
    }
    if (rest.length() > 4 && rest.startsWith("ال")) {
      forms.add(rest.substring(2));
    }
    return forms;
  }

  /**
   * Whether the word begins with a letter a clitic (و ف ب ك ل) or the article may begin with.
   * Comparisons, not String.indexOf, whose call for every word was an eighth of cutting a text into
   * words.
   */
  private static boolean beginsWithClitic(String word) {
    char first = word.charAt(0);
    return first == 'و' || first == 'ف' || first == 'ا' || isPreposition(first);
  }

  /** ب, ك or ل, the prepositions written as one with the next word. */
  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ك' || c == 'ل';
  }

  /**
   * Whether form k of {@link #withoutProclitics} is only the form before it without its article
   * ("الكاميرون" → "كاميرون"): the word was written with ال, so it is not the bare word.
   */
  static boolean articleDropped(List<String> forms, int k) {
    String form = forms.get(k);
    return k > 0 && !form.startsWith("ال") && forms.get(k - 1).length() == form.length() + 2 && forms.get(k - 1).startsWith("ال");
  }
}
