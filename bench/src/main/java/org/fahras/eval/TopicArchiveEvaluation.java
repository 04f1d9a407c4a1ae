package org.fahras.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.TopicClassifier;
import org.fahras.model.FacetValue;

/**
 * The topic facet over whole archives: the share of articles that get a topic per archive (all
 * articles, and those whose body has 300 characters or more, as the judged samples have), how many
 * articles each topic gets, ANT's own categories against the topics that cover them, and a random
 * sample of articles with their topics written out to be judged by a reader.
 *
 * <p>Usage: {@code TopicArchiveEvaluation DATA_DIR [--sample N SEED FILE] [--labels FILE [--errors]]}:
 * {@code --sample} writes N articles of 300 characters or more from each archive, drawn with SEED,
 * to FILE (markdown) for judging; {@code --labels} scores the topics against a labels file of
 * {@code eval-labels/} (corpus, id, countries, officials, topics; {@code ?X} borderline), a label's
 * parents added as the topics file says ({@code terrorism} is also {@code conflict}): precision
 * strict (a borderline topic of ours counts wrong) and leaving borderline ones out, recall of the
 * firm labels, and the share of articles with a topic and with a right one. {@code --errors} lists
 * the differences (for a tuning half only).
 */
public final class TopicArchiveEvaluation {
  private record Article(String archive, String id, String category, String title, String body) {}

  /** ANT's categories that one of our topics covers (middleEast and internationalNews have none). */
  private static final Map<String, String> TOPIC_OF_CATEGORY =
      Map.of("sport", "sport", "economy", "economy", "culture", "arts-culture", "technology", "science-technology");
  private static final int JUDGED_LENGTH = 300;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TopicArchiveEvaluation DATA_DIR [--sample N SEED FILE]   (e.g. ../shared/data --sample 40 7 target/eval/topic-sample.md)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    TopicClassifier classifier = TopicClassifier.load(ConfigFiles.defaults(), AnalysisResources.load(ConfigFiles.defaults()));
    List<Article> articles = new ArrayList<>();
    Consumer<JsonObject> ant = json -> {
      String path = text(json, "path");
      String archive = path.contains("JA-") ? "Jawhara FM (ANT v1.1)" : "ANT v2.1";
      // one ANT file has no cat element: its folder names the category
      String category = text(json, "cat").isEmpty() ? Path.of(path).getName(archive.startsWith("J") ? 0 : 1).toString() : text(json, "cat");
      articles.add(new Article(archive, text(json, "docno"), category, text(json, "title"), text(json, "text")));
    };
    readJsonLines(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"),
        json -> articles.add(new Article("SaudiNewsNet", text(json, "url"), "", text(json, "title"), text(json, "content"))));
    readJsonLines(data.resolve("ant-corpus/ant-v2.1-multisource.jsonl.gz"), ant);
    readJsonLines(data.resolve("ant-corpus/ant-v1.1-jawharafm.jsonl.gz"), ant);

