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
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The cleaner on generated pages: clean article bodies (the sample articles' gold bodies, ANT and
 * SaudiNewsNet articles) with real furniture blocks of the sample pages (related and most-read
 * lists, sidebars, comment forms, breadcrumbs, captions) spliced in at the top, in the middle and
 * at the end. Reports body recall and furniture leakage over all pages (seeded, reproducible).
 *
 * <p>Usage: {@code CleanRobustness DATA_DIR [PAGES]}.
 */
public final class CleanRobustness {
  private static final long SEED = 20261124L;

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    List<List<String>> blocks = furnitureBlocks(data.resolve("boilerplate/seeds-gold-lines.tsv"));
    // Inside or above an article only page furniture can stand: lists, menus, captions, forms.
    // A block that embeds a whole related article, or the source and tag lines that close an
    // article, is spliced at the end only, where it occurs on real pages.
    List<List<String>> anywhere = blocks.stream().filter(CleanRobustness::canStandAnywhere).toList();
    List<List<String>> bodies = bodies(data, pages);
    Cleaner cleaner = Cleaner.load(ConfigFiles.defaults());
    Random random = new Random(SEED);
    long bodyTokens = 0, bodyKept = 0, furnitureTokens = 0, furnitureKept = 0;
    String[] positions = {"top", "middle", "end"};
    Map<String, long[]> byPosition = new HashMap<>();
    for (int i = 0; i < pages; i++) {
      List<String> body = bodies.get(i % bodies.size());
      String position = positions[i % 3];
      List<List<String>> candidates = position.equals("end") ? blocks : anywhere;
      List<String> furniture = candidates.get(random.nextInt(candidates.size()));
      List<String> page = new ArrayList<>(body);
      int at = switch (position) {
        case "top" -> 0;
        case "middle" -> Math.max(1, body.size() / 2);
        default -> body.size();
      };
      page.addAll(at, furniture);
      CleanArticle article = cleaner.clean(new RawDocument("p" + i, Format.TEXT,
          String.join("\n\n", page).getBytes(StandardCharsets.UTF_8), Map.of(), "generated"));
      String kept = article.title() + "\n" + article.body();
      CleanEvaluation.Overlap b = CleanEvaluation.overlap(kept, String.join("\n", body));
      CleanEvaluation.Overlap f = CleanEvaluation.overlap(kept, String.join("\n", furniture));
      // furniture words kept beyond what the body itself accounts for
      long leaked = Math.max(0, b.kept() - b.common()) > 0 ? Math.min(f.common(), b.kept() - b.common()) : 0;
      bodyTokens += b.gold();
      bodyKept += b.common();
      furnitureTokens += f.gold();
      furnitureKept += leaked;
      long[] p = byPosition.computeIfAbsent(position, k -> new long[4]);
      p[0] += b.gold(); p[1] += b.common(); p[2] += f.gold(); p[3] += leaked;
    }
    System.out.printf(Locale.ROOT, "| spliced at | pages | body recall | furniture leakage |%n|---|---|---|---|%n");
    for (String position : positions) {
      long[] p = byPosition.get(position);
      System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f |%n", position, pages / 3, (double) p[1] / p[0], (double) p[3] / p[2]);
    }
    System.out.printf(Locale.ROOT, "| **all** | %d | %.4f | %.4f |%n", pages, (double) bodyKept / bodyTokens, (double) furnitureKept / furnitureTokens);
  }

  private static boolean canStandAnywhere(List<String> block) {
    return block.stream().noneMatch(line -> line.length() > 200 || line.startsWith("المصدر") || line.startsWith("كلمات دلالية"));
  }

  /** Runs of consecutive boilerplate lines of the sample pages, as the labels group them. */
  static List<List<String>> furnitureBlocks(Path goldFile) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    String file = "";
    boolean lastWasBoilerplate = false;
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8).subList(1, Files.readAllLines(goldFile).size())) {
      String[] cols = line.split("\t", -1);
      boolean boilerplate = cols[2].equals("boilerplate");
      if (!cols[0].equals(file) || !boilerplate || !lastWasBoilerplate) {
        if (!current.isEmpty()) {
          blocks.add(current);
        }
        current = new ArrayList<>();
      }
      if (boilerplate) {
        current.add(cols[4]);
      }
      file = cols[0];
      lastWasBoilerplate = boilerplate;
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** Article bodies as paragraph lists: ANT and SaudiNewsNet articles, alternately. */
  static List<List<String>> bodies(Path data, int count) throws IOException {
    List<List<String>> ant = read(data.resolve("ant-corpus/ant-v2.1-multisource.jsonl.gz"), "text", count / 2 + 1);
    List<List<String>> saudi = read(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"), "content", count / 2 + 1);
    List<List<String>> bodies = new ArrayList<>();
    for (int i = 0; bodies.size() < count && (i < ant.size() || i < saudi.size()); i++) {
      if (i < ant.size()) bodies.add(ant.get(i));
      if (i < saudi.size()) bodies.add(saudi.get(i));
    }
    return bodies;
  }

  /** Every 50th article with at least two paragraphs (spread over sites and years). */
  private static List<List<String>> read(Path file, String field, int count) throws IOException {
    List<List<String>> bodies = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null && bodies.size() < count) {
        if (n++ % 50 != 0) {
          continue;
        }
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        List<String> paragraphs = json.get(field).getAsString().lines().map(String::strip).filter(p -> p.length() > 0).toList();
        if (paragraphs.size() >= 2) {
          bodies.add(paragraphs);
        }
      }
    }
    return bodies;
  }
}
