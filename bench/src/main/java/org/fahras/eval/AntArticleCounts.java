package org.fahras.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.ArticleCountsBuilder;
import org.fahras.config.ConfigFiles;

/**
 * The article counts the evaluations use, built at evaluation time from the ANT news corpus (about
 * 9 million words of 2013–2018 news), as a newsroom would build them from its own archive with
 * {@code fahras article-counts}. ANT is used by no retrieval or conflation test set, so the
 * stemmer is not tuned on them; the counts stay under target/ and are never committed (the
 * evaluation data is for evaluation only).
 *
 * <p>Usage: {@code AntArticleCounts DATA_DIR OUTPUT} (DATA_DIR holds ant-corpus/).
 */
public final class AntArticleCounts {
  private static final List<String> FILES = List.of("ant-v1.1-jawharafm.jsonl.gz", "ant-v2.1-multisource.jsonl.gz");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AntArticleCounts DATA_DIR OUTPUT   (e.g. ../shared/data target/eval/article-counts.tsv)");
      System.exit(2);
    }
    ArticleCountsBuilder counts = new ArticleCountsBuilder(AnalysisResources.load(ConfigFiles.defaults()));
    for (String file : FILES) {
      Path path = Path.of(args[0], "ant-corpus", file);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonObject article = JsonParser.parseString(line).getAsJsonObject();
          if (article.has("text")) {
            counts.add(article.get("text").getAsString());
          }
        }
      }
    }
    int forms = counts.write(Path.of(args[1]), "the article texts of the ANT corpus (evaluation only)");
    System.err.printf("%d word forms written to %s%n", forms, args[1]);
  }
}
