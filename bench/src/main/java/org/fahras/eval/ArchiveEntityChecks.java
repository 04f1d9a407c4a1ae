package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.CountryGazetteer;
import org.fahras.extract.EntityExtractor;
import org.fahras.extract.OfficialFinder;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;

/**
 * The facets over a whole archive, as a journalist meets them: SaudiNewsNet and ANT v2.1 (62k
 * articles) extracted with the running configuration, then
 *
 * <ul>
 *   <li>the top officials, each with the wrong-person share of its judged links and whether it is
 *       mostly someone else or a second value for a person already in the list;
 *   <li>the top countries, each with the spurious share of its judged links;
 *   <li>the share of articles with a topic, and ANT's own categories against our topics.
 * </ul>
 *
 * A link is a (value, article) pair; judgements are data in {@code eval-labels/official-links.tsv}
 * and {@code country-links.tsv} (see eval-labels/README.md). Each value's sample is the first
 * articles in the order of a hash of (value, article id), so it stays put while the extractor
 * changes; the sampled links nobody has judged are written with their context to {@code
 * unjudged-officials.tsv} and {@code unjudged-countries.tsv} under the output folder, ready to be
 * judged and copied into eval-labels/. Every judged link the extractor still makes counts, sampled
 * or not.
 *
 * <p>Usage: {@code ArchiveEntityChecks DATA_DIR [--article-counts FILE] [--judgements DIR]
 * [--out DIR] [--officials 100] [--countries 60] [--official-sample 3] [--country-sample 5]}.
 */
public final class ArchiveEntityChecks {
  private static final List<ArchiveArticles.Corpus> ARCHIVE = List.of(ArchiveArticles.Corpus.SNN, ArchiveArticles.Corpus.ANT2);

  /** A value at most this share of whose judged links are wrong is still the person it names. */
  private static final double MOSTLY_WRONG = 0.5;

  /** The largest spurious share a top country may have (issue 18). */
  private static final double SPURIOUS_LIMIT = 0.05;

  /** ANT categories and the topics (of any taxonomy we have had) that stand for them. */
  private static final Map<String, List<String>> TOPICS_OF_CATEGORY = new LinkedHashMap<>();

  static {
    TOPICS_OF_CATEGORY.put("sport", List.of("sport"));
    TOPICS_OF_CATEGORY.put("economy", List.of("economy"));
    TOPICS_OF_CATEGORY.put("culture", List.of("arts-culture", "culture"));
    TOPICS_OF_CATEGORY.put("technology", List.of("science-technology", "technology"));
  }

