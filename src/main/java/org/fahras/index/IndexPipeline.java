package org.fahras.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.fahras.clean.Cleaner;
import org.fahras.clean.CorpusReader;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.RawDocument;

/**
 * The whole indexing path for one document: clean → extract → build → write. Runs documents in
 * parallel on every core; the writer is thread-safe, and a document that fails is reported and
 * skipped without stopping the run.
 */
public final class IndexPipeline {
  private final Cleaner cleaner;
  private final EntityExtractor extractor;
  private final DocumentBuilder builder;
  private final IndexStore store;

  public IndexPipeline(Cleaner cleaner, EntityExtractor extractor, IndexStore store) {
    this.cleaner = cleaner;
    this.extractor = extractor;
    this.store = store;
    this.builder = new DocumentBuilder(store.facetsConfig());
  }

  /** Why a document could not be indexed: a user-facing reason, not a crash. */
  public static final class RejectedException extends Exception {
    public RejectedException(String reason) {
      super(reason);
    }
  }

  /** Cleans, extracts and writes one document (visible after the next refresh). */
  public CleanArticle index(RawDocument raw) throws RejectedException, IOException {
    CleanArticle article = cleaner.clean(raw);
    if (article.body().isBlank() && article.title().isBlank()) {
      throw new RejectedException("no article text left after cleaning");
    }
    // the stemmed title and body are analysed once: the topic classifier reads them, the index
    // replays them
    Analyzer analyzer = store.analyzer();
    try (TokenStream title = new IndexTokenCache(analyzer.tokenStream(Fields.TITLE, article.title()));
        TokenStream body = new IndexTokenCache(analyzer.tokenStream(Fields.BODY, article.body()))) {
      Entities entities = extractor.extract(article, title, body);
      store.put(article.id(), builder.build(article, entities, title, body));
    }
    return article;
  }

  /**
   * Indexes every file under {@code paths} and commits once at the end. {@code progress} hears
   * the number of files done after each file.
   */
  public IndexSummary run(List<Path> paths, IntConsumer progress) throws IOException {
    List<Path> files = CorpusReader.files(paths);
    CorpusReader reader = new CorpusReader();
    AtomicInteger indexed = new AtomicInteger();
    List<IndexSummary.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService workers =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 64),
            new ThreadPoolExecutor.CallerRunsPolicy());
    CorpusReader.Sink sink =
        new CorpusReader.Sink() {
          @Override
          public void accept(RawDocument document) {
            workers.execute(
                () -> {
                  try {
                    index(document);
                    indexed.incrementAndGet();
                  } catch (RejectedException e) {
                    skipped.add(new IndexSummary.Skipped(document.origin(), e.getMessage()));
                  } catch (IOException | RuntimeException e) {
                    skipped.add(new IndexSummary.Skipped(document.origin(), "failed: " + e));
                  }
                });
          }

          @Override
          public void skip(String origin, String reason) {
            skipped.add(new IndexSummary.Skipped(origin, reason));
          }
        };
    try {
      for (int i = 0; i < files.size(); i++) {
        reader.read(files.get(i), sink);
        progress.accept(i + 1);
      }
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
    }
    store.commit();
    store.refresh();
    return new IndexSummary(indexed.get(), skipped);
  }

  /** The number of files {@link #run} will read, for a progress bar. */
  public static int countFiles(List<Path> paths) {
    return CorpusReader.files(paths).size();
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
