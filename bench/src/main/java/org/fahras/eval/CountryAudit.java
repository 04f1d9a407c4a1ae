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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.CountryGazetteer;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.FacetValue;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The country facet over a whole archive, as a reader audits it: SaudiNewsNet and ANT v2.1
 * multisource (the 62k articles of issue 18) cleaned and extracted as the index does, then, for
 * each of the most frequent countries, its article count, the forms that named it (and how many
 * articles only that form named it in), and a seeded random sample of its articles with every
 * mention in its context, for a reader to judge which are spurious (the rules are in
 * docs/EVALUATION.md).
 *
 * <p>Usage: {@code CountryAudit DATA_DIR [--top N] [--sample K] [--country XX,YY] [--seed S]}.
 */
public final class CountryAudit {
  private static final int CONTEXT_CHARS = 45;
  private static final int MAX_MENTIONS_SHOWN = 4;

  private record Audited(String id, String title, String text, List<CountryGazetteer.Mention> mentions, Set<String> countries) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CountryAudit DATA_DIR [--top N] [--sample K] [--country XX,YY] [--seed S]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    int top = Integer.parseInt(option(args, "--top", "60"));
    int sample = Integer.parseInt(option(args, "--sample", "10"));
    long seed = Long.parseLong(option(args, "--seed", "18"));
    Set<String> only = new LinkedHashSet<>(List.of(option(args, "--country", "").split(",")));
    only.remove("");

    ConfigFiles config = ConfigFiles.defaults();
    Cleaner cleaner = Cleaner.load(config);
    EntityExtractor extractor = EntityExtractor.load(config);
    CountryGazetteer gazetteer = CountryGazetteer.load(config);
    List<RawDocument> raw = new ArrayList<>();
    read(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"), "content", "url", raw);
    read(data.resolve("ant-corpus/ant-v2.1-multisource.jsonl.gz"), "text", "docno", raw);

    Map<String, List<Audited>> byCountry = new HashMap<>();
    Map<String, Map<String, int[]>> forms = new HashMap<>(); // code → form → {articles, sole}
    long started = System.nanoTime();
    for (RawDocument doc : raw) {
      CleanArticle article = cleaner.clean(doc);
      Set<String> countries = new LinkedHashSet<>();
      for (FacetValue value : extractor.extract(article).countries()) {
        countries.add(value.value());
      }
      String text = article.title() + "\n" + article.body();
      List<CountryGazetteer.Mention> mentions = gazetteer.mentions(text);
      Audited audited = new Audited(doc.id(), article.title(), text, mentions, countries);
      for (String code : countries) {
        byCountry.computeIfAbsent(code, c -> new ArrayList<>()).add(audited);
        Set<String> formsOf = new LinkedHashSet<>();
        for (CountryGazetteer.Mention m : mentions) {
          if (m.code().equals(code)) {
            formsOf.add(ArabicNormalizer.normalize(text.substring(m.start(), m.end())));
          }
        }
        Map<String, int[]> counts = forms.computeIfAbsent(code, c -> new HashMap<>());
        for (String form : formsOf) {
          int[] c = counts.computeIfAbsent(form, f -> new int[2]);
          c[0]++;
          c[1] += formsOf.size() == 1 ? 1 : 0;
        }
      }
    }
    if (List.of(args).contains("--neighbours")) {
      neighbours(byCountry);
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "## Countries over %d articles (clean + extract %.0f s)%n%n", raw.size(), seconds);
    List<String> ranked = new ArrayList<>(byCountry.keySet());
    ranked.sort((a, b) -> byCountry.get(b).size() - byCountry.get(a).size());
    System.out.println("| rank | code | label | articles | forms (articles / only form) |");
    System.out.println("|---|---|---|---|---|");
    for (int r = 0; r < Math.min(top, ranked.size()); r++) {
      String code = ranked.get(r);
      List<Map.Entry<String, int[]>> f = new ArrayList<>(forms.get(code).entrySet());
      f.sort((a, b) -> b.getValue()[0] - a.getValue()[0]);
      StringBuilder shown = new StringBuilder();
      for (int k = 0; k < Math.min(12, f.size()); k++) {
        shown.append(k == 0 ? "" : ", ").append(f.get(k).getKey()).append(' ').append(f.get(k).getValue()[0]).append('/').append(f.get(k).getValue()[1]);
      }
      System.out.printf(Locale.ROOT, "| %d | %s | %s | %d | %s |%n", r + 1, code, gazetteer.label(code), byCountry.get(code).size(), shown);
    }
    if (sample == 0) {
      return;
    }
    for (int r = 0; r < Math.min(top, ranked.size()); r++) {
      String code = ranked.get(r);
      if (!only.isEmpty() && !only.contains(code)) {
        continue;
      }
      List<Audited> articles = new ArrayList<>(byCountry.get(code));
      Collections.shuffle(articles, new Random(seed + code.hashCode()));
      System.out.printf(Locale.ROOT, "%n### %s %s: %d articles, sample of %d%n", code, gazetteer.label(code), byCountry.get(code).size(), Math.min(sample, articles.size()));
      for (Audited a : articles.subList(0, Math.min(sample, articles.size()))) {
        StringBuilder line = new StringBuilder();
        int shown = 0;
        for (CountryGazetteer.Mention m : a.mentions()) {
          if (m.code().equals(code) && shown++ < MAX_MENTIONS_SHOWN) {
            line.append("\n    ").append(m.start() < a.title().length() ? "[T] " : "").append(context(a.text(), m));
          }
        }
        long n = a.mentions().stream().filter(m -> m.code().equals(code)).count();
        System.out.printf(Locale.ROOT, "- %s (%d mentions; %s) %s%s%n", a.id(), n, a.countries(), a.title(), line);
      }
    }
  }

