package org.fahras.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Builds {@code article-counts.tsv}, the stemmer's evidence for telling a clitic from a root
 * letter ({@link ArabicLightStemmer}, read through {@link WordCounts}): how often a collection of
 * news writes each word form, as normalised forms with their counts. The forms with the article
 * ال say which words are nouns: "الوزير" is common and "الزير" is not, so the و of "وزير" is a
 * root letter. The others say which forms are words at all: "ولدت" is written and "لدت" never,
 * so its و is a root letter too. Built from an archive's own articles ({@code fahras
 * article-counts}), so the evidence is the newsroom's vocabulary; only word forms and counts are
 * kept, never text.
 */
public final class ArticleCountsBuilder {
  /** Rarer forms are typos or names: no evidence either way. */
  public static final int MIN_COUNT = 5;

  private final Analyzer exact;
  private final Map<String, Integer> counts = new HashMap<>();

  public ArticleCountsBuilder(AnalysisResources resources) {
    this.exact = new FahrasAnalyzer(TextForm.EXACT, resources);
  }

  /**
   * Counts the words of {@code text} that are Arabic letters only, with the article or without,
   * normalised. Words written with أل, إل or آل are left out: normalised they would pass for a
   * word with the article, which is written with a bare alef ("ألمانيا", "إلغاء", "آلية" and
   * "أليست" are no article + "مانيا", "غاء", "يه", "يست").
   */
  public void add(String text) {
    try (TokenStream stream = exact.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 1 && term.charAt(1) == 'ل' && "أإآ".indexOf(term.charAt(0)) >= 0) {
          continue;
        }
        String word = ArabicNormalizer.normalize(term.toString());
        if (word.length() > 1 && arabicLetters(word)) {
          counts.merge(word, 1, Integer::sum);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
  }

  /** Writes the forms seen at least {@link #MIN_COUNT} times, commonest first; returns how many. */
  public int write(Path file, String source) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    int written = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.print(HEADER);
      out.println("# Source: " + source);
      for (Map.Entry<String, Integer> entry : counts.entrySet().stream()
          .filter(e -> e.getValue() >= MIN_COUNT)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .toList()) {
        out.println(entry.getKey() + "\t" + entry.getValue());
        written++;
      }
    }
    return written;
  }

  private static boolean arabicLetters(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '\u0621' || word.charAt(i) > '\u064A') {
        return false;
      }
    }
    return true;
  }

  private static final String HEADER = """
      # How often news text writes each word form, with the article ال or without: the light
      # stemmer's evidence for telling a clitic from a root letter (ArabicLightStemmer).
      # "الوزير" is common and "الزير" is not, so the و of "وزير" is a root letter; "المرض" is
      # common and "البمرض" is not, so "بمرض" is ب + "مرض"; "ولدت" is written and "لدت" never,
      # so "ولدت" keeps its و. Normalised forms (hamza, ة, ى folded), tab, count. Only word forms
      # and counts, never text. Built by `fahras article-counts PATH... --out FILE`.
      """;
}
