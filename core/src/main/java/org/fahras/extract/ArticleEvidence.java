package org.fahras.extract;

import java.util.List;
import org.fahras.analysis.WordCounts;

/**
 * What an archive's article counts ({@code index-config/article-counts.tsv}, read through {@link
 * WordCounts}) say of a word met where a name may stand. A common noun or adjective is written with
 * the article ال often ("المجلس", "العقد", "الجولة"), so it ends a name rather than going on with
 * it ("ناجي صبري عقد اجتماعا"); a transliterated foreign name is essentially never written with
 * it ("جون", "سولانا", "بوبوف"), so, after a role, two such words may be a name nobody listed.
 * Without counts (an archive that never built them) it says nothing either way.
 */
final class ArticleEvidence {
  /** Fewer forms with ال than this say nothing (the counts file drops rarer forms anyway). */
  private static final int MIN_WITH_ARTICLE = 5;
  /** A common word: written with ال at least this share as often as without ("شقيق" 174 : 155). */
  private static final double COMMON_SHARE = 0.05;
  /** A foreign name: written with ال at most once, or at most this share as often as without. */
  private static final double NAME_SHARE = 0.01;

  private static final List<String> NOUN_ENDINGS = List.of("ا", "ين", "ان", "ون", "ات", "ه", "ت");
  private static final int MIN_STEM = 3;

  private final WordCounts counts;

  ArticleEvidence(WordCounts counts) {
    this.counts = counts;
  }

  /**
   * Whether the archive writes the word, or the word its proclitics leave ("بمجهودات" → "مجهودات",
   * "لشرح" → "شرح"), with the article as a common noun is. A stripped form counts only when it
   * takes ال more often than the whole word is written, so that a name whose first letter looks
   * like a clitic ("كمال": ك + "مال") is not read through it. The word with an ending of a common
   * noun counts too ("أفكارا", "تصريحات"; {@link #inflectedNoun}).
   */
  boolean commonWord(String word) {
    if (counts.isEmpty() || word.startsWith("ال")) {
      return false;
    }
    int writtenWhole = written(word);
    for (String form : Words.withoutProclitics(word)) {
      if (form.startsWith("ال")) {
        continue;
      }
      int withArticle = withArticle(form);
      if (withArticle >= MIN_WITH_ARTICLE && withArticle >= COMMON_SHARE * written(form) && (form.equals(word) || withArticle > writtenWhole)
          || form.equals(word) && inflectedNoun(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the archive (non-empty) treats the word as a foreign name does: it essentially never
   * writes it, any form its proclitics leave, or its stem with ال ("رفضا", "اتصالين", "وجهت": the
   * indefinite, dual, plural or feminine of a common noun), and never conjugates it as a verb
   * ("استطاع" → "استطاعوا", "توحي" → "يوحي").
   */
  boolean foreignName(String word) {
    if (counts.isEmpty() || word.startsWith("ال")) {
      return false;
    }
    for (String form : Words.withoutProclitics(word)) {
      if (form.startsWith("ال")) {
        continue;
      }
      int withArticle = withArticle(form);
      if (withArticle > 1 && withArticle > NAME_SHARE * written(form) || inflectedNoun(form) || verb(form)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the archive (non-empty) never writes the word, nor any form its proclitics leave. */
  boolean unseen(String word) {
    if (counts.isEmpty()) {
      return false;
    }
    for (String form : Words.withoutProclitics(word)) {
      if (written(form) > 0 || withArticle(form) > 0) {
        return false;
      }
    }
    return true;
  }

  /** A common noun or adjective with an ending: indefinite ا, dual or plural, feminine ة (ه once normalised) or ت. */
  private boolean inflectedNoun(String form) {
    for (String ending : NOUN_ENDINGS) {
      if (form.length() >= ending.length() + MIN_STEM && form.endsWith(ending)) {
        String stem = form.substring(0, form.length() - ending.length());
        int withArticle = withArticle(stem);
        if (withArticle >= MIN_WITH_ARTICLE && withArticle >= COMMON_SHARE * written(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb: written with the plural ending وا, or as an imperfect with the other prefix (ت/ي). */
  private boolean verb(String form) {
    if (written(form + "وا") >= MIN_WITH_ARTICLE) {
      return true;
    }
    char first = form.charAt(0);
    return form.length() > MIN_STEM && (first == 'ت' || first == 'ي')
        && written((first == 'ت' ? 'ي' : 'ت') + form.substring(1)) >= MIN_WITH_ARTICLE;
  }

  private int withArticle(String form) {
    return counts.withArticle(form.toCharArray(), 0, form.length());
  }

  private int written(String form) {
    return counts.written(form.toCharArray(), 0, form.length());
  }
}
