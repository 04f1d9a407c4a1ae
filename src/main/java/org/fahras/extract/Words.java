package org.fahras.extract;

import java.util.ArrayList;
import java.util.Arrays;
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
   * without proclitics ({@link #withoutProclitics}), worked out once for every finder that reads
   * it. A form is kept as where it begins in the word (and whether ال goes before it) with its
   * hash: the finders' key filters turn most forms away by their hash, and only the forms that
   * pass become strings (cutting every word's forms into strings was a seventh of extraction).
   */
  static final class Word {
    private final String text;
    private final int start;
    private final int end;
    /** Per form: {@link #cuts}. */
    private final int[] cuts;
    /** Per form after the first (the word itself, whose string keeps its own hash): its hash. */
    private final int[] hashes;
    private List<String> forms;

    Word(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.cuts = cuts(text);
      this.hashes = new int[cuts.length];
      for (int k = 1; k < cuts.length; k++) {
        hashes[k] = hash(text, cuts[k]);
      }
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
      return cuts.length;
    }

    /** The {@link String#hashCode} of form k, without the string. */
    int formHash(int k) {
      return k == 0 ? text.hashCode() : hashes[k];
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
    return forms(word, cuts(word));
  }

  /** A cut whose form puts ال before the rest of the word ("للجزائر" → "الجزائر"). */
  private static final int ARTICLE = 1 << 30;
  /** The cuts of a word without clitics: most words. */
  private static final int[] WHOLE = {0};

  /**
   * The forms of {@link #withoutProclitics} as cuts: where each form begins in the word, with
   * {@link #ARTICLE} when ال goes before it.
   */
  private static int[] cuts(String word) {
    if (word.length() <= 3 || !beginsWithClitic(word)) {
      return WHOLE;
    }
    int[] cuts = new int[5];
    int count = 1;
    int rest = 0; // the rest of the word begins here, after ال when article is set
    boolean article = false;
    if (word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
      rest = 1;
      cuts[count++] = rest;
    }
    if (word.length() - rest > 3 && word.startsWith("لل", rest)) {
      rest += 2;
      article = true;
      cuts[count++] = rest | ARTICLE;
    } else if (word.length() - rest > 3 && isPreposition(word.charAt(rest)) && word.startsWith("ال", rest + 1)) {
      rest += 1;
      cuts[count++] = rest;
    } else if (word.length() - rest > 3 && isPreposition(word.charAt(rest))) {
      cuts[count++] = rest + 1;
    }
    if (article && word.length() - rest + 2 > 4) {
      cuts[count++] = rest;
    } else if (!article && word.length() - rest > 4 && word.startsWith("ال", rest)) {
      cuts[count++] = rest + 2;
    }
    return count == 1 ? WHOLE : Arrays.copyOf(cuts, count);
  }

  private static List<String> forms(String word, int[] cuts) {
    if (cuts.length == 1) {
      return List.of(word);
    }
    List<String> forms = new ArrayList<>(cuts.length);
    for (int cut : cuts) {
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
