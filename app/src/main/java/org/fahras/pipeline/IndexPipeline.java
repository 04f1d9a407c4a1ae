package org.fahras.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.clean.BlankText;
import org.fahras.clean.Cleaner;
import org.fahras.clean.CorpusReader;
import org.fahras.clean.HtmlText;
import org.fahras.clean.RecordFields;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.RawDocument;
import org.fahras.search.ArticleStore;
import org.fahras.search.ArticleToStore;

/**
 * The whole indexing path: read → clean → extract → store. Runs documents in parallel on every
 * core; the store is thread-safe, and a document that fails is reported and skipped without
 * stopping the run.
 */
public final class IndexPipeline {
  private final Cleaner cleaner;
  private final EntityExtractor extractor;
  /** The stemmed form of title and body, analysed once for the topics and the store. */
  private final Analyzer stemmer;
  private final ArticleStore store;
  private final Path manifestFolder;

  /**
   * A pipeline that writes into {@code store}, keeping the list of the input files it read
   * ({@link InputManifest}) in {@code manifestFolder}, beside the index.
   */
  public IndexPipeline(Cleaner cleaner, EntityExtractor extractor, AnalysisResources resources, ArticleStore store, Path manifestFolder) {
    this.cleaner = cleaner;
    this.extractor = extractor;
    this.stemmer = new FahrasAnalyzer(TextForm.STEMMED, resources);
    this.store = store;
    this.manifestFolder = manifestFolder;
  }

  /** Why a document could not be indexed: a user-facing reason, not a crash. */
  public static final class RejectedException extends Exception {
    public RejectedException(String reason) {
      super(reason);
    }
  }

  /** How an index run reads its input; {@code fields}: where JSON Lines records keep each part. */
  public record Options(boolean full, CorpusReader.Limits limits, String configuration, RecordFields fields) {
    /** Unchanged input skipped, the default limits, the configuration unnamed, records in the API's format. */
    public static final Options DEFAULTS = new Options(false, CorpusReader.Limits.DEFAULTS, "");

    public Options(boolean full, CorpusReader.Limits limits, String configuration) {
      this(full, limits, configuration, RecordFields.OWN);
    }
  }

  /** Where an index run is: files and bytes read of all there are, documents written and passed over. */
  public record Progress(int filesDone, int files, long bytesDone, long bytes, int indexed, int unchanged, int skipped) {}

  /** Cleans, extracts and stores one document (durable and searchable after the store's next commit). */
  public CleanArticle index(RawDocument raw) throws RejectedException, IOException {
    return index(raw, null, store::put);
  }

  /**
   * Cleans, extracts and stores one document, committed before it returns ({@link
   * ArticleStore#putNow}): the write API's path.
   */
  public CleanArticle add(RawDocument raw) throws RejectedException, IOException {
    return index(raw, null, store::putNow);
  }

  /** Deletes one document, committed before it returns ({@link ArticleStore#deleteNow}); false when there was none. */
  public boolean delete(String id) throws IOException {
    return store.deleteNow(id);
  }

  /** How a document goes into the store: with the next commit, or committed at once. */
  private interface Write {
    void accept(ArticleToStore article) throws IOException;
  }

  private CleanArticle index(RawDocument raw, String contentHash, Write write) throws RejectedException, IOException {
    CleanArticle article;
    try {
      article = cleaner.clean(raw);
    } catch (HtmlText.TooSlow e) {
      throw new RejectedException(e.getMessage());
    }
    if (BlankText.isBlank(article.body()) && BlankText.isBlank(article.title())) {
      throw new RejectedException(BlankText.isBlank(article.raw()) ? "empty body" : "no article text left after cleaning");
    }
    // the stemmed title and body are analysed once: the topic classifier reads them, the store
    // replays them
    try (TokenStream title = new IndexTokenCache(stemmer.tokenStream("title", article.title()));
        TokenStream body = new IndexTokenCache(stemmer.tokenStream("body", article.body()))) {
      Entities entities = extractor.extract(article, title, body);
      write.accept(new ArticleToStore(article, entities, contentHash, title, body));
    }
    return article;
  }

  /** Indexes every file under {@code paths} with the default options; see {@link #run(List, Options, Consumer)}. */
  public IndexSummary run(List<Path> paths, Consumer<Progress> progress) throws IOException {
    return run(paths, Options.DEFAULTS, progress);
  }

