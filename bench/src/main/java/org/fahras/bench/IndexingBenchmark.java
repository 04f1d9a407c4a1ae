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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.TextForm;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.lucene.DocumentBuilder;
import org.fahras.lucene.Fields;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.lucene.IndexStore;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.RawDocument;

/**
 * Indexing speed of the full pipeline (clean, extract, analyse three forms, facets) against plain
 * Lucene with ArabicAnalyzer over the same title and body text, in the same run, on the {@link
 * BenchCorpus}; what each feature costs against plain Lucene (one form, three forms, extraction:
 * the same articles in slices indexed by each variant in turn, same run), which gives what
 * extraction adds; the share of each stage in the pipeline's time and its multiple of plain
 * Lucene's; index sizes and peak heap. Prints Markdown tables and leaves the Fahras index in
 * {@code WORK_DIR/fahras} for the search benchmarks.
 *
 * <p>Usage: {@code IndexingBenchmark DATA_DIR [ARTICLES] [WORK_DIR]}.
 */
public final class IndexingBenchmark {
  /** Articles indexed once by both indexers before measuring, to warm the JIT up. */
  private static final int WARM_UP = 10_000;
  /** Articles of the measure of what each feature costs. */
  private static final int FEATURE_SAMPLE = 40_000;
  /** Articles per slice of that measure: a few seconds of work for each variant. */
  private static final int SLICE = 500;
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
    featureCosts(docs.subList(0, Math.min(FEATURE_SAMPLE, docs.size())), work, cleaner, extractor, resources, threads);
    System.out.printf(Locale.ROOT, "| stage (one thread, %d articles) | seconds | share of the pipeline | × plain Lucene's whole indexing |%n|---|---|---|---|%n", sample.size());
    System.out.printf(Locale.ROOT, "| clean | %.2f | %.0f%% | %.2f |%n| extract | %.2f | %.0f%% | %.2f |%n| analyse + index (3 forms, facets) | %.2f | %.0f%% | %.2f |%n",
        clean, 100 * clean / stages, clean / plain, extract, 100 * extract / stages, extract / plain,
        analyseAndWrite, 100 * analyseAndWrite / stages, analyseAndWrite / plain);
    System.out.printf(Locale.ROOT, "| plain Lucene, ArabicAnalyzer: analyse + index | %.2f | | 1.00 |%n", plain);
  }

  /**
   * What each of the product's features costs, against plain Lucene on the same articles: plain
   * Lucene with ArabicAnalyzer, the baseline; plain Lucene indexing the three forms the
   * search modes need, a baseline doing the same analysis work; Fahras cleaning and indexing only
   * the stemmed form; the same with the three forms; the whole pipeline, which adds extraction
   * (entities, facets, names field). Each writes its own index, all open side by side, on both
   * cores. The articles go in slices of {@link #SLICE}, each indexed by every variant in turn, the
   * first one rotating from slice to slice: on this virtual machine the speed of the same code
   * drifts by a third within a minute, so runs of 40,000 articles one after the other gave 3% to
   * 66% for what extraction adds, while a drift over slices of seconds falls on every variant
   * alike. Reported in wall time and in the
   * indexing threads' CPU time (without the JIT's, the garbage collector's and the merges'
   * threads); what extraction adds also as the spread of the slices' ratios.
   */
  private static void featureCosts(List<RawDocument> docs, Path work, Cleaner cleaner, EntityExtractor extractor,
      AnalysisResources resources, int threads) throws Exception {
    Path luceneDir = fresh(work.resolve("features-lucene"));
    Path luceneFormsDir = fresh(work.resolve("features-lucene-three-forms"));
    Path oneFormDir = fresh(work.resolve("features-one-form"));
    Path withoutDir = fresh(work.resolve("features-without-extraction"));
    Path withDir = fresh(work.resolve("features-full"));
    List<String> names = List.of(
        "plain Lucene, ArabicAnalyzer", "plain Lucene, three forms (ArabicAnalyzer, its normalisation only, lower case only)",
        "Fahras: clean, stemmed form only", "Fahras: clean, three forms",
        "Fahras: full pipeline (+ extraction, facets, names)");
    int lucene = 0;
    int luceneForms = 1;
    int without = 3;
    int with = 4;
    double[] wall = new double[names.size()];
    double[] cpu = new double[names.size()];
    List<Double> sliceAdds = new ArrayList<>();
    try (FSDirectory directory = FSDirectory.open(luceneDir);
        IndexWriter plain = new IndexWriter(directory, plainConfig());
        FSDirectory formsDirectory = FSDirectory.open(luceneFormsDir);
        IndexWriter plainForms = new IndexWriter(formsDirectory, plainThreeFormsConfig());
        IndexStore oneFormStore = IndexStore.open(oneFormDir, Fields.analyzer(resources));
        IndexStore withoutStore = IndexStore.open(withoutDir, Fields.analyzer(resources));
        IndexStore withStore = IndexStore.open(withDir, Fields.analyzer(resources))) {
      List<Work> variants = List.of(
          doc -> plain.addDocument(plainDocument(doc)),
          doc -> plainForms.addDocument(plainThreeFormsDocument(doc)),
          stemmedOnly(oneFormStore, cleaner),
          indexer(withoutStore, cleaner, null, resources, withoutDir),
          indexer(withStore, cleaner, extractor, resources, withDir));
      for (int from = 0, slice = 0; from < docs.size(); from += SLICE, slice++) {
        List<RawDocument> articles = docs.subList(from, Math.min(from + SLICE, docs.size()));
        double[] sliceCpu = new double[variants.size()];
        for (int turn = 0; turn < variants.size(); turn++) {
          int variant = (slice + turn) % variants.size();
          long t0 = System.nanoTime();
          sliceCpu[variant] = parallel(articles, threads, variants.get(variant)) / 1e9;
          wall[variant] += seconds(t0);
          cpu[variant] += sliceCpu[variant];
        }
        sliceAdds.add(sliceCpu[with] / sliceCpu[without] - 1);
      }
      plain.commit();
      plainForms.commit();
      oneFormStore.commit();
      withoutStore.commit();
      withStore.commit();
    }
    for (Path dir : List.of(luceneDir, luceneFormsDir, oneFormDir, withoutDir, withDir)) {
      fresh(dir);
    }
    System.out.printf(Locale.ROOT, "| what each feature costs (%d articles, %d slices of %d, in turn) | wall seconds | docs/s × plain Lucene | × plain Lucene, three forms | threads' CPU seconds | × plain Lucene, CPU | × plain Lucene, three forms, CPU |%n|---|---|---|---|---|---|---|%n",
        docs.size(), sliceAdds.size(), SLICE);
    for (int v = 0; v < names.size(); v++) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | **%.2f** | %.2f | %.1f | %.2f | %.2f |%n", names.get(v), wall[v], wall[lucene] / wall[v],
          wall[luceneForms] / wall[v], cpu[v], cpu[lucene] / cpu[v], cpu[luceneForms] / cpu[v]);
    }
    List<Double> sorted = sliceAdds.stream().sorted().toList();
    System.out.printf(Locale.ROOT, "%n| what extraction adds (the last two rows above) | with extraction | without | extraction adds |%n|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| wall seconds | %.1f | %.1f | %.0f%% |%n", wall[with], wall[without], 100 * (wall[with] / wall[without] - 1));
    System.out.printf(Locale.ROOT, "| indexing threads' CPU seconds | %.1f | %.1f | **%.0f%%** |%n", cpu[with], cpu[without], 100 * (cpu[with] / cpu[without] - 1));
    System.out.printf(Locale.ROOT, "| slices, threads' CPU: quartiles | | | %.0f%%, %.0f%%, %.0f%% |%n%n",
        100 * sorted.get(sorted.size() / 4), 100 * median(sorted), 100 * sorted.get(3 * sorted.size() / 4));
  }

  /**
   * The product's cleaning and document, indexed in the stemmed form only: what the search modes'
   * other two forms cost, measured by leaving their fields out.
   */
  private static Work stemmedOnly(IndexStore store, Cleaner cleaner) {
    DocumentBuilder builder = new DocumentBuilder(store.facetsConfig());
    return doc -> {
      CleanArticle article = cleaner.clean(doc);
      Document built = builder.build(article, Entities.NONE);
      for (String field : Fields.TEXT) {
        built.removeFields(Fields.inForm(field, TextForm.NORMALIZED));
        built.removeFields(Fields.inForm(field, TextForm.EXACT));
      }
      store.put(article.id(), built);
    };
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
      parallel(docs, threads, indexer(store, cleaner, extractor, resources, dir));
      store.commit();
    }
    return run(t0, cpu0);
  }

  /**
   * The product's indexing of one document into {@code store}: {@link IndexPipeline#index}, or
   * with no {@code extractor} the same path with no entities (clean, build, write). Articles with
   * no text left after cleaning are skipped, as the CLI skips them.
   */
  private static Work indexer(IndexStore store, Cleaner cleaner, EntityExtractor extractor, AnalysisResources resources, Path dir) {
    IndexPipeline pipeline = extractor == null ? null : new IndexPipeline(cleaner, extractor, resources, store, dir);
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
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, plainConfig())) {
      parallel(docs, threads, doc -> writer.addDocument(plainDocument(doc)));
      writer.commit();
    }
    return run(t0, cpu0);
  }

  /** The baseline's writer: ArabicAnalyzer, and the product's RAM buffer. */
  private static IndexWriterConfig plainConfig() {
    return new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(128);
  }

  /** The baseline's document: the raw title and body, stored and analysed. */
  private static Document plainDocument(RawDocument doc) {
    Document d = new Document();
    d.add(new StringField("id", doc.id(), Field.Store.YES));
    d.add(new TextField("title", doc.metadata().getOrDefault("title", ""), Field.Store.YES));
    d.add(new TextField("body", BenchCorpus.body(doc), Field.Store.YES));
    return d;
  }

  /**
   * Plain Lucene doing the analysing and inverting of the product's three forms with its own
   * chains: ArabicAnalyzer for the stemmed form; its tokenizer, lower case and normalisation for
   * the normalised form; its tokenizer and lower case for the exact form.
   */
  private static IndexWriterConfig plainThreeFormsConfig() {
    Analyzer normalised = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(source))));
      }
    };
    Analyzer exact = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Map<String, Analyzer> perField = new HashMap<>();
    for (String field : List.of("title", "body")) {
      perField.put(field + ".norm", normalised);
      perField.put(field + ".exact", exact);
    }
    return new IndexWriterConfig(new PerFieldAnalyzerWrapper(new ArabicAnalyzer(), perField)).setRAMBufferSizeMB(128);
  }

  /** The baseline's document with the title and body indexed again in the other two forms. */
  private static Document plainThreeFormsDocument(RawDocument doc) {
    Document d = plainDocument(doc);
    for (String field : List.of("title", "body")) {
      String text = d.get(field);
      d.add(new TextField(field + ".norm", text, Field.Store.NO));
      d.add(new TextField(field + ".exact", text, Field.Store.NO));
    }
    return d;
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
