package org.fahras.eval;

import com.google.gson.JsonElement;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;

/**
 * Document-level precision and recall of the extractor against our hand labels
 * ({@code eval-labels/entities.tsv}: countries, officials and topics of ANT and SaudiNewsNet
 * articles, written by reading each one), and ANT's own category labels against our coarse
 * topics. The article text is read from the data folder, never from the project.
 *
 * <p>An official we find matches a label when the ids are equal, or when the names are equal once
 * normalised (hamza, ة/ه, ى/ي), or one is the other's first two words or more (a name cut short):
 * a discovered official's id is its name.
 *
 * <p>Usage: {@code EntityDocumentEvaluation DATA_DIR LABELS_FILE [--errors]}.
 */
public final class EntityDocumentEvaluation {
  private record Label(String corpus, String id, Set<String> countries, Set<String> officials, Set<String> topics) {}

  /** Counts of one facet, micro-averaged over articles. */
  private static final class Score {
    int predicted;
    int gold;
    int right;

    String row(String facet) {
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |", facet, gold, predicted, right,
          predicted == 0 ? 0 : (double) right / predicted, gold == 0 ? 0 : (double) right / gold);
    }
  }

  /** ANT's categories that one of our topics covers. */
  private static final Map<String, String> TOPIC_OF_CATEGORY = Map.of("sport", "sport", "economy", "economy", "culture", "arts-culture", "technology", "science-technology");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EntityDocumentEvaluation DATA_DIR LABELS_FILE [--errors] [--article-counts FILE]"
          + "   (e.g. ../shared/data eval-labels/entities.tsv --article-counts target/eval/article-counts.tsv)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    boolean showErrors = List.of(args).contains("--errors");
    List<Label> labels = labels(Path.of(args[1]));
    EntityExtractor extractor = EntityExtractor.load(ConfigFiles.defaults(), EvaluationResources.withCountsOption(args));
    Map<String, List<String>> spellings = listedSpellings(ConfigFiles.defaults());

    Map<String, CleanArticle> articles = new HashMap<>();
    Set<String> wanted = new HashSet<>();
    labels.forEach(l -> wanted.add(l.corpus() + "\t" + l.id()));
    Map<String, Integer> categoryTotals = new LinkedHashMap<>();
    Map<String, int[]> topicVsCategory = new LinkedHashMap<>();
    TOPIC_OF_CATEGORY.values().forEach(t -> topicVsCategory.put(t, new int[3]));
    Consumer<JsonObject> ant = json -> {
      CleanArticle article = article(text(json, "docno"), text(json, "title"), text(json, "text"));
      String corpus = text(json, "path").contains("JA-") ? "ant1" : "ant2";
      if (wanted.contains(corpus + "\t" + article.id())) {
        articles.put(corpus + "\t" + article.id(), article);
      }
      // one ANT file has no cat element: its folder names the category
      String category = text(json, "cat").isEmpty() ? Path.of(text(json, "path")).getName(corpus.equals("ant1") ? 0 : 1).toString() : text(json, "cat");
      categoryTotals.merge(category, 1, Integer::sum);
      Set<String> ours = new HashSet<>();
      extractor.extract(article).topics().forEach(t -> ours.add(t.value()));
      topicVsCategory.forEach((topic, counts) -> {
        boolean theirs = topic.equals(TOPIC_OF_CATEGORY.get(category));
        boolean mine = ours.contains(topic);
        counts[0] += mine ? 1 : 0;
        counts[1] += theirs ? 1 : 0;
        counts[2] += mine && theirs ? 1 : 0;
      });
    };
    readJsonLines(data.resolve("ant-corpus/ant-v1.1-jawharafm.jsonl.gz"), ant);
    readJsonLines(data.resolve("ant-corpus/ant-v2.1-multisource.jsonl.gz"), ant);
    readJsonLines(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"), json -> {
      String url = text(json, "url");
      if (wanted.contains("snn\t" + url)) {
        articles.put("snn\t" + url, article(url, text(json, "title"), text(json, "content")));
      }
    });

    Score countries = new Score();
    Score officials = new Score();
    Score topics = new Score();
    Map<String, Integer> perCorpus = new LinkedHashMap<>();
    for (Label label : labels) {
      CleanArticle article = articles.get(label.corpus() + "\t" + label.id());
      if (article == null) {
        throw new IllegalStateException("labelled article not found in the data: " + label.corpus() + " " + label.id());
      }
      perCorpus.merge(label.corpus(), 1, Integer::sum);
      Entities found = extractor.extract(article);
      Set<String> ourCountries = values(found.countries());
      compare(countries, ourCountries, label.countries());
      Set<String> ourTopics = values(found.topics());
      compare(topics, ourTopics, label.topics());
      Set<String> ourOfficials = new HashSet<>();
      for (FacetValue official : found.officials()) {
        ourOfficials.add(matchingLabel(official, label.officials(), spellings.getOrDefault(official.value(), List.of())));
      }
      compare(officials, ourOfficials, label.officials());
      if (showErrors) {
        errors(label.id(), "country", ourCountries, label.countries());
        errors(label.id(), "official", ourOfficials, label.officials());
        errors(label.id(), "topic", ourTopics, label.topics());
      }
    }

    System.out.println("### Hand-labelled articles: document level (" + labels.size() + " articles: " + perCorpus + ")");
    System.out.println();
    System.out.println("| facet | labelled | found | right | precision | recall |");
    System.out.println("|---|---|---|---|---|---|");
    System.out.println(countries.row("country"));
    System.out.println(officials.row("official"));
    System.out.println(topics.row("topic"));
    System.out.println();
    System.out.println("### ANT categories against our topics (" + categoryTotals.values().stream().mapToInt(Integer::intValue).sum() + " articles)");
    System.out.println();
    System.out.println("| ANT `cat` | our topic | articles in cat | ours | both | precision | recall |");
    System.out.println("|---|---|---|---|---|---|---|");
    TOPIC_OF_CATEGORY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      int[] c = topicVsCategory.get(e.getValue());
      System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f |%n", e.getKey(), e.getValue(), c[1], c[0], c[2],
          c[0] == 0 ? 0 : (double) c[2] / c[0], c[1] == 0 ? 0 : (double) c[2] / c[1]);
    });
  }

  private static CleanArticle article(String id, String title, String body) {
    return new CleanArticle(id, title, body, "", "", null, List.of(), "");
  }

  /**
   * The label an official we found stands for, or its own id when no label names it. A label may
   * write a listed official's name by any of the spellings of officials.tsv ("ريك مشار" for
   * رياك مشار): the labels were written from the articles, not from the gazetteer.
   */
  private static String matchingLabel(FacetValue official, Set<String> labelled, List<String> listed) {
    String name = official.label().split(" — ")[0];
    for (String label : labelled) {
      if (label.equals(official.value()) || sameName(label, name) || listed.stream().anyMatch(spelling -> sameName(label, spelling))) {
        return label;
      }
    }
    return official.value();
  }

  /** Every spelling of each listed official (name and aliases, guarded ones with their ~ dropped), by id. */
  private static Map<String, List<String>> listedSpellings(ConfigFiles config) {
    Map<String, List<String>> spellings = new HashMap<>();
    for (String[] row : ConfigFiles.table(config.config("officials.tsv"))) {
      List<String> names = new ArrayList<>(List.of(row[1]));
      if (row.length > 2 && !row[2].isBlank()) {
        for (String alias : row[2].split("\\|")) {
          names.add(alias.replace("~", ""));
        }
      }
      spellings.put(row[0], names);
    }
    return spellings;
  }

  /**
   * Equal once normalised, or one name is the other's first two words or more: "أديل إزكيردو"
   * found for "أديل إزكيردو رودريغيز" is the same person, with the name cut short.
   */
  private static boolean sameName(String a, String b) {
    String x = ArabicNormalizer.normalize(a).replaceAll("\\s+", " ").strip();
    String y = ArabicNormalizer.normalize(b).replaceAll("\\s+", " ").strip();
    String shorter = x.length() <= y.length() ? x : y;
    String longer = x.length() <= y.length() ? y : x;
    return x.equals(y) || shorter.contains(" ") && longer.startsWith(shorter + " ");
  }

  private static void compare(Score score, Set<String> ours, Set<String> gold) {
    score.predicted += ours.size();
    score.gold += gold.size();
    for (String value : ours) {
      if (gold.contains(value)) {
        score.right++;
      }
    }
  }

  private static void errors(String id, String facet, Set<String> ours, Set<String> gold) {
    for (String value : ours) {
      if (!gold.contains(value)) {
        System.out.println("FP " + facet + "\t" + value + "\t" + id);
      }
    }
    for (String value : gold) {
      if (!ours.contains(value)) {
        System.out.println("FN " + facet + "\t" + value + "\t" + id);
      }
    }
  }

  private static Set<String> values(List<FacetValue> values) {
    Set<String> set = new HashSet<>();
    values.forEach(v -> set.add(v.value()));
    return set;
  }

  private static List<Label> labels(Path file) {
    List<Label> labels = new ArrayList<>();
    for (String[] row : ConfigFiles.table(file)) {
      labels.add(new Label(row[0], row[1], set(cell(row, 2), " "), set(cell(row, 3), "\\|"), set(cell(row, 4), " ")));
    }
    return labels;
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private static Set<String> set(String cell, String separator) {
    Set<String> set = new HashSet<>();
    for (String value : cell.split(separator)) {
      if (!value.isBlank()) {
        set.add(value.strip());
      }
    }
    return set;
  }

  private static String text(JsonObject json, String field) {
    JsonElement value = json.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  private static void readJsonLines(Path file, Consumer<JsonObject> each) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          each.accept(JsonParser.parseString(line).getAsJsonObject());
        }
      }
    }
  }
}