  /**
   * Indexes every file under {@code paths} and commits once at the end. Unless {@code
   * options.full()}, what is indexed as it is stays untouched: a file with the size and time it
   * had when a run read it is not read, and a record whose id the index holds with the same
   * content hash is not rewritten. An id met twice keeps its first document. {@code progress}
   * hears after each file and as a large file is read.
   */
  public IndexSummary run(List<Path> paths, Options options, Consumer<Progress> progress) throws IOException {
    List<IndexSummary.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    List<IndexSummary.Duplicate> duplicates = Collections.synchronizedList(new ArrayList<>());
    List<IndexSummary.Skipped> unreadDates = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger indexed = new AtomicInteger();
    AtomicInteger unchangedRecords = new AtomicInteger();
    int unchangedFiles = 0;
    CorpusReader.Sink walkSink = skippingSink(skipped);
    List<CorpusReader.Input> inputs = CorpusReader.inputs(paths, walkSink);
    long bytes = inputs.stream().mapToLong(CorpusReader.Input::size).sum();
    InputManifest manifest = InputManifest.load(manifestFolder, options.configuration());
    CorpusReader reader = new CorpusReader(options.limits(), options.fields());
    Map<String, String> firstOrigin = new ConcurrentHashMap<>();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService workers =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 64),
            new ThreadPoolExecutor.CallerRunsPolicy());
    long[] bytesDone = {0};
    long[] fileBytes = {0};
    int[] filesDone = {0};
    Runnable report = () -> progress.accept(new Progress(filesDone[0], inputs.size(), bytesDone[0] + fileBytes[0], bytes,
        indexed.get(), unchangedRecords.get(), skipped.size()));
    CorpusReader.Sink sink =
        new CorpusReader.Sink() {
          @Override
          public void accept(RawDocument document) {
            String earlier = firstOrigin.putIfAbsent(document.id(), document.origin());
            if (earlier != null) {
              duplicates.add(new IndexSummary.Duplicate(document.id(), earlier, document.origin()));
              return;
            }
            workers.execute(
                () -> {
                  try {
                    String hash = contentHash(document, options.configuration());
                    if (!options.full() && store.contentHash(document.id()).filter(hash::equals).isPresent()) {
                      unchangedRecords.incrementAndGet();
                      return;
                    }
                    CleanArticle article = index(document, hash, store::put);
                    indexed.incrementAndGet();
                    String date = document.metadata().get("published_at");
                    if (date != null && article.publishedAt() == null) {
                      unreadDates.add(new IndexSummary.Skipped(document.origin(), "date not read: '" + date + "'"));
                    }
                  } catch (RejectedException e) {
                    skipped.add(new IndexSummary.Skipped(document.origin(), e.getMessage()));
                  } catch (IOException | RuntimeException e) {
                    skipped.add(new IndexSummary.Skipped(document.origin(), "failed: " + e));
                  } catch (StackOverflowError e) {
                    skipped.add(new IndexSummary.Skipped(document.origin(), "failed: nested too deeply to read"));
                  }
                });
          }

          @Override
          public void skip(String origin, String reason) {
            walkSink.skip(origin, reason);
          }

          @Override
          public void progress(long bytesRead) {
            fileBytes[0] = bytesRead;
            report.run();
          }
        };
    try {
      for (CorpusReader.Input input : inputs) {
        if (!options.full() && manifest.unchanged(input)) {
          unchangedFiles++;
        } else {
          reader.read(input, sink);
          manifest.read(input);
        }
        fileBytes[0] = 0;
        bytesDone[0] += input.size();
        filesDone[0]++;
        report.run();
      }
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
    }
    store.commit();
    manifest.save(manifestFolder);
    report.run();
    return new IndexSummary(indexed.get(), unchangedFiles, unchangedRecords.get(), skipped, duplicates, unreadDates);
  }

  private static CorpusReader.Sink skippingSink(List<IndexSummary.Skipped> skipped) {
    return new CorpusReader.Sink() {
      @Override
      public void accept(RawDocument document) {
        throw new IllegalStateException("listing files reads no document");
      }

      @Override
      public void skip(String origin, String reason) {
        skipped.add(new IndexSummary.Skipped(origin, reason));
      }
    };
  }

  /** The input as read and the configuration it is indexed with: equal hashes index equally. */
  private static String contentHash(RawDocument document, String configuration) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(configuration.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(document.format().name().getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> field : new TreeMap<>(document.metadata()).entrySet()) {
        digest.update((byte) 0);
        digest.update(field.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '=');
        digest.update(field.getValue().getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0);
      digest.update(document.content());
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitQuietly(ExecutorService workers) {
    try {
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: a large corpus may take longer than a minute
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("indexing interrupted", e));
    }
  }
}
