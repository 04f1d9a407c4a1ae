package org.fahras.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.solr.common.util.Utils;

/**
 * Real news sentences none of Fahras's lists were written from: one sentence from each of the
 * first SaudiNewsNet articles (../shared/data, never committed), so the sentences come from as
 * many articles as there are sentences.
 */
final class RealSentences {
  static final Path SAUDI_NEWS = Path.of("../shared/data/saudinewsnet/saudinewsnet.jsonl.gz");

  private RealSentences() {}

  /** Up to {@code count} sentences of 6 words or more, the second of each article that has one. */
  @SuppressWarnings("unchecked")
  static List<String> read(int count) throws IOException {
    List<String> sentences = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(SAUDI_NEWS)), StandardCharsets.UTF_8))) {
      String line;
      while (sentences.size() < count && (line = lines.readLine()) != null) {
        Object content = ((Map<String, Object>) Utils.fromJSONString(line)).get("content");
        if (content == null) {
          continue;
        }
        List<String> inArticle = new ArrayList<>();
        for (String sentence : content.toString().split("(?<=[.!؟?])\\s+|\\n+")) {
          if (sentence.strip().split("\\s+").length >= 6) {
            inArticle.add(sentence.strip());
          }
        }
        if (inArticle.size() > 1) {
          sentences.add(inArticle.get(1));
        }
      }
    }
    return sentences;
  }
}
