package org.fahras.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.index.DocumentBuilder;
import org.fahras.index.Fields;
import org.fahras.index.IndexPipeline;
import org.fahras.index.IndexStore;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.RawDocument;

/**
 * Indexing speed of the full pipeline (clean, extract, analyse three forms, facets) against plain
 * Lucene with ArabicAnalyzer over the same title and body text, in the same run, on the {@link
 * BenchCorpus}; what extraction adds to it (the same pipeline with no entities, in alternating
 * slices, same run); the share of each stage in the pipeline's time and its multiple of plain
 * Lucene's; index sizes and peak heap. Prints
 * Markdown tables and leaves the Fahras index in {@code WORK_DIR/fahras} for the search benchmarks.
 *
 * <p>Usage: {@code IndexingBenchmark DATA_DIR [ARTICLES] [WORK_DIR]}.
 */
public final class IndexingBenchmark {
  /** Articles indexed once by both indexers before measuring, to warm the JIT up. */
  private static final int WARM_UP = 10_000;
  /** Articles of the measure of what extraction adds. */
  private static final int EXTRACTION_SAMPLE = 40_000;
  /** Articles per slice of the extraction measure: a few seconds of work for each variant. */
  private static final int EXTRACTION_SLICE = 500;
  /** Articles of the one-thread stage breakdown. */
  private static final int STAGE_SAMPLE = 20_000;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
    BenchCorpus corpus = BenchCorpus.load(data, count);
    List<RawDocument> docs = corpus.articles();
    long bytes = corpus.bytes();
    ConfigFiles config = ConfigFiles.defaults();
    Cleaner cleaner = Cleaner.load(config);
    EntityExtractor extractor = EntityExtractor.load(config);
    AnalysisResources resources = AnalysisResources.load(config);
    int threads = Runtime.getRuntime().availableProcessors();

    List<RawDocument> warmUp = docs.subList(0, Math.min(WARM_UP, docs.size()));
    fahras(warmUp, fresh(work.resolve("fahras")), cleaner, extractor, resources, threads);
    lucene(warmUp, fresh(work.resolve("lucene")), threads);