  /**
   * The words before and after the nationality adjectives of articles that name the country by
   * nothing else: the nouns that make an adjective a person's, a club's or a currency's.
   */
  private static void neighbours(Map<String, List<Audited>> byCountry) {
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> before2 = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Map.Entry<String, List<Audited>> e : byCountry.entrySet()) {
      for (Audited a : e.getValue()) {
        boolean adjectivesOnly = a.mentions().stream().filter(m -> m.code().equals(e.getKey())).allMatch(m -> m.kind() == CountryGazetteer.Kind.ADJECTIVE);
        if (!adjectivesOnly || !seen.add(a.id() + e.getKey())) {
          continue;
        }
        for (CountryGazetteer.Mention m : a.mentions()) {
          if (m.code().equals(e.getKey())) {
            String[] b = a.text().substring(Math.max(0, m.start() - 40), m.start()).strip().split("\\s+");
            String[] f = a.text().substring(m.end(), Math.min(a.text().length(), m.end() + 30)).strip().split("\\s+");
            if (b.length > 0) before.merge(ArabicNormalizer.normalize(b[b.length - 1]), 1, Integer::sum);
            if (b.length > 1) before2.merge(ArabicNormalizer.normalize(b[b.length - 2]), 1, Integer::sum);
            if (f.length > 0) after.merge(ArabicNormalizer.normalize(f[0]), 1, Integer::sum);
          }
        }
      }
    }
    for (Map<String, Integer> m : List.of(before, before2, after)) {
      List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
      l.sort((x, y) -> y.getValue() - x.getValue());
      StringBuilder sb = new StringBuilder();
      l.subList(0, Math.min(150, l.size())).forEach(x -> sb.append(x.getKey()).append(' ').append(x.getValue()).append(", "));
      System.out.println(sb);
      System.out.println();
    }
  }

  private static String context(String text, CountryGazetteer.Mention m) {
    int from = Math.max(0, m.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), m.end() + CONTEXT_CHARS);
    return (text.substring(from, m.start()) + "⟦" + text.substring(m.start(), m.end()) + "⟧" + text.substring(m.end(), to)).replace('\n', ' ');
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static void read(Path file, String bodyKey, String idKey, List<RawDocument> out) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        String body = string(json, bodyKey);
        if (body.isBlank()) {
          continue;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("title", string(json, "title"));
        String id = string(json, idKey);
        out.add(new RawDocument(id.isEmpty() ? file.getFileName() + ":" + out.size() : id, Format.TEXT, body.getBytes(StandardCharsets.UTF_8), metadata, file.toString()));
      }
    }
  }

  private static String string(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
