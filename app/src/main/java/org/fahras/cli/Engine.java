package org.fahras.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.lucene.LuceneEngine;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.search.ArticleSearch;
import org.fahras.search.ArticleStore;
import org.fahras.search.FacetLabels;

/**
 * Every long-lived service of Fahras, built once from the configuration folders and an index
 * folder, and wired together in pipeline order: the embedded engine ({@link LuceneEngine}) behind
 * the search and store interfaces, and the pipeline that writes into it. The CLI, the server and
 * the tests start here; the analysis resources are loaded once, for the engine and the pipeline.
 */
public final class Engine implements Closeable {
  private final LuceneEngine lucene;
  private final IndexPipeline pipeline;

  private Engine(ConfigFiles config, Path indexDir) throws IOException {
    AnalysisResources resources = AnalysisResources.load(config);
    this.lucene = LuceneEngine.open(indexDir, resources, FacetLabels.load(config));
    this.pipeline = new IndexPipeline(Cleaner.load(config), EntityExtractor.load(config, resources), resources, lucene.store(), indexDir);
  }

  public static Engine open(ConfigFiles config, Path indexDir) throws IOException {
    return new Engine(config, indexDir);
  }

  public IndexPipeline pipeline() {
    return pipeline;
  }

  public ArticleSearch search() {
    return lucene.search();
  }

  public ArticleStore store() {
    return lucene.store();
  }

  /** The embedded engine itself, for what only it does (its searchers, its analysers). */
  public LuceneEngine lucene() {
    return lucene;
  }

  @Override
  public void close() throws IOException {
    lucene.close();
  }
}
