package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.ArabicLightStemmer;
import org.fahras.analysis.ArabicNormalizer;
import org.tartarus.snowball.ext.ArabicStemmer;

/**
 * How well each stemmer conflates the word forms that share a lemma, and only those: pairwise
 * precision and recall of "same stem" against "same lemma" over the distinct written forms of
 * content words (nouns, adjectives, verbs) in two Universal Dependencies treebanks.
 *
 * <ul>
 *   <li>UD Arabic-PUD: clitics are separate tokens joined by SpaceAfter=No; the written word is
 *       rebuilt by joining them, so a stemmer sees "وبالمقابل" as a reader does, and the word's
 *       lemma is that of its content token.
 *   <li>UD Arabic-PADT (2016): newswire; FORM is vocalised, so vowel marks are stripped; clitics
 *       other than ال are separate words.
 * </ul>
 *
 * <p>Usage: {@code ConflationEvaluation DATA_DIR}.
 */
public final class ConflationEvaluation {
  private static final Set<String> CONTENT = Set.of("NOUN", "ADJ", "VERB");

  record Scores(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ConflationEvaluation DATA_DIR [ARTICLE_COUNTS]   (e.g. ../shared/data target/eval/article-counts.tsv)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Map<String, UnaryOperator<String>> stemmers = stemmers(EvaluationResources.load(args));
    Map<String, Map<String, String>> treebanks = new LinkedHashMap<>();
    treebanks.put("UD Arabic-PUD (written words, clitics attached)", pud(data.resolve("ud-arabic-pud/ar_pud-ud-test.conllu")));
    Map<String, String> padt = new HashMap<>();
    for (String part : List.of("ar-ud-dev.conllu", "ar-ud-test.conllu")) {
      padt.putAll(padt(data.resolve("ud-arabic-padt-2016").resolve(part)));
    }
    treebanks.put("UD Arabic-PADT 2016 (news, vowels stripped)", padt);
    StringBuilder table = new StringBuilder("| treebank | forms | stemmer | precision | recall | F1 |\n|---|---|---|---|---|---|\n");
    treebanks.forEach((name, lemmaByForm) -> stemmers.forEach((stemmerName, stemmer) -> {
      Scores s = score(lemmaByForm, stemmer);
      table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f |%n",
          name, lemmaByForm.size(), stemmerName, s.precision(), s.recall(), s.f1()));
    }));
    System.out.print(table);
  }

  static Map<String, UnaryOperator<String>> stemmers(AnalysisResources resources) {
    ArabicLightStemmer ours = new ArabicLightStemmer(resources.protectedWords(), resources.articleCounts());
    Map<String, UnaryOperator<String>> stemmers = new LinkedHashMap<>();
    stemmers.put("Fahras (normalise + light stemmer)", word -> {
      char[] s = ArabicNormalizer.normalize(word).toCharArray();
      return new String(s, 0, ours.stem(s, s.length));
    });
    stemmers.put("Lucene ArabicStemmer (light10, with ArabicNormalizationFilter)", viaFilters(
        source -> new ArabicStemFilter(new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(source))));
    stemmers.put("Snowball Arabic", viaFilters(source -> new SnowballFilter(source, new ArabicStemmer())));
    return stemmers;
  }

  /** A word stemmed by a Lucene filter chain over the whole word as one token. */
  private static UnaryOperator<String> viaFilters(java.util.function.Function<Tokenizer, TokenStream> chain) {
    Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, chain.apply(source));
      }
    };
    return word -> {
      try (TokenStream stream = analyzer.tokenStream("w", word)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        String stem = stream.incrementToken() ? term.toString() : word;
        stream.end();
        return stem;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  /** Pairwise precision and recall, counted from group sizes: pairs = n(n-1)/2 per group. */
  static Scores score(Map<String, String> lemmaByForm, UnaryOperator<String> stemmer) {
    Map<String, Integer> byStem = new HashMap<>();
    Map<String, Integer> byLemma = new HashMap<>();
    Map<String, Integer> byBoth = new HashMap<>();
    lemmaByForm.forEach((form, lemma) -> {
      String stem = stemmer.apply(form);
      byStem.merge(stem, 1, Integer::sum);
      byLemma.merge(lemma, 1, Integer::sum);
      byBoth.merge(stem + "\u0000" + lemma, 1, Integer::sum);
    });
    double both = pairs(byBoth);
    double sameStem = pairs(byStem);
    double sameLemma = pairs(byLemma);
    return new Scores(sameStem == 0 ? 0 : both / sameStem, sameLemma == 0 ? 0 : both / sameLemma);
  }

  private static double pairs(Map<String, Integer> groups) {
    double pairs = 0;
    for (int n : groups.values()) {
      pairs += (double) n * (n - 1) / 2;
    }
    return pairs;
  }

  /** Written words of PUD (tokens joined across SpaceAfter=No) with the lemma of their content token. */
  static Map<String, String> pud(Path file) throws IOException {
    Map<String, String> lemmaByForm = new HashMap<>();
    StringBuilder word = new StringBuilder();
    String lemma = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (line.startsWith("#") || cols.length < 10 || cols[0].contains("-") || cols[0].contains(".")) {
        continue;
      }
      word.append(cols[1]);
      if (lemma == null && CONTENT.contains(cols[3])) {
        lemma = stripVowels(cols[2]);
      }
      if (!cols[9].contains("SpaceAfter=No")) {
        if (lemma != null) {
          lemmaByForm.putIfAbsent(word.toString(), lemma);
        }
        word.setLength(0);
        lemma = null;
      }
    }
    return lemmaByForm;
  }

  /** Content words of PADT with vowel marks stripped from form and lemma. */
  static Map<String, String> padt(Path file) throws IOException {
    Map<String, String> lemmaByForm = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols.length >= 4 && CONTENT.contains(cols[3])) {
        lemmaByForm.putIfAbsent(stripVowels(cols[1]), stripVowels(cols[2]));
      }
    }
    return lemmaByForm;
  }

  private static String stripVowels(String s) {
    return s.replaceAll("[\\u064B-\\u0652\\u0670]", "");
  }

}
