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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The real archives the entity evaluations judge on, cleaned as Fahras cleans what it indexes:
 * SaudiNewsNet ({@code snn}, id = url), ANT v2.1 ({@code ant2}, id = docno) and ANT v1.1's Jawhara
 * FM file ({@code ant1}, id = docno). Each record becomes a plain-text document with the source's
 * title, source, url and date (SaudiNewsNet's extraction date, ANT's docno date) and goes through
 * the {@link Cleaner}.
 */
final class ArchiveArticles {
  /** One cleaned article of an archive. */
  record Article(String corpus, String id, CleanArticle clean) {
    String key() {
      return corpus + "\t" + id;
    }
  }

  /** An archive file and how its records name their fields. */
  enum Corpus {
    SNN("snn", "saudinewsnet/saudinewsnet.jsonl.gz"),
    ANT2("ant2", "ant-corpus/ant-v2.1-multisource.jsonl.gz"),
    ANT1("ant1", "ant-corpus/ant-v1.1-jawharafm.jsonl.gz");

    final String code;
    final String file;

    Corpus(String code, String file) {
      this.code = code;
      this.file = file;
    }
  }

  private final Path data;
  private final Cleaner cleaner = Cleaner.load(ConfigFiles.defaults());

  ArchiveArticles(Path data) {
    this.data = data;
  }

  /** Every article of {@code corpora}, in file order; records without a body are skipped. */
  void read(List<Corpus> corpora, Consumer<Article> each) throws IOException {
    read(corpora, key -> true, each);
  }

  /** The articles whose key ({@link Article#key}) {@code wanted} accepts; the others are not cleaned. */
  void read(List<Corpus> corpora, Predicate<String> wanted, Consumer<Article> each) throws IOException {
    for (Corpus corpus : corpora) {
      Path file = data.resolve(corpus.file);
      if (!Files.exists(file)) {
        throw new IOException(file + " is absent: the entity evaluation reads the archives under DATA (see ../shared/data/README.md)");
      }
      try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            Article article = article(corpus, JsonParser.parseString(line).getAsJsonObject(), wanted);
            if (article != null) {
              each.accept(article);
            }
          }
        }
      }
    }
  }

  private Article article(Corpus corpus, JsonObject json, Predicate<String> wanted) {
    boolean snn = corpus == Corpus.SNN;
    String body = text(json, snn ? "content" : "text");
    String id = snn ? text(json, "url") : text(json, "docno");
    if (body.isBlank() || !wanted.test(corpus.code + "\t" + id)) {
      return null;
    }
    Map<String, String> meta = new HashMap<>();
    meta.put("title", text(json, "title"));
    meta.put("source", text(json, snn ? "source" : "src"));
    meta.put("url", text(json, "url"));
    String date = snn ? text(json, "date_extracted") : docnoDate(text(json, "path"));
    if (date.length() >= 10) {
      meta.put("published_at", date.substring(0, 10));
    }
    RawDocument raw = new RawDocument(id, Format.TEXT, body.getBytes(StandardCharsets.UTF_8), meta, corpus.file + ":" + id);
    return new Article(corpus.code, id, cleaner.clean(raw));
  }

  /**
   * "Alarabia/culture/AL-culture-1-20180218.txt" → "2018-02-18"; some Jawhara FM files write the
   * date day first ("JA-localNews-216-15122016").
   */
  private static String docnoDate(String path) {
    String name = Path.of(path).getFileName().toString().replace(".txt", "");
    String digits = name.substring(name.lastIndexOf('-') + 1);
    if (!digits.matches("\\d{8}")) {
      return "";
    }
    int year = Integer.parseInt(digits.substring(0, 4));
    int month = Integer.parseInt(digits.substring(4, 6));
    return year >= 1990 && year <= 2030 && month >= 1 && month <= 12
        ? digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6)
        : digits.substring(4) + "-" + digits.substring(2, 4) + "-" + digits.substring(0, 2);
  }

  private static String text(JsonObject json, String field) {
    JsonElement value = json.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
