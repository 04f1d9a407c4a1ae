package org.fahras.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Compound names news writes both joined and apart: "عبدالله" and "عبد الله", "أبوظبي" and "أبو
 * ظبي" ({@code index-config/compound-names.txt}). Two kinds of entry, normalised at load:
 *
 * <ul>
 *   <li>a head before the article, written {@code عبد ال}: any word that is the head followed by
 *       ال and at least two more letters splits after the head ("عبدالعزيز" → "عبد" + "العزيز");
 *   <li>a compound of two words, {@code أبو ظبي}: that joined word splits where the space was.
 * </ul>
 *
 * A single clitic letter (و ف ب ك ل) may come first and stays with the head ("وعبدالله" → "وعبد"
 * + "الله", as "وعبد الله" is written apart). Matching reads the word as written, folding each
 * letter as {@link ArabicNormalizer} does, so the split point falls between the written letters
 * and diacritics on the head stay with it ("عبدُالله" → "عبدُ" + "الله").
 */
public final class CompoundNames {
  private static final String ARTICLE = "ال";
  private static final String CLITICS = "وفبكل";
  /** Letters after the article a split needs: "عبدال" alone is no compound. */
  private static final int MIN_NAME = 2;

  private final List<String> heads;
  private final List<String[]> compounds;
  /** The shortest joined word an entry matches: most words are shorter and are not looked at. */
  private final int minLength;
  /**
   * The first two letters of each entry, as {@code first << 16 | second}: a word (after a clitic)
   * that starts otherwise is none, which two folds tell for nearly every word ("ال…" included).
   */
  private final int[] starts;

  private CompoundNames(List<String> heads, List<String[]> compounds) {
    this.heads = heads;
    this.compounds = compounds;
    int min = Integer.MAX_VALUE;
    List<Integer> firstTwo = new ArrayList<>();
    for (String head : heads) {
      min = Math.min(min, head.length() + ARTICLE.length() + MIN_NAME);
      firstTwo.add(start(head + ARTICLE));
    }
    for (String[] compound : compounds) {
      min = Math.min(min, compound[0].length() + compound[1].length());
      firstTwo.add(start(compound[0] + compound[1]));
    }
    this.minLength = min;
    this.starts = firstTwo.stream().distinct().mapToInt(Integer::intValue).toArray();
  }

  private static int start(String word) {
    return word.charAt(0) << 16 | word.charAt(1);
  }

  /** Entries as the file writes them (see the class comment). */
  public static CompoundNames of(List<String> lines) {
    List<String> heads = new ArrayList<>();
    List<String[]> compounds = new ArrayList<>();
    for (String line : lines) {
      String[] words = ArabicNormalizer.normalize(line.strip()).split("\\s+");
      if (words.length != 2) {
        throw new IllegalArgumentException("a compound name is two words: " + line);
      }
      if (words[1].equals(ARTICLE)) {
        heads.add(words[0]);
      } else {
        compounds.add(words);
      }
    }
    return new CompoundNames(List.copyOf(heads), List.copyOf(compounds));
  }

  public boolean isEmpty() {
    return heads.isEmpty() && compounds.isEmpty();
  }

  /**
   * Where the written word {@code s[0..len)} splits into two: the index of the first char of the
   * second part, or -1 when it is no joined compound.
   */
  public int splitPoint(char[] s, int len) {
    if (len < minLength) {
      return -1;
    }
    if (startsAnEntry(s, 0, len)) {
      int split = splitAfter(s, 0, len);
      if (split > 0) {
        return split;
      }
    }
    if (CLITICS.indexOf(ArabicNormalizer.fold(s[0])) >= 0) {
      int start = skipDropped(s, 1, len);
      if (startsAnEntry(s, start, len)) {
        return splitAfter(s, start, len);
      }
    }
    return -1;
  }

  private boolean startsAnEntry(char[] s, int from, int len) {
    int second = skipDropped(s, from + 1, len);
    if (second >= len) {
      return false;
    }
    int start = ArabicNormalizer.fold(s[from]) << 16 | ArabicNormalizer.fold(s[second]);
    for (int entry : starts) {
      if (entry == start) {
        return true;
      }
    }
    return false;
  }

  private int splitAfter(char[] s, int start, int len) {
    for (String head : heads) {
      int end = match(s, start, len, head);
      if (end > 0 && match(s, end, len, ARTICLE) > 0 && letters(s, match(s, end, len, ARTICLE), len) >= MIN_NAME) {
        return end;
      }
    }
    for (String[] compound : compounds) {
      int end = match(s, start, len, compound[0]);
      if (end > 0 && match(s, end, len, compound[1]) == len) {
        return end;
      }
    }
    return -1;
  }

  /**
   * Matches the normalised {@code word} against the written letters from {@code from}; returns
   * the index after the match and any diacritics that follow it, or -1.
   */
  private static int match(char[] s, int from, int len, String word) {
    int i = from;
    for (int k = 0; k < word.length(); k++) {
      i = skipDropped(s, i, len);
      if (i >= len || ArabicNormalizer.fold(s[i]) != word.charAt(k)) {
        return -1;
      }
      i++;
    }
    return skipDropped(s, i, len);
  }

  /** The index of the first char from {@code i} that normalisation keeps. */
  private static int skipDropped(char[] s, int i, int len) {
    while (i < len && ArabicNormalizer.fold(s[i]) == 0) {
      i++;
    }
    return i;
  }

  private static int letters(char[] s, int from, int len) {
    int n = 0;
    for (int i = from; i < len; i++) {
      if (ArabicNormalizer.fold(s[i]) != 0) {
        n++;
      }
    }
    return n;
  }
}
