package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * A light stemmer for normalised Arabic news words (run {@link ArabicNormalizer} first). Light
 * means it strips clitics and inflectional affixes and never guesses roots. It differs from
 * Lucene's light10 where light10 fails on news text:
 *
 * <ul>
 *   <li>Proclitics stack: و/ف, then ب/ك/ل, then ال ("وبالمقابل" → "مقابل", "للهجره" → "هجره").
 *   <li>Protected words are never cut, nor are their clitic and suffix forms: a word whose first
 *       letter is a root letter ("وزير", "فيلم") keeps it, and a name keeps its shape ("لبنان").
 *   <li>For other words, a first و/ف/ب/ك/ل is told apart from a root letter by how often news
 *       text writes the word and its rest with the article (a committed list of counts, see
 *       {@link #stripProclitics}): "وجود" keeps its و, "بمرض" loses its ب.
 *   <li>Nisba adjectives keep their ي: "التونسية", "التونسيون" → "تونسي", never "تونس", so a
 *       surname such as "الطرابلسي" does not become the city "طرابلس".
 *   <li>The accusative tanween alef goes ("مهاجرًا" → "مهاجر"), as do pronoun suffixes
 *       ("مؤسساتها" → "مءسس").
 *   <li>Minimum stem lengths per suffix keep short words whole ("علي", "بيان", "قانون").
 * </ul>
 */
public final class ArabicLightStemmer {
  /**
   * Pronoun suffixes, longest first; one may be stripped before an inflectional suffix. كن (you,
   * feminine plural) is left out: news hardly addresses women in the plural, while "يتمكن",
   * "مساكن" and "أماكن" end in those letters.
   */
  private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "ها", "نا"};

  /** Inflectional suffixes, longest first, with the shortest stem each may leave. */
  private static final String[] INFLECTIONS = {"يتان", "يتين", "يات", "يون", "يين", "يان", "تان", "تين", "يه", "يا", "ات", "ون", "ين", "ان", "ه", "ا"};
  private static final int[] MIN_STEM = {3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 4, 4, 3, 3};

  /** Fewer sightings with the article than this are not evidence (typos, one-off names). */
  private static final int MIN_ARTICLE_COUNT = 5;
  /**
   * A و/ف stays a root letter only with more: typos with a stray article are common enough
   * ("الواكد" five times for "واكد") to pass the lower bar.
   */
  private static final int MIN_ROOT_LETTER_COUNT = 20;
  /** How much likelier with the article the rest must be than the whole word to cut a ب/ك/ل. */
  private static final int STRIP_RATIO = 2;

  private final CharArraySet protectedWords;
  private final WordPrefixes protectedPrefixes;
  private final WordCounts counts;

  /**
   * @param protectedWords normalised words never to cut (with or without their suffixes)
   * @param articleCounts normalised word → how often news text writes it with the article ال
   *     ({@code index-config/article-counts.tsv}); empty, only the protected words decide
   */
  public ArabicLightStemmer(CharArraySet protectedWords, WordCounts counts) {
    this.protectedWords = protectedWords;
    this.protectedPrefixes = new WordPrefixes(protectedWords);
    this.counts = counts;
  }

  /** How often {@code s[offset..offset+len)} was seen with the article; 0 when never. */
  private int withArticle(char[] s, int offset, int len) {
    return counts.withArticle(s, offset, len);
  }

  /**
   * Strips proclitics from {@code s[0..len)} in place; returns the new length. Whether a first
   * و/ف/ب/ك/ل is a clitic or a root letter is read from how news text writes the word with the
   * article: "الوزير" and "الفريق" are common, so و and ف belong to "وزير" and "فريق"; "الواضاف"
   * never occurs, so "واضاف" is و + "اضاف". A single ب/ك/ل is cut only when the rest is clearly
   * the noun ("المرض" against "البمرض": "بمرض" → "مرض"; "الكتاب" keeps "كتاب" whole).
   */
  public int stripProclitics(char[] s, int len) {
    if (len < 4 || "وفبكلاس".indexOf(s[0]) < 0 || protectedStem(s, 0, len) > 0) {
      return len;
    }
    int start = 0;
    if (s[0] == 'و' || s[0] == 'ف') {
      if (protectedStem(s, 1, len - 1) > 0) {
        return shift(s, 1, len);
      }
      int whole = withArticle(s, 0, len);
      if ((whole < MIN_ROOT_LETTER_COUNT || whole < withArticle(s, 1, len - 1)) && !rootLetterOfAWord(s, len)) {
        start++;
      }
    }
    if (len - start >= 4 && (s[start] == 'ل' || s[start] == 'س') && imperfectVerb(s, start, len)) {
      return shift(s, start + 1, len); // "ليقوم", "سيقوم" → "يقوم"
    }
    if (len - start >= 4 && (s[start] == 'ب' || s[start] == 'ك' || s[start] == 'ل')) {
      if (protectedStem(s, start + 1, len - start - 1) > 0) {
        return shift(s, start + 1, len);
      }
      if (s[start] == 'ل' && s[start + 1] == 'ل') {
        return shift(s, start + 2, len); // لل = ل + ال with its alef dropped
      }
      if (s[start + 1] == 'ا' && s[start + 2] == 'ل') {
        start++;
      } else {
        int rest = withArticle(s, start + 1, len - start - 1);
        if (rest >= MIN_ARTICLE_COUNT && rest > STRIP_RATIO * withArticle(s, start, len - start)) {
          return shift(s, start + 1, len);
        }
      }
    }
    if (len - start >= 4 && s[start] == 'ا' && s[start + 1] == 'ل') {
      start += 2;
    }
    return shift(s, start, len);
  }

  /**
   * True when a first و/ف belongs to a word that news writes as it stands while its rest is no
   * word at all: the perfect verbs of roots with a first و or ف ("ولدت", "وصلت", "فازت"), where
   * "لدت", "صلت" and "ازت" are never written; "وأضاف" is و + "أضاف", a word seen everywhere.
   */
  private boolean rootLetterOfAWord(char[] s, int len) {
    return counts.written(s, 0, len) >= MIN_ROOT_LETTER_COUNT && counts.seen(s, 1, len - 1) < MIN_ARTICLE_COUNT;
  }

  /**
   * True when {@code s[start..len)} is ل (purpose) or س (future) before an imperfect verb: the
   * rest begins with ي/ت/ن, news writes it as it stands far more often than the whole, and never
   * the whole with the article, which no verb takes ("سيقوم", "ليتم"; "سيارة" is no verb: "يارة"
   * is never written).
   */
  private boolean imperfectVerb(char[] s, int start, int len) {
    if ("يتن".indexOf(s[start + 1]) < 0 || withArticle(s, start, len - start) >= MIN_ARTICLE_COUNT) {
      return false;
    }
    int rest = counts.written(s, start + 1, len - start - 1);
    return rest >= MIN_ROOT_LETTER_COUNT && rest > STRIP_RATIO * counts.written(s, start, len - start);
  }

  /** Strips at most one pronoun and one inflectional suffix from {@code s[0..len)}; returns the new length. */
  public int stripSuffixes(char[] s, int len) {
    int stem = protectedStem(s, 0, len);
    if (stem > 0) {
      return stem;
    }
    if (len < 4 || !endsLikeSuffix(s[len - 1]) && s[len - 1] != 'م') {
      return len; // no suffix ends in this letter
    }
    boolean pronoun = false;
    for (String suffix : PRONOUNS) {
      if (len - suffix.length() >= 3 && endsWith(s, len, suffix)) {
        // a pronoun suffix makes its noun definite, so it never comes with the article: a form
        // news writes with ال ends in its own letters ("التفاهم", "المحاكم" are no تفا + هم)
        if (withArticle(s, 0, len) < MIN_ARTICLE_COUNT) {
          len -= suffix.length();
          pronoun = true;
        }
        break;
      }
    }
    if (pronoun || len >= 5 && s[len - 1] == 'ه' && s[len - 2] == 'ت') {
      int rest = pronoun ? len : len - 1;
      if (taMarbuta(s, rest, pronoun)) {
        return rest - 1; // "حكومتها", "زيارته" → "حكوم", "زيار", as "حكومة", "زيارة"
      }
    }
    if (endsWith(s, len, "ايا")) {
      return len; // broken plurals: قضايا، ضحايا
    }
    if (s[len - 1] == 'ا' && withArticle(s, 0, len) >= MIN_ARTICLE_COUNT) {
      return len; // "السينما", "التكنولوجيا": tanween never takes the article, so the alef is the word's
    }
    for (int i = 0; i < INFLECTIONS.length; i++) {
      String suffix = INFLECTIONS[i];
      if (len - suffix.length() >= MIN_STEM[i] && endsWith(s, len, suffix)) {
        len -= suffix.length();
        if (isNisba(suffix)) {
          s[len++] = 'ي'; // a nisba adjective keeps its ي
        }
        return len;
      }
    }
    return len;
  }

  /**
   * True when the final ت of {@code s[0..len)}, met before a pronoun suffix, is a ta marbuta
   * (ة is written ت before a suffix: "حكومة" + "ها" = "حكومتها") rather than a root letter
   * ("بيتها", "ثابته" of "ثابتة"). The counts decide when they know the word: "حكومة" is written
   * and "حكومت" is not. Without them, a stem of three letters or more before a pronoun of two
   * letters or more is read as ta marbuta; a bare ه, which also ends "ثابته", is left alone.
   */
  private boolean taMarbuta(char[] s, int len, boolean longPronoun) {
    if (len < 4 || s[len - 1] != 'ت' || s[len - 2] == 'ا') {
      return false; // "سيارات" is a plural, left to the inflections
    }
    int asWritten = counts.seen(s, 0, len);
    s[len - 1] = 'ه';
    int asTaMarbuta = counts.seen(s, 0, len);
    s[len - 1] = 'ت';
    return asTaMarbuta > asWritten || asTaMarbuta == 0 && asWritten == 0 && longPronoun;
  }

  /** Clitics, then suffixes. */
  public int stem(char[] s, int len) {
    return stripSuffixes(s, stripProclitics(s, len));
  }

  /**
   * The length of the protected word that {@code s[offset..offset+len)} is, or begins with before
   * one suffix ("وزيرة", "وزيرين" of "وزير"); -1 when it is none. Nisba endings are not counted:
   * "لبنانيون" is the adjective "لبناني", not a form of "لبنان".
   */
  int protectedStem(char[] s, int offset, int len) {
    if (!protectedPrefixes.mayStart(s, offset, len)) {
      return -1;
    }
    if (protectedWords.contains(s, offset, len)) {
      return len;
    }
    if (len < 3 || !endsLikeSuffix(s[offset + len - 1])) {
      return -1;
    }
    for (String suffix : INFLECTIONS) {
      int stem = len - suffix.length();
      if (stem >= 2 && !isNisba(suffix) && endsWith(s, offset + len, suffix) && protectedWords.contains(s, offset, stem)) {
        return stem;
      }
    }
    return -1;
  }

  /** The last letters of the inflectional suffixes: a cheap test that skips most words. */
  private static boolean endsLikeSuffix(char last) {
    return last == 'ن' || last == 'ت' || last == 'ه' || last == 'ا';
  }

  /** Endings of nisba adjectives (تونسية، تونسيون …); the plain plural ين is not one. */
  private static boolean isNisba(String suffix) {
    return suffix.length() > 1 && suffix.charAt(0) == 'ي' && !suffix.equals("ين");
  }

  private static boolean endsWith(char[] s, int end, String suffix) {
    int n = suffix.length();
    if (end < n || s[end - 1] != suffix.charAt(n - 1)) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (s[end - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int shift(char[] s, int start, int len) {
    if (start > 0) {
      System.arraycopy(s, start, s, 0, len - start);
    }
    return len - start;
  }
}
