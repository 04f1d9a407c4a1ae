package org.fahras.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * How often the news of an archive writes each normalised word form: the light stemmer's evidence
 * for telling a clitic from a root letter ({@code index-config/article-counts.tsv}, built by
 * {@link ArticleCountsBuilder}). Two views of the same rows: how often a word is written with the
 * article ال ("الوزير" for "وزير"), and how often a form is written as it stands ("ولدت", "قال").
 * Files built before the second view existed hold only forms with ال; then a form without it
 * simply counts 0, and the stemmer falls back on the article counts alone.
 */
public final class WordCounts {
  public static final WordCounts NONE = new WordCounts(CharArrayMap.emptyMap(), CharArrayMap.emptyMap());

  private final CharArrayMap<Integer> withArticle;
  private final CharArrayMap<Integer> written;

  private WordCounts(CharArrayMap<Integer> withArticle, CharArrayMap<Integer> written) {
    this.withArticle = withArticle;
    this.written = written;
  }

  /** From rows "form, count" (other rows are skipped); the forms are normalised. */
  public static WordCounts of(List<String[]> rows) {
    CharArrayMap<Integer> withArticle = new CharArrayMap<>(rows.size() + 4, false);
    CharArrayMap<Integer> written = new CharArrayMap<>(rows.size() * 2 + 4, false);
    for (String[] row : rows) {
      if (row.length < 2) {
        continue;
      }
      String word = ArabicNormalizer.normalize(row[0]);
      Integer count = Integer.valueOf(row[1].strip());
      written.put(word, count);
      if (word.startsWith("ال") && word.length() > 2) {
        withArticle.put(word.substring(2), count);
      }
    }
    return new WordCounts(CharArrayMap.unmodifiableMap(withArticle), CharArrayMap.unmodifiableMap(written));
  }

  /** True when there are no counts at all: no evidence either way. */
  public boolean isEmpty() {
    return written.isEmpty();
  }

  /** How often {@code s[offset..offset+len)} was seen with the article; 0 when never. */
  public int withArticle(char[] s, int offset, int len) {
    if (withArticle.isEmpty()) {
      return 0; // no counts: skip hashing the word
    }
    Integer count = withArticle.get(s, offset, len);
    return count == null ? 0 : count;
  }

  /** How often {@code s[offset..offset+len)} was seen written as it stands; 0 when never. */
  public int written(char[] s, int offset, int len) {
    if (written.isEmpty()) {
      return 0;
    }
    Integer count = written.get(s, offset, len);
    return count == null ? 0 : count;
  }

  /** How often the form was seen at all: as it stands or with the article. */
  public int seen(char[] s, int offset, int len) {
    return written(s, offset, len) + withArticle(s, offset, len);
  }
}
