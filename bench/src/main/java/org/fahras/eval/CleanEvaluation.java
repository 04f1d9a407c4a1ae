package org.fahras.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * How well the cleaner keeps the article and drops the page furniture, on pages labelled by
 * others: token-level precision, recall and F1 of the kept text (title and body) against gold
 * bodies, with the keep-everything baseline beside it; the must-keep and must-drop snippets of
 * trafilatura's Arabic page; publication dates against gold dates.
 *
 * <p>Usage: {@code CleanEvaluation DATA_DIR SAMPLES_DIR}.
 */
public final class CleanEvaluation {
  private final Cleaner cleaner;
  private final StringBuilder report = new StringBuilder();

  CleanEvaluation(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CleanEvaluation DATA_DIR SAMPLES_DIR   (e.g. ../shared/data samples/news)");
      System.exit(2);
    }
    CleanEvaluation evaluation = new CleanEvaluation(Cleaner.load(ConfigFiles.defaults()));
    Path data = Path.of(args[0]);
    evaluation.seedLines(data.resolve("boilerplate/seeds-gold-lines.tsv"), Path.of(args[1]));
    evaluation.goldBodies(data.resolve("arabic-news-html"));
    evaluation.snippets(data.resolve("boilerplate/trafilatura-eval-ar"));
    evaluation.dates(data.resolve("arabic-news-html/htmldate-mediacloud"));
    System.out.print(evaluation.report);
  }

  /** Token overlap of kept text with the gold body, as a bag of words. */
  record Overlap(long kept, long gold, long common) {
    Overlap plus(Overlap o) {
      return new Overlap(kept + o.kept, gold + o.gold, common + o.common);
    }

    double precision() {
      return kept == 0 ? 0 : (double) common / kept;
    }

    double recall() {
      return gold == 0 ? 0 : (double) common / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static Overlap overlap(String kept, String gold) {
    Map<String, Integer> goldCounts = counts(gold);
    Map<String, Integer> keptCounts = counts(kept);
    long common = 0;
    for (var entry : keptCounts.entrySet()) {
      common += Math.min(entry.getValue(), goldCounts.getOrDefault(entry.getKey(), 0));
    }
    return new Overlap(sum(keptCounts), sum(goldCounts), common);
  }

  /** Words: runs of letters and digits (so Markdown marks and punctuation do not count). */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : text.split("[^\\p{L}\\p{N}\\p{M}]+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    tokens(text).forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }

  private static long sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  private String kept(CleanArticle article) {
    return article.title() + "\n" + article.body();
  }

  private CleanArticle clean(String id, Format format, byte[] content) {
    return cleaner.clean(new RawDocument(id, format, content, Map.of(), id));
  }

  /** The five sample articles against their line labels. */
  void seedLines(Path goldFile, Path samples) throws IOException {
    Map<String, StringBuilder> goldBody = new LinkedHashMap<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8).subList(1, Files.readAllLines(goldFile).size())) {
      String[] cols = line.split("\t", -1);
      goldBody.computeIfAbsent(cols[0], k -> new StringBuilder());
      if (cols[2].equals("body")) {
        goldBody.get(cols[0]).append(cols[4]).append('\n');
      }
    }
    Overlap ours = new Overlap(0, 0, 0);
    Overlap baseline = new Overlap(0, 0, 0);
    report.append("### Sample articles against line labels (boilerplate/seeds-gold-lines.tsv)\n\n");
    report.append("| article | ours P | ours R | ours F1 | keep-everything F1 |\n|---|---|---|---|---|\n");
    for (var entry : goldBody.entrySet()) {
      byte[] raw = Files.readAllBytes(samples.resolve(entry.getKey()));
      String gold = entry.getValue().toString();
      Overlap o = overlap(kept(clean(entry.getKey(), Format.MARKDOWN, raw)), gold);
      Overlap b = overlap(new String(raw, StandardCharsets.UTF_8), gold);
      report.append(row(entry.getKey(), o, b));
      ours = ours.plus(o);
      baseline = baseline.plus(b);
    }
    report.append(row("**all (micro)**", ours, baseline)).append('\n');
  }

  private static String row(String name, Overlap o, Overlap b) {
    return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", name, o.precision(), o.recall(), o.f1(), b.f1());
  }

  /** The two HTML pages with a gold body: CNN Arabic (newspaper4k) and LBC (fundus). */
  void goldBodies(Path dir) throws IOException {
    report.append("### HTML pages with a gold body (arabic-news-html)\n\n");
    report.append("| page | ours P | ours R | ours F1 | keep-everything F1 |\n|---|---|---|---|---|\n");
    Path cnn = dir.resolve("newspaper4k-cnn-arabic");
    byte[] cnnHtml = Files.readAllBytes(cnn.resolve("arabic_article.html"));
    String cnnGold = Files.readString(cnn.resolve("arabic_article.txt"), StandardCharsets.UTF_8);
    report.append(row("CNN Arabic (newspaper4k)", overlap(kept(clean("cnn", Format.HTML, cnnHtml)), cnnGold), overlap(visibleText(cnnHtml), cnnGold)));
    Path lbc = dir.resolve("fundus-lbcgroup");
    byte[] lbcHtml;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(lbc.resolve("LBCGroup_2026_01_08.html.gz")))) {
      lbcHtml = in.readAllBytes();
    }
    JsonObject v1 = JsonParser.parseString(Files.readString(lbc.resolve("LBCGroup.json"))).getAsJsonObject();
    StringBuilder lbcGold = new StringBuilder();
    for (var entry : v1.entrySet()) {
      JsonObject parse = entry.getValue().getAsJsonObject();
      lbcGold.append(parse.get("title").getAsString()).append('\n');
      for (JsonElement section : parse.getAsJsonObject("body").getAsJsonArray("sections")) {
        for (JsonElement paragraph : section.getAsJsonObject().getAsJsonArray("paragraphs")) {
          lbcGold.append(paragraph.getAsString()).append('\n');
        }
      }
    }
    report.append(row("LBC (fundus)", overlap(kept(clean("lbc", Format.HTML, lbcHtml)), lbcGold.toString()), overlap(visibleText(lbcHtml), lbcGold.toString())));
    report.append('\n');
  }

  private static String visibleText(byte[] html) {
    return org.jsoup.Jsoup.parse(new String(html, StandardCharsets.UTF_8)).text();
  }

  /** trafilatura's Arabic page: every "with" snippet kept, every "without" snippet gone. */
  void snippets(Path dir) throws IOException {
    JsonObject eval = JsonParser.parseString(Files.readString(dir.resolve("evaldata-ar.json"))).getAsJsonObject();
    JsonObject entry = eval.entrySet().iterator().next().getValue().getAsJsonObject();
    String kept = kept(clean("assabah", Format.HTML, Files.readAllBytes(dir.resolve(entry.get("file").getAsString()))));
    report.append("### trafilatura's Arabic page (assabah.com.tn)\n\n| snippet | expected | found in our text |\n|---|---|---|\n");
    for (String kind : List.of("with", "without")) {
      for (JsonElement snippet : entry.getAsJsonArray(kind)) {
        report.append(String.format("| %s | %s | %s |%n", snippet.getAsString(), kind.equals("with") ? "kept" : "dropped",
            kept.contains(snippet.getAsString()) ? "yes" : "no"));
      }
    }
    report.append('\n');
  }

  /** Publication dates of the htmldate pages against their gold dates. */
  void dates(Path dir) throws IOException {
    report.append("### Publication dates (arabic-news-html/htmldate-mediacloud)\n\n| page | gold | ours | right |\n|---|---|---|---|\n");
    int right = 0;
    int all = 0;
    List<String> lines = Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      CleanArticle article = clean(cols[0], Format.HTML, Files.readAllBytes(dir.resolve(cols[0])));
      String ours = article.publishedAt() == null ? "—" : article.publishedAt().toString().substring(0, 10);
      boolean ok = ours.equals(cols[1]);
      right += ok ? 1 : 0;
      all++;
      report.append(String.format("| %s | %s | %s | %s |%n", cols[0], cols[1], ours, ok ? "yes" : "no"));
    }
    report.append(String.format("%n%d of %d dates right.%n%n", right, all));
  }
}
