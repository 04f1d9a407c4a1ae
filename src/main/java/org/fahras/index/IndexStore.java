package org.fahras.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index on disk: one writer, and a {@link SearcherManager} over it for near-real-time
 * search. A document's id is unique: adding a document with a known id replaces the old one.
 */
public final class IndexStore implements Closeable {
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;

  private IndexStore(Path path, Analyzer analyzer, FacetsConfig facetsConfig) throws IOException {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(directory, config);
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, facetsConfig);
              }
            });
  }

  public static IndexStore open(Path path, Analyzer analyzer) throws IOException {
    return new IndexStore(path, analyzer, Fields.facetsConfig());
  }

  /** The folder the index lives in. */
  public Path folder() {
    return directory.getDirectory();
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyser the index was written with; queries must use the same one. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Adds or replaces the document with the same id. */
  public void put(String id, Document doc) throws IOException {
    writer.updateDocument(new Term(Fields.ID, id), doc);
  }

  /** Deletes the document with this id; returns whether one was there. */
  public boolean delete(String id) throws IOException {
    boolean existed = contains(id);
    writer.deleteDocuments(new Term(Fields.ID, id));
    return existed;
  }

  /** True when a searchable document has this id (after the last refresh). */
  public boolean contains(String id) throws IOException {
    FacetedSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(Fields.ID, id))) > 0;
    } finally {
      release(searcher);
    }
  }

  /** Makes everything added so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Makes everything added so far visible to new searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  public FacetedSearcher acquire() throws IOException {
    return (FacetedSearcher) searchers.acquire();
  }

  public void release(FacetedSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close(); // commits pending changes
    directory.close();
  }
}
