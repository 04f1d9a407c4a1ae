package org.fahras.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * The Lucene index on disk: one writer, and a {@link SearcherManager} over it for near-real-time
 * search. A document's id is unique: adding a document with a known id replaces the old one.
 *
 * <p>When storage fails (a full disk), the write that hit it fails with a {@link
 * StorageFailedException}, the failure is logged and kept for {@link #failure()} until a commit
 * succeeds again, and searches go on over what was committed. A writer that closed itself on the
 * failure is replaced by {@link #reopenIfFailed()}, which opens a new one on the last commit.
 */
public final class IndexStore implements Closeable {
  private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

  private final Directory directory;
  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;
  private volatile Writer current;
  private volatile String failure;

  /** A writer and the searchers over it, replaced together. */
  private record Writer(IndexWriter writer, SearcherManager searchers) {
    boolean closed() {
      return !writer.isOpen() || writer.getTragicException() != null;
    }
  }

  /** Storage failed under a write: a full disk, an unwritable folder. The message says what happened. */
  public static final class StorageFailedException extends IOException {
    StorageFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private IndexStore(Directory directory, Analyzer analyzer, FacetsConfig facetsConfig) throws IOException {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
    this.directory = directory;
    this.current = openWriter();
  }

  private Writer openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    IndexWriter writer = new IndexWriter(directory, config);
    SearcherManager searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, facetsConfig);
              }
            });
    return new Writer(writer, searchers);
  }

  public static IndexStore open(Path path, Analyzer analyzer) throws IOException {
    return open(FSDirectory.open(path), analyzer);
  }

  /** The index in {@code directory}, which the store closes with itself. */
  public static IndexStore open(Directory directory, Analyzer analyzer) throws IOException {
    return new IndexStore(directory, analyzer, Fields.facetsConfig());
  }

  /** The folder the index lives in; only an index opened on a folder has one. */
  public Path folder() {
    if (FilterDirectory.unwrap(directory) instanceof FSDirectory fs) {
      return fs.getDirectory();
    }
    throw new IllegalStateException("this index is not kept in a folder");
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
    Writer w = current;
    try {
      w.writer().updateDocument(new Term(Fields.ID, id), doc);
    } catch (IOException | AlreadyClosedException e) {
      throw failed("adding a document", e);
    }
  }

  /** Deletes the document with this id; returns whether one was there. */
  public boolean delete(String id) throws IOException {
    boolean existed = contains(id);
    Writer w = current;
    try {
      w.writer().deleteDocuments(new Term(Fields.ID, id));
    } catch (IOException | AlreadyClosedException e) {
      throw failed("deleting a document", e);
    }
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
    Writer w = current;
    try {
      w.writer().commit();
    } catch (IOException | AlreadyClosedException e) {
      throw failed("committing", e);
    }
    if (failure != null) {
      failure = null;
      LOG.info("index storage works again: a commit succeeded");
    }
  }

  /** Makes everything added so far visible to new searches. */
  public void refresh() throws IOException {
    try {
      current.searchers().maybeRefreshBlocking();
    } catch (IOException | AlreadyClosedException e) {
      throw failed("refreshing the searchers", e);
    }
  }

  /**
   * After a storage failure that closed the writer, a new writer on the last commit: what was
   * written since that commit is gone (no write of it was acknowledged). Fails again, and says so,
   * while storage still fails.
   */
  public synchronized void reopenIfFailed() throws IOException {
    Writer old = current;
    if (!old.closed()) {
      return;
    }
    Writer reopened;
    try {
      old.writer().rollback(); // releases the write lock of a writer that closed itself
      reopened = openWriter();
    } catch (IOException | RuntimeException e) {
      throw failed("reopening the index writer", e);
    }
    current = reopened;
    old.searchers().close();
    LOG.warning("index writer reopened on the last commit after a storage failure");
  }

  /**
   * Drops every change since the last commit and closes the writer, after a write whose commit
   * failed: what the caller was told failed then never appears later. The next {@link
   * #reopenIfFailed} opens a new writer.
   */
  public synchronized void discardUncommitted() {
    try {
      current.writer().rollback();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not roll the index writer back", e);
    }
  }

  /** Why the last write failed, while storage has not worked since; empty when it works. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  private StorageFailedException failed(String doing, Exception e) {
    Throwable cause = current.writer().getTragicException() != null ? current.writer().getTragicException() : e;
    failure = "the index storage failed while " + doing + ": " + cause.getMessage();
    LOG.log(Level.WARNING, failure + "; writes fail until storage works again, searches read the last commit", e);
    return new StorageFailedException(failure, e);
  }

  public FacetedSearcher acquire() throws IOException {
    while (true) {
      Writer w = current;
      try {
        return (FacetedSearcher) w.searchers().acquire();
      } catch (AlreadyClosedException e) {
        if (w == current) {
          throw e;
        } // else the writer was reopened meanwhile: its successor's searchers serve
      }
    }
  }

  /** Releases a searcher of {@link #acquire}, also one acquired before the writer was reopened. */
  public void release(FacetedSearcher searcher) throws IOException {
    searcher.getIndexReader().decRef();
  }

  @Override
  public void close() throws IOException {
    Writer w = current;
    w.searchers().close();
    if (w.closed()) {
      w.writer().rollback();
    } else {
      w.writer().close(); // commits pending changes
    }
    directory.close();
  }
}
