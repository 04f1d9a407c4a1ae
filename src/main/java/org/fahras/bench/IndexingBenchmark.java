package org.fahras.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.index.DocumentBuilder;
import org.fahras.index.Fields;
import org.fahras.index.IndexStore;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * Indexing speed of the full pipeline (clean, extract, analyse three forms, facets) against plain
 * Lucene with ArabicAnalyzer over the same title and body text, in the same run, on real news
 * articles; and the share of each stage in the pipeline's time. Prints a Markdown table.
 *
 * <p>Usage: {@code IndexingBenchmark DATA_DIR [ARTICLES] [WORK_DIR]}.
 */
public final class IndexingBenchmark {
  private static final int ROUNDS = 2;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
    List<RawDocument> docs = articles(data, count);
    long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
    ConfigFiles config = ConfigFiles.defaults();
    Cleaner cleaner = Cleaner.load(config);
    EntityExtractor extractor = EntityExtractor.load(config);
    AnalysisResources resources = AnalysisResources.load(config);
    int threads = Runtime.getRuntime().availableProcessors();

    double pipeline = Double.MAX_VALUE;
    double baseline = Double.MAX_VALUE;
    double clean = Double.MAX_VALUE;
    double extract = Double.MAX_VALUE;
    double analyseAndWrite = Double.MAX_VALUE;
    long pipelineSize = 0;
    long baselineSize = 0;
    for (int round = 0; round < ROUNDS; round++) { // the first round warms the JIT up
      // full pipeline, every core
      Path dir = fresh(work.resolve("fahras"));
      long t0 = System.nanoTime();
      try (IndexStore store = IndexStore.open(dir, Fields.analyzer(resources))) {
        DocumentBuilder builder = new DocumentBuilder(store.facetsConfig());
        parallel(docs, threads, doc -> {
          CleanArticle article = cleaner.clean(doc);
          store.put(article.id(), builder.build(article, extractor.extract(article)));
        });
        store.commit();
      }
      pipeline = Math.min(pipeline, seconds(t0));
      pipelineSize = size(dir);

      // plain Lucene: ArabicAnalyzer over the raw title and body, every core
      Path baseDir = fresh(work.resolve("lucene"));
      t0 = System.nanoTime();
      IndexWriterConfig iwc = new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(128);
      try (FSDirectory directory = FSDirectory.open(baseDir); IndexWriter writer = new IndexWriter(directory, iwc)) {
        parallel(docs, threads, doc -> {
          Document d = new Document();
          d.add(new StringField("id", doc.id(), Field.Store.YES));
          d.add(new TextField("title", doc.metadata().getOrDefault("title", ""), Field.Store.YES));
          d.add(new TextField("body", new String(doc.content(), StandardCharsets.UTF_8), Field.Store.YES));
          writer.addDocument(d);
        });
        writer.commit();
      }
      baseline = Math.min(baseline, seconds(t0));
      baselineSize = size(baseDir);

      // stage shares, one thread: clean, extract, then analyse and write
      t0 = System.nanoTime();
      List<CleanArticle> cleaned = new ArrayList<>(docs.size());
      for (RawDocument doc : docs) {
        cleaned.add(cleaner.clean(doc));
      }
      clean = Math.min(clean, seconds(t0));
      t0 = System.nanoTime();
      List<Entities> entities = new ArrayList<>(docs.size());
      for (CleanArticle article : cleaned) {
        entities.add(extractor.extract(article));
      }
      extract = Math.min(extract, seconds(t0));
      Path stageDir = fresh(work.resolve("stages"));
      t0 = System.nanoTime();
      try (IndexStore store = IndexStore.open(stageDir, Fields.analyzer(resources))) {
        DocumentBuilder builder = new DocumentBuilder(store.facetsConfig());
        for (int i = 0; i < cleaned.size(); i++) {
          store.put(cleaned.get(i).id(), builder.build(cleaned.get(i), entities.get(i)));
        }
        store.commit();
      }
      analyseAndWrite = Math.min(analyseAndWrite, seconds(t0));
    }
    double stages = clean + extract + analyseAndWrite;
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of text, %d threads, best of %d rounds%n%n", docs.size(), mb, threads, ROUNDS);
    System.out.printf(Locale.ROOT, "| indexer | docs/s | MB/s | index size | size / text |%n|---|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| Fahras full pipeline | %.0f | %.2f | %.1f MB | %.2f |%n", docs.size() / pipeline, mb / pipeline, pipelineSize / 1e6, pipelineSize / (double) bytes);
    System.out.printf(Locale.ROOT, "| plain Lucene, ArabicAnalyzer | %.0f | %.2f | %.1f MB | %.2f |%n", docs.size() / baseline, mb / baseline, baselineSize / 1e6, baselineSize / (double) bytes);
    System.out.printf(Locale.ROOT, "| ratio Fahras / Lucene | %.2f | | | |%n%n", baseline / pipeline);
    System.out.printf(Locale.ROOT, "| stage (one thread) | seconds | share of the pipeline |%n|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| clean | %.2f | %.0f%% |%n| extract | %.2f | %.0f%% |%n| analyse + index (3 forms, facets) | %.2f | %.0f%% |%n",
        clean, 100 * clean / stages, extract, 100 * extract / stages, analyseAndWrite, 100 * analyseAndWrite / stages);
  }

  interface Work {
    void run(RawDocument doc) throws Exception;
  }

  private static void parallel(List<RawDocument> docs, int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int slice = t;
      done.add(pool.submit(() -> {
        for (int i = slice; i < docs.size(); i += threads) {
          work.run(docs.get(i));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  /** SaudiNewsNet and ANT articles, alternately, as the JSON Lines reader would give them. */
  static List<RawDocument> articles(Path data, int count) throws IOException {
    List<RawDocument> saudi = read(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz"), "content", "sn-", count);
    List<RawDocument> ant = read(data.resolve("ant-corpus/ant-v2.1-multisource.jsonl.gz"), "text", "ant-", count);
    List<RawDocument> all = new ArrayList<>();
    for (int i = 0; all.size() < count && (i < saudi.size() || i < ant.size()); i++) {
      if (i < saudi.size()) all.add(saudi.get(i));
      if (i < ant.size() && all.size() < count) all.add(ant.get(i));
    }
    return all;
  }

  private static List<RawDocument> read(Path file, String field, String prefix, int max) throws IOException {
    List<RawDocument> docs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && docs.size() < max) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        String title = json.has("title") ? json.get("title").getAsString() : "";
        docs.add(new RawDocument(prefix + docs.size(), Format.TEXT, json.get(field).getAsString().getBytes(StandardCharsets.UTF_8),
            Map.of("title", title), file + ":" + docs.size()));
      }
    }
    return docs;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