  /** One facet value over the archive: its articles, and the first few in hash order. */
  private static final class Value {
    final String value;
    String label = "";
    int articles;
    final PriorityQueue<long[]> sample = new PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[0]).reversed());
    final List<String> sampleKeys = new ArrayList<>();

    Value(String value) {
      this.value = value;
    }

    void add(String key, int keyIndex, int size) {
      articles++;
      long h = hash(value + "\t" + key);
      if (sample.size() < size) {
        sample.add(new long[] {h, keyIndex});
      } else if (h < sample.peek()[0]) {
        sample.poll();
        sample.add(new long[] {h, keyIndex});
      }
    }
  }

  /** A judged link. */
  private record Judgement(String value, String key, String verdict, String note) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("--")) {
      System.err.println("usage: ArchiveEntityChecks DATA_DIR [--article-counts FILE] [--judgements DIR] [--out DIR]"
          + " [--officials 100] [--countries 60] [--official-sample 3] [--country-sample 5]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Path judgements = Path.of(option(args, "--judgements", "eval-labels"));
    Path out = Path.of(option(args, "--out", "target/eval"));
    int topOfficials = Integer.parseInt(option(args, "--officials", "100"));
    int topCountries = Integer.parseInt(option(args, "--countries", "60"));
    int officialSample = Integer.parseInt(option(args, "--official-sample", "3"));
    int countrySample = Integer.parseInt(option(args, "--country-sample", "5"));

    ConfigFiles config = ConfigFiles.defaults();
    var resources = EvaluationResources.withCountsOption(args);
    EntityExtractor extractor = EntityExtractor.load(config, resources);
    Map<String, Judgement> officialJudged = judgements(judgements.resolve("official-links.tsv"));
    Map<String, Judgement> countryJudged = judgements(judgements.resolve("country-links.tsv"));
    Set<String> officialLinked = new HashSet<>();
    Set<String> countryLinked = new HashSet<>();

    Map<String, Value> officials = new HashMap<>();
    Map<String, Value> countries = new HashMap<>();
    List<String> keys = new ArrayList<>();
    Map<String, int[]> topicked = new LinkedHashMap<>(); // corpus → articles, with a topic
    Map<String, int[]> categoryVsTopic = new LinkedHashMap<>(); // category → in cat, ours, both
    TOPICS_OF_CATEGORY.keySet().forEach(c -> categoryVsTopic.put(c, new int[3]));
    Map<String, String> categories = antCategories(data);
    long started = System.nanoTime();
    new ArchiveArticles(data).read(ARCHIVE, article -> {
      String key = article.key();
      int index = keys.size();
      keys.add(key);
      Entities found = extractor.extract(article.clean());
      for (FacetValue v : found.officials()) {
        Value value = officials.computeIfAbsent(v.value(), Value::new);
        value.label = v.label();
        value.add(key, index, officialSample);
        if (officialJudged.containsKey(v.value() + "\t" + key)) {
          officialLinked.add(v.value() + "\t" + key);
        }
      }
      for (FacetValue v : found.countries()) {
        Value value = countries.computeIfAbsent(v.value(), Value::new);
        value.label = v.label();
        value.add(key, index, countrySample);
        if (countryJudged.containsKey(v.value() + "\t" + key)) {
          countryLinked.add(v.value() + "\t" + key);
        }
      }
      int[] t = topicked.computeIfAbsent(article.corpus(), c -> new int[2]);
      t[0]++;
      t[1] += found.topics().isEmpty() ? 0 : 1;
      String category = categories.get(article.id());
      if (article.corpus().equals("ant2") && category != null) {
        Set<String> ours = new HashSet<>();
        found.topics().forEach(x -> ours.add(x.value()));
        categoryVsTopic.forEach((cat, counts) -> {
          boolean theirs = cat.equals(category);
          boolean mine = TOPICS_OF_CATEGORY.get(cat).stream().anyMatch(ours::contains);
          counts[0] += theirs ? 1 : 0;
          counts[1] += mine ? 1 : 0;
          counts[2] += theirs && mine ? 1 : 0;
        });
      }
    });
    double seconds = (System.nanoTime() - started) / 1e9;

    List<Value> topO = top(officials, topOfficials);
    List<Value> topC = top(countries, topCountries);
    Set<String> contextKeys = new HashSet<>();
    for (List<Value> list : List.of(topO, topC)) {
      for (Value v : list) {
        v.sample.stream().sorted(Comparator.comparingLong(e -> e[0])).forEach(e -> v.sampleKeys.add(keys.get((int) e[1])));
        contextKeys.addAll(v.sampleKeys);
      }
    }
    Map<String, String> texts = new HashMap<>();
    new ArchiveArticles(data).read(ARCHIVE, contextKeys::contains, a -> texts.put(a.key(), a.clean().title() + "\n" + a.clean().body()));
    CountryGazetteer gazetteer = CountryGazetteer.load(config);
    OfficialFinder finder = OfficialFinder.load(config, gazetteer, resources);
    Files.createDirectories(out);

    System.out.printf(Locale.ROOT, "### Archive-level checks: SaudiNewsNet + ANT v2.1 (%,d articles, extracted in %.0f s)%n%n", keys.size(), seconds);
    reportOfficials(topO, officialJudged, officialLinked, texts, finder, out.resolve("unjudged-officials.tsv"));
    reportCountries(topC, countryJudged, countryLinked, texts, gazetteer, out.resolve("unjudged-countries.tsv"));

    System.out.println("#### Topics over the archive");
    System.out.println();
    System.out.println("| corpus | articles | with a topic | share |");
    System.out.println("|---|---|---|---|");
    int[] total = new int[2];
    topicked.forEach((corpus, t) -> {
      total[0] += t[0];
      total[1] += t[1];
      System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f%% |%n", corpus, t[0], t[1], 100.0 * t[1] / t[0]);
    });
    System.out.printf(Locale.ROOT, "| all | %,d | %,d | %.1f%% |%n%n", total[0], total[1], 100.0 * total[1] / total[0]);
    System.out.println("ANT v2.1's own categories against our topics (" + String.join(", ", TOPICS_OF_CATEGORY.keySet()) + "):");
    System.out.println();
    System.out.println("| ANT `cat` | our topic | articles in cat | ours | both | precision | recall |");
    System.out.println("|---|---|---|---|---|---|---|");
    categoryVsTopic.forEach((cat, c) -> System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %.3f | %.3f |%n", cat,
        String.join(" / ", TOPICS_OF_CATEGORY.get(cat)), c[0], c[1], c[2], c[1] == 0 ? 0 : (double) c[2] / c[1], c[0] == 0 ? 0 : (double) c[2] / c[0]));
    System.out.println();
  }

  private static void reportOfficials(List<Value> top, Map<String, Judgement> judged, Set<String> linked, Map<String, String> texts,
      OfficialFinder finder, Path unjudgedFile) throws IOException {
    System.out.println("#### Top " + top.size() + " officials");
    System.out.println();
    System.out.println("| # | value | label | articles | judged links | wrong | wrong share | verdict |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    int judgedLinks = 0;
    int wrongLinks = 0;
    double weightedWrong = 0;
    int weightedArticles = 0;
    int wrongValues = 0;
    int unjudgedValues = 0;
    List<String> unjudged = new ArrayList<>();
    unjudged.add("# value\tcorpus\tarticle id\tverdict (right | wrong)\tnote: label; context of the first mentions");
    List<Value> earlier = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      Value v = top.get(i);
      int[] counts = counts(v, judged, linked, "wrong");
      String duplicate = duplicateOf(v, earlier);
      earlier.add(v);
      double share = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
      String verdict;
      if (duplicate != null) {
        verdict = "**duplicate** of " + duplicate;
        wrongValues++;
      } else if (counts[0] == 0) {
        verdict = "unjudged";
        unjudgedValues++;
      } else if (share > MOSTLY_WRONG) {
        verdict = "**mostly someone else**";
        wrongValues++;
      } else {
        verdict = "right";
      }
      judgedLinks += counts[0];
      wrongLinks += counts[1];
      if (counts[0] > 0) {
        weightedWrong += v.articles * share;
        weightedArticles += v.articles;
      }
      System.out.printf(Locale.ROOT, "| %d | %s | %s | %,d | %d | %d | %s | %s |%n", i + 1, v.value, v.label.replace("|", "/"), v.articles, counts[0],
          counts[1], counts[0] == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share), verdict);
      for (String key : v.sampleKeys) {
        if (!judged.containsKey(v.value + "\t" + key)) {
          String text = texts.getOrDefault(key, "");
          List<int[]> spans = new ArrayList<>();
          for (OfficialFinder.Mention m : finder.mentions(text)) {
            if (m.id().equals(v.value)) {
              spans.add(new int[] {m.start(), m.end()});
            }
          }
          unjudged.add(v.value + "\t" + key + "\t\t" + v.label.split(" — ")[0] + ": " + context(text, spans));
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Wrong values (mostly someone else, or a second value for a person above): **%d** of %d (%d unjudged). "
        + "Wrong links: **%d of %d judged (%.1f%%)**; weighted by each value's articles, %.1f%% of the %,d articles of the judged values.%n%n",
        wrongValues, top.size(), unjudgedValues, wrongLinks, judgedLinks, judgedLinks == 0 ? 0 : 100.0 * wrongLinks / judgedLinks,
        weightedArticles == 0 ? 0 : 100 * weightedWrong / weightedArticles, weightedArticles);
    Files.write(unjudgedFile, unjudged, StandardCharsets.UTF_8);
    System.out.println((unjudged.size() - 1) + " sampled links unjudged, written with their context to " + unjudgedFile + ".");
    System.out.println();
  }

  private static void reportCountries(List<Value> top, Map<String, Judgement> judged, Set<String> linked, Map<String, String> texts,
      CountryGazetteer gazetteer, Path unjudgedFile) throws IOException {
    System.out.println("#### Top " + top.size() + " countries");
    System.out.println();
    System.out.println("| # | country | articles | judged links | spurious | borderline | spurious share | |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    int judgedLinks = 0;
    int spuriousLinks = 0;
    int above = 0;
    int unjudgedValues = 0;
    List<String> unjudged = new ArrayList<>();
    unjudged.add("# value\tcorpus\tarticle id\tverdict (right | borderline | spurious)\tnote: context of the first mentions");
    for (int i = 0; i < top.size(); i++) {
      Value v = top.get(i);
      int[] counts = counts(v, judged, linked, "spurious");
      int borderline = counts(v, judged, linked, "borderline")[1];
      double share = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
      judgedLinks += counts[0];
      spuriousLinks += counts[1];
      String flag = counts[0] == 0 ? "unjudged" : share > SPURIOUS_LIMIT ? "**above 5%**" : "";
      above += share > SPURIOUS_LIMIT ? 1 : 0;
      unjudgedValues += counts[0] == 0 ? 1 : 0;
      System.out.printf(Locale.ROOT, "| %d | %s %s | %,d | %d | %d | %d | %s | %s |%n", i + 1, v.value, v.label, v.articles, counts[0], counts[1],
          borderline, counts[0] == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share), flag);
      for (String key : v.sampleKeys) {
        if (!judged.containsKey(v.value + "\t" + key)) {
          String text = texts.getOrDefault(key, "");
          List<int[]> spans = new ArrayList<>();
          for (CountryGazetteer.Mention m : gazetteer.mentions(text)) {
            if (m.code().equals(v.value)) {
              spans.add(new int[] {m.start(), m.end()});
            }
          }
          unjudged.add(v.value + "\t" + key + "\t\t" + context(text, spans));
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Countries above 5%% spurious: **%d** of %d (%d unjudged). Spurious links: %d of %d judged (%.1f%%).%n%n", above,
        top.size(), unjudgedValues, spuriousLinks, judgedLinks, judgedLinks == 0 ? 0 : 100.0 * spuriousLinks / judgedLinks);
    Files.write(unjudgedFile, unjudged, StandardCharsets.UTF_8);
    System.out.println((unjudged.size() - 1) + " sampled links unjudged, written with their context to " + unjudgedFile + ".");
    System.out.println();
  }

  /** [judged links the extractor still makes, of them with the verdict]. */
  private static int[] counts(Value v, Map<String, Judgement> judged, Set<String> linked, String verdict) {
    int[] counts = new int[2];
    for (Judgement j : judged.values()) {
      if (j.value().equals(v.value) && linked.contains(j.value() + "\t" + j.key())) {
        counts[0]++;
        counts[1] += j.verdict().equals(verdict) ? 1 : 0;
      }
    }
    return counts;
  }

  /** The value above this one that names the same person (same name, or same first and last word). */
  private static String duplicateOf(Value v, List<Value> earlier) {
    List<String> mine = List.of(v.label.split(" — ")[0], v.value.startsWith("ar:") ? v.value.substring(3).replace('-', ' ') : v.label.split(" — ")[0]);
    for (Value other : earlier) {
      List<String> theirs = List.of(other.label.split(" — ")[0]);
      if (EntityNames.samePerson(mine, theirs, true)) {
        return other.value;
      }
    }
    return null;
  }

  /** Up to two mentions with 70 characters either side, the mention in «», on one line. */
  private static String context(String text, List<int[]> spans) {
    if (spans.isEmpty()) {
      return "(no mention located) " + oneLine(text.substring(0, Math.min(text.length(), 160)));
    }
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans.subList(0, Math.min(2, spans.size()))) {
      int from = Math.max(0, s[0] - 70);
      int to = Math.min(text.length(), s[1] + 70);
      sb.append(sb.isEmpty() ? "" : " … ").append(oneLine(text.substring(from, s[0]))).append('«').append(oneLine(text.substring(s[0], s[1])))
          .append('»').append(oneLine(text.substring(s[1], to)));
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\n\\r]+", " ");
  }

  private static List<Value> top(Map<String, Value> values, int n) {
    return values.values().stream().sorted(Comparator.comparingInt((Value v) -> -v.articles).thenComparing(v -> v.value)).limit(n).toList();
  }

  private static Map<String, Judgement> judgements(Path file) {
    Map<String, Judgement> judged = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return judged;
    }
    for (String[] row : ConfigFiles.table(file)) {
      if (row.length >= 4 && !row[3].isBlank()) {
        String key = row[1] + "\t" + row[2];
        judged.put(row[0] + "\t" + key, new Judgement(row[0], key, row[3], row.length > 4 ? row[4] : ""));
      }
    }
    return judged;
  }

  /** ANT v2.1's category of each docno: its cat field, or its folder when the field is missing. */
  private static Map<String, String> antCategories(Path data) throws IOException {
    Map<String, String> categories = new HashMap<>();
    Path file = data.resolve(ArchiveArticles.Corpus.ANT2.file);
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        var json = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
        String cat = json.has("cat") && !json.get("cat").isJsonNull() ? json.get("cat").getAsString() : "";
        if (cat.isEmpty() && json.has("path")) {
          cat = Path.of(json.get("path").getAsString()).getName(1).toString();
        }
        categories.put(json.get("docno").getAsString(), cat);
      }
    }
    return categories;
  }

  private static String option(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return otherwise;
  }

  /** A stable 64-bit hash (FNV-1a then a SplitMix64 finaliser): the same sample on every JVM. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
