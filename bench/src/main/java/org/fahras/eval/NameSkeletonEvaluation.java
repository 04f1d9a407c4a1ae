package org.fahras.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.analysis.NameSkeleton;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;

/**
 * How precise the name skeleton is: the officials' names the extractor finds in SaudiNewsNet
 * (gazetteer and discovered alike) are cut into words, and every skeleton that more than one
 * distinct written word shares is listed, so that a reader can judge each merge; the counts say
 * how many words share a key. Also: the spellings of one official in officials.tsv that the
 * skeleton joins (recall), and the officials whose full names it confuses (precision).
 *
 * <p>Usage: {@code NameSkeletonEvaluation DATA_DIR [ARTICLES]}.
 */
public final class NameSkeletonEvaluation {
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NameSkeletonEvaluation DATA_DIR [ARTICLES]");
      System.exit(2);
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    ConfigFiles config = ConfigFiles.defaults();
    EntityExtractor extractor = EntityExtractor.load(config);
    Map<String, TreeSet<String>> wordsBySkeleton = new TreeMap<>();
    int articles = 0;
    Path file = Path.of(args[0], "saudinewsnet", "saudinewsnet.jsonl.gz");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && articles < limit; line = in.readLine()) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        CleanArticle article = new CleanArticle("", json.get("title").getAsString(), json.get("content").getAsString(), "", "", null, List.of(), "");
        articles++;
        for (String name : extractor.extract(article).names()) {
          for (String word : ArabicNormalizer.normalize(name).split("\\s+")) {
            String key = NameSkeleton.of(word);
            if (!key.equals(word)) {
              wordsBySkeleton.computeIfAbsent(key, k -> new TreeSet<>()).add(word);
            }
          }
        }
      }
    }
    int words = wordsBySkeleton.values().stream().mapToInt(TreeSet::size).sum();
    List<String> shared = new ArrayList<>();
    int wordsSharing = 0;
    for (Map.Entry<String, TreeSet<String>> e : wordsBySkeleton.entrySet()) {
      if (e.getValue().size() > 1) {
        shared.add(e.getKey() + " ← " + String.join(" / ", e.getValue()));
        wordsSharing += e.getValue().size();
      }
    }
    System.out.println("### Name skeleton on SaudiNewsNet (" + articles + " articles)");
    System.out.println();
    System.out.printf(Locale.ROOT, "Distinct name words folded: %d; skeleton keys: %d; keys shared by two or more written words: %d (%d words).%n%n",
        words, wordsBySkeleton.size(), shared.size(), wordsSharing);
    shared.forEach(s -> System.out.println("- " + s));

    // officials.tsv: one official's spellings joined; different officials' full names confused
    Map<String, String> officialBySkeleton = new HashMap<>();
    int pairs = 0;
    int joined = 0;
    List<String> confused = new ArrayList<>();
    for (String[] row : ConfigFiles.table(config.config("officials.tsv"))) {
      List<String> spellings = new ArrayList<>(List.of(row[1]));
      if (row.length > 2 && !row[2].isBlank()) {
        spellings.addAll(List.of(row[2].split("\\|")));
      }
      String first = fullSkeleton(spellings.getFirst());
      for (String spelling : spellings.subList(1, spellings.size())) {
        if (ArabicNormalizer.normalize(spelling).split("\\s+").length == ArabicNormalizer.normalize(spellings.getFirst()).split("\\s+").length) {
          pairs++;
          joined += fullSkeleton(spelling).equals(first) ? 1 : 0;
        }
      }
      String other = officialBySkeleton.putIfAbsent(first, row[0]);
      if (other != null) {
        confused.add(other + " = " + row[0]);
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "officials.tsv: spelling variants of one official with as many words as the canonical name: %d, joined by the skeleton: %d; officials whose full names share a skeleton: %s%n",
        pairs, joined, confused.isEmpty() ? "none" : String.join(", ", confused));
  }

  private static String fullSkeleton(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : ArabicNormalizer.normalize(name).split("\\s+")) {
      key.append(NameSkeleton.of(word)).append(' ');
    }
    return key.toString().strip();
  }
}
