package org.fahras.bench;

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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The benchmark corpus: the real news of SaudiNewsNet and ANT (multisource and Jawhara FM),
 * interleaved, and past their 72,716 articles new articles recombined from their real paragraphs
 * (seeded, so every run builds the same corpus): each takes the title, source and date of one
 * real article and as many paragraphs as another real article has, each paragraph drawn from a
 * random article. No whole article is ever copied.
 *
 * @param articles the articles, real ones first
 * @param real how many of them are real
 */
public record BenchCorpus(List<RawDocument> articles, int real) {
  public static final long SEED = 20261124L;

  private record Source(String file, String bodyKey, String sourceKey, String dateKey, String prefix) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source("saudinewsnet/saudinewsnet.jsonl.gz", "content", "source", "date_extracted", "sn-"),
          new Source("ant-corpus/ant-v2.1-multisource.jsonl.gz", "text", "src", null, "ant-"),
          new Source("ant-corpus/ant-v1.1-jawharafm.jsonl.gz", "text", "src", null, "jfm-"));

  /** The first {@code count} articles of the corpus under {@code data} (the shared data folder). */
  public static BenchCorpus load(Path data, int count) throws IOException {
    return load(data, count, true);
  }

  /** The first {@code count} real articles, without recombined ones even when there are fewer. */
  public static BenchCorpus realOnly(Path data, int count) throws IOException {
    return load(data, count, false);
  }

  private static BenchCorpus load(Path data, int count, boolean recombine) throws IOException {
    List<List<RawDocument>> perSource = new ArrayList<>();
    for (Source source : SOURCES) {
      perSource.add(read(data.resolve(source.file()), source));
    }
    List<RawDocument> real = new ArrayList<>();
    for (int i = 0; real.size() < count; i++) { // round robin, so any prefix mixes the sources
      boolean any = false;
      for (List<RawDocument> docs : perSource) {
        if (i < docs.size() && real.size() < count) {
          real.add(docs.get(i));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    List<RawDocument> all = new ArrayList<>(real);
    if (recombine && all.size() < count) {
      recombine(real, count - real.size(), all);
    }
    return new BenchCorpus(List.copyOf(all), real.size());
  }

  /** UTF-8 bytes of the titles and bodies: the raw text the index size is compared with. */
  public long bytes() {
    return articles.stream().mapToLong(d -> d.content().length + d.metadata().getOrDefault("title", "").getBytes(StandardCharsets.UTF_8).length).sum();
  }

  /** Body text of an article of this corpus (every one is plain text). */
  public static String body(RawDocument doc) {
    return new String(doc.content(), StandardCharsets.UTF_8);
  }

  private static void recombine(List<RawDocument> real, int more, List<RawDocument> out) {
    List<String> paragraphs = new ArrayList<>();
    int[] paragraphCounts = new int[real.size()];
    for (int i = 0; i < real.size(); i++) {
      for (String p : body(real.get(i)).split("\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
          paragraphCounts[i]++;
        }
      }
    }
    Random random = new Random(SEED);
    for (int n = 0; n < more; n++) {
      RawDocument head = real.get(random.nextInt(real.size()));
      int length = Math.max(1, paragraphCounts[random.nextInt(real.size())]);
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < length; p++) {
        body.append(p == 0 ? "" : "\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
      }
      out.add(new RawDocument("mix-" + n, Format.TEXT, body.toString().getBytes(StandardCharsets.UTF_8), head.metadata(), "recombined:" + n));
    }
  }

  private static List<RawDocument> read(Path file, Source source) throws IOException {
    List<RawDocument> docs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        String body = string(json, source.bodyKey());
        if (body.isBlank()) {
          continue;
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put("title", string(json, "title"));
        metadata.put("source", string(json, source.sourceKey()));
        metadata.put("url", string(json, "url"));
        if (source.dateKey() != null && string(json, source.dateKey()).length() >= 10) {
          metadata.put("published_at", string(json, source.dateKey()).substring(0, 10));
        }
        docs.add(new RawDocument(source.prefix() + docs.size(), Format.TEXT, body.getBytes(StandardCharsets.UTF_8), metadata, file + ":" + docs.size()));
      }
    }
    return docs;
  }

  private static String string(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
