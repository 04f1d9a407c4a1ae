package org.fahras.extract;

import java.util.ArrayList;
import java.util.List;
import org.fahras.analysis.ArabicNormalizer;

/**
 * The normalised words of a text, in order, for gazetteer matching. Any run of letters, digits
 * and combining marks is a word; everything else separates words.
 */
final class Words {
  /** A cut whose form puts ال before the rest of the word ("للجزائر" → "الجزائر"). */
  private static final int ARTICLE = 0x10;
  /** The cuts of a word without clitics, most words: one form, the word itself. */
  private static final long WHOLE = 1;

  private Words() {}

  /**
   * A normalised word, where it stands in the text (UTF-16 offsets, end exclusive) and its forms
   * without proclitics ({@link #withoutProclitics}), worked out once for every finder that reads
   * it. The forms are kept as cuts of the word ({@link #cuts}, one long, no array) and hashed from
   * its chars when asked: the finders' key filters turn most forms away by their hash, and only a
   * word whose form passes has its forms made into strings (cutting every word's forms into
   * strings was a seventh of extraction).
   */
  static final class Word {
    private final String text;
    private final int start;
    private final int end;
    private final long cuts;
    private List<String> forms;
    /** The hashes of forms 1 to 3 (a word has at most four), bit k of hashed set once form k's is. */
    private int hash1;
    private int hash2;
    private int hash3;
    private int hashed;

    Word(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.cuts = cuts(text);
    }

    String text() {
      return text;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    int formCount() {
      return count(cuts);
    }

    /**
     * The {@link String#hashCode} of form k, without the string; worked out once, since every
     * finder asks its key filter about the same forms.
     */
    int formHash(int k) {
      if (k == 0) {
        return text.hashCode();
      }
      if ((hashed & 1 << k) == 0) {
        setHash(k, hash(text, cut(cuts, k)));
        hashed |= 1 << k;
      }
      return k == 1 ? hash1 : k == 2 ? hash2 : hash3;
    }

    private void setHash(int k, int hash) {
      if (k == 1) {
        hash1 = hash;
      } else if (k == 2) {
        hash2 = hash;
      } else {
        hash3 = hash;
      }
    }

    String form(int k) {
      return forms().get(k);
    }

    /** The forms, the word itself first. */
    List<String> forms() {
      if (forms == null) {
        forms = Words.forms(text, cuts);
      }
      return forms;
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
    int length = text.length();
    // the chars read from an array, not through String.charAt and its bound and coder checks
    char[] chars = new char[length + 1];
    text.getChars(0, length, chars, 0);
    chars[length] = '.';
    List<Word> words = new ArrayList<>(length / 5);
    char[] scratch = new char[64]; // longer words get a buffer of their own
    int start = -1;
    for (int i = 0; i <= length; i++) {
      char c = chars[i];
      if (c == '_') {
        c = ' '; // a hashtag joins its words with _: #جنوب_السودان, #سيلفا_كير
      }
      boolean inWord = isWordChar(c);
      if (inWord) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        String word = normalize(chars, start, i, scratch, text);
        if (!word.isEmpty()) {
          words.add(new Word(word, start, i));
        }
        start = -1;
      }
      if (breaks && c != ' ' && !isWhitespace(c) && !words.isEmpty() && !words.getLast().text().isEmpty()) {
        words.add(new Word("", i, i));
      }
    }
    return words;
  }

  /** {@link ArabicNormalizer#normalize(String, int, int, char[])} of {@code chars[start..end)}, a copy of {@code text}'s. */
  private static String normalize(char[] chars, int start, int end, char[] scratch, String text) {
    int n = end - start;
    char[] buffer = scratch.length >= n ? scratch : new char[n];
    System.arraycopy(chars, start, buffer, 0, n);
    int len = ArabicNormalizer.normalize(buffer, n);
    return len >= 0 ? new String(buffer, 0, len) : ArabicNormalizer.normalize(text.substring(start, end)); // NFKC first
  }

  /** {@link Character#isWhitespace}, answered without the Unicode tables for ASCII. */
  private static boolean isWhitespace(char c) {
    return c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : Character.isWhitespace(c);
  }

  private static boolean isWordChar(char c) {
    if (c >= 'ء' && c <= 'ي') {
      return true; // the common case, an Arabic letter, without a look-up in the Unicode tables
    }
    if (c < 0x80) { // the next most common: a space, punctuation, a Latin letter or a digit
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
    return forms(word, cuts(word));
  }

  /**
   * The forms of {@link #withoutProclitics} as cuts packed in a long: the number of forms in the
   * low byte, then a byte per form: where it begins in the word (at most 5), with {@link #ARTICLE}
   * when ال goes before it.
   */
  private static long cuts(String word) {
    if (word.length() <= 3 || !beginsWithClitic(word)) {
      return WHOLE;
    }
    long cuts = WHOLE;
    int rest = 0; // the rest of the word begins here, after ال when article is set
    boolean article = false;
    if (word.charAt(0) == 'و' || word.charAt(0) == 'ف') {
      rest = 1;
      cuts = withCut(cuts, rest);
    }
    if (word.length() - rest > 3 && word.startsWith("لل", rest)) {
      rest += 2;
      article = true;
      cuts = withCut(cuts, rest | ARTICLE);
    } else if (word.length() - rest > 3 && isPreposition(word.charAt(rest)) && word.startsWith("ال", rest + 1)) {
      rest += 1;
      cuts = withCut(cuts, rest);
    } else if (word.length() - rest > 3 && isPreposition(word.charAt(rest))) {
      cuts = withCut(cuts, rest + 1);
    }
    if (article && word.length() - rest + 2 > 4) {
      cuts = withCut(cuts, rest);
    } else if (!article && word.length() - rest > 4 && word.startsWith("ال", rest)) {
      cuts = withCut(cuts, rest + 2);
    }
    return cuts;
  }

  private static long withCut(long cuts, int cut) {
    int count = count(cuts);
    return (cuts & ~0xFFL | count + 1) | (long) cut << (8 * (count + 1));
  }

  private static int count(long cuts) {
    return (int) (cuts & 0xFF);
  }

  private static int cut(long cuts, int k) {
    return (int) (cuts >>> (8 * (k + 1))) & 0xFF;
  }

  private static List<String> forms(String word, long cuts) {
    int count = count(cuts);
    if (count == 1) {
      return List.of(word);
    }
    List<String> forms = new ArrayList<>(count);
    forms.add(word);
    for (int k = 1; k < count; k++) {
      int cut = cut(cuts, k);
      int from = cut & ~ARTICLE;
      forms.add((cut & ARTICLE) != 0 ? "ال" + word.substring(from) : word.substring(from));
    }
    return forms;
  }

  /** The {@link String#hashCode} of the form a cut gives, worked out from the word's chars. */
  private static int hash(String word, int cut) {
    int hash = (cut & ARTICLE) != 0 ? 'ا' * 31 + 'ل' : 0;
    for (int i = cut & ~ARTICLE; i < word.length(); i++) {
      hash = 31 * hash + word.charAt(i);
    }
    return hash;
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