    Path dir = fresh(work.resolve("fahras"));
    resetPeakHeap();
    Run pipeline = fahras(docs, dir, cleaner, extractor, resources, threads);
    long pipelineHeap = peakHeap();
    long pipelineSize = size(dir);
    int indexed;
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      indexed = reader.numDocs();
    }
    Path baseDir = fresh(work.resolve("lucene"));
    resetPeakHeap();
    Run baseline = lucene(docs, baseDir, threads);
    long baselineHeap = peakHeap();
    long baselineSize = size(baseDir);

    // stage shares, one thread: clean, extract, then analyse and write
    List<RawDocument> sample = docs.subList(0, Math.min(STAGE_SAMPLE, docs.size()));
    long t0 = System.nanoTime();
    List<CleanArticle> cleaned = new ArrayList<>(sample.size());
    for (RawDocument doc : sample) {
      cleaned.add(cleaner.clean(doc));
    }
    double clean = seconds(t0);
    t0 = System.nanoTime();
    List<Entities> entities = new ArrayList<>(sample.size());
    for (CleanArticle article : cleaned) {
      entities.add(extractor.extract(article));
    }
    double extract = seconds(t0);
    t0 = System.nanoTime();
    try (IndexStore store = IndexStore.open(fresh(work.resolve("stages")), Fields.analyzer(resources))) {
      DocumentBuilder builder = new DocumentBuilder(store.facetsConfig());
      for (int i = 0; i < cleaned.size(); i++) {
        store.put(cleaned.get(i).id(), builder.build(cleaned.get(i), entities.get(i)));
      }
      store.commit();
    }
    double analyseAndWrite = seconds(t0);
    // the whole plain-Lucene indexing of the same articles on one thread: the yardstick of the stages
    double plain = lucene(sample, fresh(work.resolve("stages")), 1).seconds();
    fresh(work.resolve("stages"));

    double stages = clean + extract + analyseAndWrite;
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "%d articles (%d real, %d recombined; %d indexed, the rest had no text left after cleaning), %.1f MB of text, %d threads, after a warm-up on %d%n%n",
        docs.size(), corpus.real(), docs.size() - corpus.real(), indexed, mb, threads, warmUp.size());
    System.out.printf(Locale.ROOT, "| indexer | docs/s | MB/s | seconds | CPU seconds | index size | size / text | peak heap |%n|---|---|---|---|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| Fahras full pipeline | %.0f | %.2f | %.1f | %.1f | %.1f MB | %.2f | %.0f MB |%n",
        docs.size() / pipeline.seconds(), mb / pipeline.seconds(), pipeline.seconds(), pipeline.cpuSeconds(), pipelineSize / 1e6,
        pipelineSize / (double) bytes, pipelineHeap / 1e6);
    System.out.printf(Locale.ROOT, "| plain Lucene, ArabicAnalyzer | %.0f | %.2f | %.1f | %.1f | %.1f MB | %.2f | %.0f MB |%n",
        docs.size() / baseline.seconds(), mb / baseline.seconds(), baseline.seconds(), baseline.cpuSeconds(), baselineSize / 1e6,
        baselineSize / (double) bytes, baselineHeap / 1e6);
    System.out.printf(Locale.ROOT, "| ratio Fahras / Lucene | %.2f | | | %.2f | | | |%n%n",
        baseline.seconds() / pipeline.seconds(), baseline.cpuSeconds() / pipeline.cpuSeconds());
    extractionCost(docs.subList(0, Math.min(EXTRACTION_SAMPLE, docs.size())), work, cleaner, extractor, resources, threads);
    System.out.printf(Locale.ROOT, "| stage (one thread, %d articles) | seconds | share of the pipeline | × plain Lucene's whole indexing |%n|---|---|---|---|%n", sample.size());
    System.out.printf(Locale.ROOT, "| clean | %.2f | %.0f%% | %.2f |%n| extract | %.2f | %.0f%% | %.2f |%n| analyse + index (3 forms, facets) | %.2f | %.0f%% | %.2f |%n",
        clean, 100 * clean / stages, clean / plain, extract, 100 * extract / stages, extract / plain,
        analyseAndWrite, 100 * analyseAndWrite / stages, analyseAndWrite / plain);
    System.out.printf(Locale.ROOT, "| plain Lucene, ArabicAnalyzer: analyse + index | %.2f | | 1.00 |%n", plain);
  }

  /**
   * What extraction adds to indexing: the pipeline with and without it (no entities, so no facets
   * and no names field either) on the same articles, both cores, into two indexes open side by
   * side. The articles go in slices of {@link #EXTRACTION_SLICE}, each indexed by both in turn, the
   * order alternating: on this virtual machine the speed of the same code drifts by a third within
   * a minute, so runs of 40,000 articles one after the other gave 3% to 66% for the same code,
   * while a drift over slices of seconds falls on both alike. Reported in wall time and in the
   * indexing threads' CPU time (without the JIT's, the garbage collector's and the merges'
   * threads), as the ratio of the sums and the spread of the slices' ratios.
   */
  private static void extractionCost(List<RawDocument> docs, Path work, Cleaner cleaner, EntityExtractor extractor,
      AnalysisResources resources, int threads) throws Exception {
    double[] wall = new double[2]; // [with, without]
    double[] cpu = new double[2];
    List<Double> sliceAdds = new ArrayList<>();
    Path withDir = fresh(work.resolve("extraction-with"));
    Path withoutDir = fresh(work.resolve("extraction-without"));
    try (IndexStore withStore = IndexStore.open(withDir, Fields.analyzer(resources));
        IndexStore withoutStore = IndexStore.open(withoutDir, Fields.analyzer(resources))) {
      List<Work> variants = List.of(indexer(withStore, cleaner, extractor), indexer(withoutStore, cleaner, null));
      for (int from = 0, slice = 0; from < docs.size(); from += EXTRACTION_SLICE, slice++) {
        List<RawDocument> articles = docs.subList(from, Math.min(from + EXTRACTION_SLICE, docs.size()));
        double[] sliceCpu = new double[2];
        for (int turn = 0; turn < 2; turn++) {
          int variant = (slice + turn) % 2;
          long t0 = System.nanoTime();
          sliceCpu[variant] = parallel(articles, threads, variants.get(variant)) / 1e9;
          wall[variant] += seconds(t0);
          cpu[variant] += sliceCpu[variant];
        }
        sliceAdds.add(sliceCpu[0] / sliceCpu[1] - 1);
      }
      withStore.commit();
      withoutStore.commit();
    }
    fresh(withDir);
    fresh(withoutDir);
    List<Double> sorted = sliceAdds.stream().sorted().toList();
    System.out.printf(Locale.ROOT, "| what extraction adds (%d articles, %d slices of %d, alternating) | with extraction | without | extraction adds |%n|---|---|---|---|%n",
        docs.size(), sliceAdds.size(), EXTRACTION_SLICE);
    System.out.printf(Locale.ROOT, "| wall seconds | %.1f | %.1f | %.0f%% |%n", wall[0], wall[1], 100 * (wall[0] / wall[1] - 1));
    System.out.printf(Locale.ROOT, "| indexing threads' CPU seconds | %.1f | %.1f | **%.0f%%** |%n", cpu[0], cpu[1], 100 * (cpu[0] / cpu[1] - 1));
    System.out.printf(Locale.ROOT, "| slices, threads' CPU: quartiles | | | %.0f%%, %.0f%%, %.0f%% |%n%n",
        100 * sorted.get(sorted.size() / 4), 100 * median(sorted), 100 * sorted.get(3 * sorted.size() / 4));
  }

  /** The median of values sorted already. */
  private static double median(List<Double> sorted) {
    return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
  }

  /** One indexing run: wall-clock seconds and the CPU seconds of the whole process (GC included). */
  private record Run(double seconds, double cpuSeconds) {}

  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Run run(long startNanos, long startCpuNanos) {
    return new Run(seconds(startNanos), (OS.getProcessCpuTime() - startCpuNanos) / 1e9);
  }

  /**
   * The product's indexing path ({@link IndexPipeline#index}) on every core; seconds taken.
   */
  private static Run fahras(List<RawDocument> docs, Path dir, Cleaner cleaner, EntityExtractor extractor,
      AnalysisResources resources, int threads) throws Exception {
    long t0 = System.nanoTime();
    long cpu0 = OS.getProcessCpuTime();
    try (IndexStore store = IndexStore.open(dir, Fields.analyzer(resources))) {
      parallel(docs, threads, indexer(store, cleaner, extractor));
      store.commit();
    }
    return run(t0, cpu0);
  }

  /**
   * The product's indexing of one document into {@code store}: {@link IndexPipeline#index}, or
   * with no {@code extractor} the same path with no entities (clean, build, write). Articles with
   * no text left after cleaning are skipped, as the CLI skips them.
   */
  private static Work indexer(IndexStore store, Cleaner cleaner, EntityExtractor extractor) {
    IndexPipeline pipeline = extractor == null ? null : new IndexPipeline(cleaner, extractor, store);
    DocumentBuilder builder = new DocumentBuilder(store.facetsConfig());
    return doc -> {
      try {
        if (pipeline != null) {
          pipeline.index(doc);
        } else {
          CleanArticle article = cleaner.clean(doc);
          store.put(article.id(), builder.build(article, Entities.NONE));
        }
      } catch (IndexPipeline.RejectedException nothingLeft) {
        // counted in the index's doc count
      }
    };
  }

  /** Plain Lucene: ArabicAnalyzer over the raw title and body, every core; seconds taken. */
  private static Run lucene(List<RawDocument> docs, Path dir, int threads) throws Exception {
    long t0 = System.nanoTime();
    long cpu0 = OS.getProcessCpuTime();
    IndexWriterConfig iwc = new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(128);
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, iwc)) {
      parallel(docs, threads, doc -> {
        Document d = new Document();
        d.add(new StringField("id", doc.id(), Field.Store.YES));
        d.add(new TextField("title", doc.metadata().getOrDefault("title", ""), Field.Store.YES));
        d.add(new TextField("body", BenchCorpus.body(doc), Field.Store.YES));
        writer.addDocument(d);
      });
      writer.commit();
    }
    return run(t0, cpu0);
  }

  private static void resetPeakHeap() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since {@link #resetPeakHeap}: an upper bound of the peak. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  interface Work {
    void run(RawDocument doc) throws Exception;
  }

  /** Runs {@code work} on every document, {@code threads} at a time; their CPU nanoseconds. */
  private static long parallel(List<RawDocument> docs, int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int slice = t;
        done.add(pool.submit(() -> {
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          for (int i = slice; i < docs.size(); i += threads) {
            work.run(docs.get(i));
          }
          return THREADS.getCurrentThreadCpuTime() - cpu0;
        }));
      }
      long cpu = 0;
      for (Future<Long> f : done) {
        cpu += f.get();
      }
      return cpu;
    } finally {
      pool.shutdownNow();
    }
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
