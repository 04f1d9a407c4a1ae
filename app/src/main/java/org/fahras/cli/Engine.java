package org.fahras.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.index.Fields;
import org.fahras.index.IndexPipeline;
import org.fahras.index.IndexStore;
import org.fahras.search.FacetLabels;
import org.fahras.search.QueryBuilder;
import org.fahras.search.SearchService;

/**
 * Every long-lived service of Fahras, built once from the configuration folders and an index
 * folder, and wired together in pipeline order. The CLI, the server and the tests start here.
 */
public final class Engine implements Closeable {
  private final IndexStore store;
  private final IndexPipeline pipeline;
  private final SearchService search;

  private Engine(ConfigFiles config, Path indexDir) throws IOException {
    AnalysisResources resources = AnalysisResources.load(config);
    this.store = IndexStore.open(indexDir, Fields.analyzer(resources));
    this.pipeline = new IndexPipeline(Cleaner.load(config), EntityExtractor.load(config), store);
    QueryBuilder queries = new QueryBuilder(store.analyzer(), Fields.rankingAnalyzer(resources));
    this.search = new SearchService(store, queries, FacetLabels.load(config));
  }

  public static Engine open(ConfigFiles config, Path indexDir) throws IOException {
    return new Engine(config, indexDir);
  }

  public IndexPipeline pipeline() {
    return pipeline;
  }

  public SearchService search() {
    return search;
  }

  public IndexStore store() {
    return store;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
