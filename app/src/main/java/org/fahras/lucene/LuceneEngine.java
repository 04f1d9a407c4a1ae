package org.fahras.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalysisResources;
import org.fahras.search.FacetLabels;

/**
 * The embedded engine: a Lucene index in one folder of this machine, written by its {@link
 * IndexStore} and searched by its {@link SearchService}, both with the analysers of {@link Fields}.
 */
public final class LuceneEngine implements Closeable {
  private final IndexStore store;
  private final SearchService search;

  private LuceneEngine(IndexStore store, AnalysisResources resources, FacetLabels labels) {
    this.store = store;
    this.search = new SearchService(store, new QueryBuilder(store.analyzer(), Fields.rankingAnalyzer(resources)), labels);
  }

  /** The index in {@code folder}, created if new. */
  public static LuceneEngine open(Path folder, AnalysisResources resources, FacetLabels labels) throws IOException {
    return open(FSDirectory.open(folder), resources, labels);
  }

  /** The index in {@code directory}, which the engine closes with itself. */
  public static LuceneEngine open(Directory directory, AnalysisResources resources, FacetLabels labels) throws IOException {
    return new LuceneEngine(IndexStore.open(directory, Fields.analyzer(resources)), resources, labels);
  }

  public IndexStore store() {
    return store;
  }

  public SearchService search() {
    return search;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
