package org.fahras.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.config.ConfigFiles;

/**
 * Builds {@code index-config/article-counts.tsv}, the stemmer's evidence for telling a clitic from
 * a root letter: how often each word is written with the article ال in the ANT news corpus
 * (Apache-2.0), as normalised forms with their counts, at least {@value #MIN_COUNT} each. Only
 * word forms and counts are kept, never text. Not run on the evaluation sets, so the stemmer is
 * not tuned on them.
 *
 * <p>Usage: {@code ArticleCountsBuilder DATA_DIR OUTPUT} (DATA_DIR holds ant-corpus/).
 */
public final class ArticleCountsBuilder {
  static final int MIN_COUNT = 5;
  private static final List<String> FILES = List.of("ant-v1.1-jawharafm.jsonl.gz", "ant-v2.1-multisource.jsonl.gz");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ArticleCountsBuilder DATA_DIR OUTPUT   (e.g. ../shared/data index-config/article-counts.tsv)");
      System.exit(2);
    }
    Analyzer normalized = new FahrasAnalyzer(TextForm.NORMALIZED, AnalysisResources.load(ConfigFiles.defaults()));
    Map<String, Integer> counts = new HashMap<>();
    for (String file : FILES) {
      Path path = Path.of(args[0], "ant-corpus", file);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonObject article = JsonParser.parseString(line).getAsJsonObject();
          if (article.has("text")) {
            count(normalized, article.get("text").getAsString(), counts);
          }
        }
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.print(HEADER);
      counts.entrySet().stream()
          .filter(e -> e.getValue() >= MIN_COUNT)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.println(e.getKey() + "\t" + e.getValue()));
    }
  }

  /** Counts the words of {@code text} that start with ال and are Arabic letters only. */
  private static void count(Analyzer analyzer, String text, Map<String, Integer> counts) throws IOException {
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 2 && term.charAt(0) == 'ا' && term.charAt(1) == 'ل' && arabicLetters(term)) {
          counts.merge(term.toString(), 1, Integer::sum);
        }
      }
      stream.end();
    }
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
      # How often news text writes a word with the article ال: the light stemmer's evidence for
      # telling a clitic from a root letter (ArabicLightStemmer.stripProclitics). "الوزير" is
      # common and "الزير" is not, so the و of "وزير" is a root letter; "المرض" is common and
      # "البمرض" is not, so "بمرض" is ب + "مرض". Normalised forms (hamza, ة, ى folded), tab, count.
      #
      # Built by org.fahras.eval.ArticleCountsBuilder from the article texts of the ANT corpus
      # (Arabic News Texts: v1.1 Jawhara FM and v2.1 multi-source, about 9 million words;
      # antcorpus.github.io), released under the Apache License 2.0. Only word forms and their
      # counts (at least 5) are kept, never text. Cite: Chouigui, Ben Khiroun and Elayeb, "ANT
      # Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017; and "An
      # Arabic Multi-source News Corpus: Experimenting on Single-document Extractive
      # Summarization", AJSE 2021. Regenerate with:
      #   java -cp target/fahras.jar org.fahras.eval.ArticleCountsBuilder ../shared/data index-config/article-counts.tsv
      """;
}