    Map<String, int[]> perArchive = new LinkedHashMap<>(); // articles, topicked, judged-length articles, topicked of those
    Map<String, Integer> perTopic = new TreeMap<>();
    Map<String, int[]> perCategory = new TreeMap<>(); // articles in cat, ours, both
    TOPIC_OF_CATEGORY.keySet().forEach(c -> perCategory.put(c, new int[3]));
    Map<String, int[]> categoryTopicked = new TreeMap<>(); // articles in cat, topicked
    Map<Article, List<FacetValue>> found = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (Article article : articles) {
      List<FacetValue> topics = classifier.classify(article.title(), article.body());
      found.put(article, topics);
      boolean judged = article.body().length() >= JUDGED_LENGTH;
      int[] counts = perArchive.computeIfAbsent(article.archive(), a -> new int[4]);
      counts[0]++;
      counts[1] += topics.isEmpty() ? 0 : 1;
      counts[2] += judged ? 1 : 0;
      counts[3] += judged && !topics.isEmpty() ? 1 : 0;
      topics.forEach(t -> perTopic.merge(t.value(), 1, Integer::sum));
      if (!article.category().isEmpty()) {
        int[] c = categoryTopicked.computeIfAbsent(article.category(), k -> new int[2]);
        c[0]++;
        c[1] += topics.isEmpty() ? 0 : 1;
        Set<String> ours = new HashSet<>();
        topics.forEach(t -> ours.add(t.value()));
        perCategory.forEach((category, k) -> {
          String topic = TOPIC_OF_CATEGORY.get(category);
          boolean theirs = category.equals(article.category());
          boolean mine = ours.contains(topic);
          k[0] += theirs ? 1 : 0;
          k[1] += mine ? 1 : 0;
          k[2] += theirs && mine ? 1 : 0;
        });
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.println("### Articles with a topic, per archive (" + articles.size() + " articles, classified in "
        + String.format(Locale.ROOT, "%.1f", seconds) + " s)");
    System.out.println();
    System.out.println("| archive | articles | with a topic | share | body ≥ 300 chars | with a topic | share |");
    System.out.println("|---|---|---|---|---|---|---|");
    perArchive.forEach((archive, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d | %.3f |%n",
        archive, c[0], c[1], (double) c[1] / c[0], c[2], c[3], (double) c[3] / c[2]));
    System.out.println();
    System.out.println("### ANT categories against the topics that cover them");
    System.out.println();
    System.out.println("| ANT `cat` | our topic | articles in cat | ours | both | precision | recall |");
    System.out.println("|---|---|---|---|---|---|---|");
    perCategory.forEach((category, k) -> System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f |%n",
        category, TOPIC_OF_CATEGORY.get(category), k[0], k[1], k[2], k[1] == 0 ? 0 : (double) k[2] / k[1], k[0] == 0 ? 0 : (double) k[2] / k[0]));
    System.out.println();
    System.out.println("| ANT `cat` | articles | with a topic | share |");
    System.out.println("|---|---|---|---|");
    categoryTopicked.forEach((category, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f |%n", category, c[0], c[1], (double) c[1] / c[0]));
    System.out.println();
    System.out.println("### Articles per topic");
    System.out.println();
    System.out.println("| topic | articles |");
    System.out.println("|---|---|");
    perTopic.forEach((topic, n) -> System.out.printf(Locale.ROOT, "| %s | %d |%n", topic, n));

    int at = List.of(args).indexOf("--sample");
    if (at >= 0) {
      sample(found, Integer.parseInt(args[at + 1]), Long.parseLong(args[at + 2]), Path.of(args[at + 3]));
    }
    int labels = List.of(args).indexOf("--labels");
    if (labels >= 0) {
      score(found, Path.of(args[labels + 1]), classifier, List.of(args).contains("--errors"));
    }
  }

  private static final Map<String, String> CORPUS_OF_ARCHIVE =
      Map.of("SaudiNewsNet", "snn", "ANT v2.1", "ant2", "Jawhara FM (ANT v1.1)", "ant1");

  /** Precision and recall of the topics against hand labels; see the class comment. */
  private static void score(Map<Article, List<FacetValue>> found, Path file, TopicClassifier classifier, boolean errors)
      throws IOException {
    Map<String, String> parents = new HashMap<>();
    classifier.topics().forEach(t -> parents.put(t.slug(), t.parent()));
    Map<String, Article> byKey = new HashMap<>();
    found.keySet().forEach(a -> byKey.put(CORPUS_OF_ARCHIVE.get(a.archive()) + "\t" + a.id(), a));
    int articles = 0;
    int topicked = 0;
    int withARightOne = 0;
    int ours = 0;
    int oursFirm = 0; // ours without the borderline ones
    int right = 0;
    int gold = 0;
    int goldFound = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Article article = byKey.get(cells[0] + "\t" + cells[1]);
      if (article == null) {
        System.err.println("not in the archives: " + cells[0] + " " + cells[1]);
        continue;
      }
      Set<String> firm = new HashSet<>();
      Set<String> borderline = new HashSet<>();
      for (String label : (cells.length > 4 ? cells[4] : "").trim().split("\\s+")) {
        if (!label.isEmpty()) {
          withParents(label.startsWith("?") ? label.substring(1) : label, parents, label.startsWith("?") ? borderline : firm);
        }
      }
      borderline.removeAll(firm);
      Set<String> mine = new HashSet<>();
      found.get(article).forEach(t -> mine.add(t.value()));
      articles++;
      topicked += mine.isEmpty() ? 0 : 1;
      withARightOne += mine.stream().anyMatch(firm::contains) ? 1 : 0;
      for (String topic : mine) {
        ours++;
        oursFirm += borderline.contains(topic) ? 0 : 1;
        right += firm.contains(topic) ? 1 : 0;
      }
      gold += firm.size();
      goldFound += (int) firm.stream().filter(mine::contains).count();
      if (errors && !(firm.containsAll(mine) && mine.containsAll(firm))) {
        System.out.println("- " + cells[0] + " " + cells[1] + ": ours " + String.join(" ", new TreeSet<>(mine))
            + " | labels " + String.join(" ", firm) + (borderline.isEmpty() ? "" : " ?" + String.join(" ?", borderline)));
      }
    }
    System.out.println();
    System.out.println("### Topics against " + file + " (" + articles + " articles, labels with their parents)");
    System.out.println();
    System.out.println("| articles | with a topic | with a right topic | ours | right | P strict | P borderline left out | labels | found | R |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f | %d | %d | %.3f | %.3f | %d | %d | %.3f |%n", articles, (double) topicked / articles,
        (double) withARightOne / articles, ours, right, (double) right / ours, (double) right / oursFirm, gold, goldFound, (double) goldFound / gold);
  }

  private static void withParents(String slug, Map<String, String> parents, Set<String> into) {
    for (String s = slug; s != null; s = parents.get(s)) {
      into.add(s);
    }
  }

  /** Writes {@code n} random articles of judged length per archive, their text cut short, and their topics. */
  private static void sample(Map<Article, List<FacetValue>> found, int n, long seed, Path file) throws IOException {
    Map<String, List<Article>> byArchive = new LinkedHashMap<>();
    found.keySet().forEach(a -> {
      if (a.body().length() >= JUDGED_LENGTH) {
        byArchive.computeIfAbsent(a.archive(), k -> new ArrayList<>()).add(a);
      }
    });
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      Random random = new Random(seed);
      for (Map.Entry<String, List<Article>> e : byArchive.entrySet()) {
        List<Article> pool = new ArrayList<>(e.getValue());
        Collections.shuffle(pool, random);
        for (Article a : pool.subList(0, Math.min(n, pool.size()))) {
          out.println("## " + a.archive() + " | " + a.id() + (a.category().isEmpty() ? "" : " | cat " + a.category()));
          out.println("TOPICS: " + String.join(" ", found.get(a).stream().map(FacetValue::value).toList()));
          out.println("TITLE: " + a.title());
          String body = a.body().replaceAll("\\s+", " ");
          out.println(body.substring(0, Math.min(900, body.length())));
          out.println();
        }
      }
    }
  }

  private static String text(JsonObject json, String field) {
    JsonElement value = json.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  private static void readJsonLines(Path file, Consumer<JsonObject> each) throws IOException {
    if (!Files.exists(file)) {
      System.err.println("skipped, not found: " + file);
      return;
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          each.accept(JsonParser.parseString(line).getAsJsonObject());
        }
      }
    }
  }
}
