package org.fahras.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharArrayMap;
import org.fahras.config.ConfigFiles;

/**
 * The word lists the analysers need, loaded once from the configuration folders and shared by
 * every analyser instance. Entries are normalised at load time, so the files may be written with
 * or without hamza and diacritics.
 *
 * @param stopwords {@code stopwords/arabic.txt}, matched after normalisation
 * @param writtenStopwords {@code stopwords/arabic-as-written.txt}, matched on the word as written
 *     (على, but not the name علي, which normalisation makes of it)
 * @param protectedWords words the stemmer never cuts: {@code index-config/protected-words.txt}
 *     plus every one-word country name and capital of {@code index-config/countries.tsv}
 * @param variants spelling variants folded to one form: {@code index-config/name-variants.tsv}
 * @param compoundNames compound names written joined or apart, split when joined:
 *     {@code index-config/compound-names.txt}
 * @param articleCounts how often news text writes a word with the article, which tells the
 *     stemmer a clitic from a root letter: {@code index-config/article-counts.tsv}, built from an
 *     archive by {@code fahras article-counts} (optional: without it only the protected words
 *     decide, a first و/ف is always cut and a single ب/ك/ل kept)
 */
public record AnalysisResources(CharArraySet stopwords, CharArraySet writtenStopwords, CharArraySet protectedWords, CharArrayMap<String> variants, CompoundNames compoundNames, WordCounts articleCounts) {

  public static AnalysisResources load(ConfigFiles config) {
    return new AnalysisResources(
        wordSet(ConfigFiles.linesIfPresent(config.stopwords("arabic.txt"))),
        CharArraySet.unmodifiableSet(new CharArraySet(ConfigFiles.linesIfPresent(config.stopwords("arabic-as-written.txt")), false)),
        protectedWords(ConfigFiles.linesIfPresent(config.config("protected-words.txt")), ConfigFiles.tableIfPresent(config.config("countries.tsv"))),
        variants(ConfigFiles.tableIfPresent(config.config("name-variants.tsv"))),
        CompoundNames.of(ConfigFiles.linesIfPresent(config.config("compound-names.txt"))),
        WordCounts.of(ConfigFiles.tableIfPresent(config.config("article-counts.tsv"))));
  }

  /** The same resources with the article counts of another file (see {@link ArticleCountsBuilder}). */
  public AnalysisResources withArticleCounts(Path file) {
    return withArticleCounts(WordCounts.of(ConfigFiles.table(file)));
  }

  /** The same resources with other article counts ({@link WordCounts#NONE}: none). */
  public AnalysisResources withArticleCounts(WordCounts counts) {
    return new AnalysisResources(stopwords, writtenStopwords, protectedWords, variants, compoundNames, counts);
  }

  /** A set of normalised words. */
  static CharArraySet wordSet(List<String> words) {
    CharArraySet set = new CharArraySet(words.size() * 2 + 16, false);
    for (String word : words) {
      set.add(ArabicNormalizer.normalize(word.strip()));
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /**
   * Protected words plus one-word country names and capitals (columns 2, 4 and 6 of
   * countries.tsv) without their article: "الجزائر" is protected as "جزائر", so "والجزائر" and
   * "للجزائر" lose their clitics and meet it. A name written with أل (ألمانيا) has no article.
   */
  static CharArraySet protectedWords(List<String> words, List<String[]> countryRows) {
    List<String> names = new ArrayList<>();
    for (String[] row : countryRows) {
      for (int column : new int[] {1, 3, 5}) {
        if (column < row.length) {
          for (String name : row[column].split("\\|")) {
            names.add(name.strip());
          }
        }
      }
    }
    // a name any spelling writes with أل, إل or آل (ألمانيا, also written المانيا) has no article
    Set<String> hamzaInitial = new HashSet<>();
    for (String name : names) {
      if (name.length() > 1 && "أإآ".indexOf(name.charAt(0)) >= 0 && name.charAt(1) == 'ل') {
        hamzaInitial.add(ArabicNormalizer.normalize(name));
      }
    }
    List<String> all = new ArrayList<>(words);
    for (String name : names) {
      String word = ArabicNormalizer.normalize(name);
      if (!word.isEmpty() && word.indexOf(' ') < 0) {
        all.add(word.startsWith("ال") && word.length() > 4 && !hamzaInitial.contains(word) ? word.substring(2) : word);
      }
    }
    return wordSet(all);
  }

  /** Variant → canonical pairs; both sides normalised. */
  static CharArrayMap<String> variants(List<String[]> rows) {
    CharArrayMap<String> variants = new CharArrayMap<>(rows.size() * 2 + 4, false);
    for (String[] row : rows) {
      if (row.length >= 2) {
        variants.put(ArabicNormalizer.normalize(row[0]), ArabicNormalizer.normalize(row[1]));
      }
    }
    return CharArrayMap.unmodifiableMap(variants);
  }
}
