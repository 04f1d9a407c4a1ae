package org.fahras.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.fahras.search.ArticleStore;
import org.fahras.search.ArticleToStore;
import org.fahras.search.StorageFailedException;

/**
 * The Lucene index on disk, the embedded engine's {@link ArticleStore}: one writer, and a {@link
 * SearcherManager} over it for near-real-time search. A document's id is unique: adding a document
 * with a known id replaces the old one.
 *
 * <p>When storage fails (a full disk), the write that hit it fails with a {@link
 * StorageFailedException}, the failure is logged and kept for {@link #failure()} until a commit
 * succeeds again, and searches go on over what was committed. Before each change of {@link
 * #putNow} and {@link #deleteNow}, a writer that closed itself on a failure is replaced by a new
 * one on the last commit.
 */
public final class IndexStore implements ArticleStore {
  private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

  private final Directory directory;
  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;
  private final DocumentBuilder builder;
  /** The changes of {@link #putNow} and {@link #deleteNow} run one at a time, each committed before the next. */
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private volatile Writer current;
  private volatile String failure;

  /** A writer and the searchers over it, replaced together. */
  private record Writer(IndexWriter writer, SearcherManager searchers) {
    boolean closed() {
      return !writer.isOpen() || writer.getTragicException() != null;
    }
  }

  private IndexStore(Directory directory, Analyzer analyzer, FacetsConfig facetsConfig) throws IOException {
    this.analyzer = analyzer;
    this.facetsConfig = facetsConfig;
    this.directory = directory;
    this.builder = new DocumentBuilder(facetsConfig);
    this.current = openWriter();
  }

  private Writer openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IOException("the index folder is in use by another Fahras process (a running server?); stop it first", e);
    }
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

  /** True when {@code folder} holds a committed index. */
  public static boolean exists(Path folder) throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyser the index was written with; queries must use the same one. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * The article as the document of {@link Fields}: its stemmed title and body taken from the
   * pipeline's analysis where it hands them, with its content hash.
   */
  @Override
  public void put(ArticleToStore article) throws IOException {
    Document document = builder.build(article.article(), article.entities(), article.titleStems(), article.bodyStems());
    if (article.contentHash() != null) {
      document.add(new StoredField(Fields.CONTENT_HASH, article.contentHash()));
    }
    put(article.article().id(), document);
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

  @Override
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
  private boolean contains(String id) throws IOException {
    FacetedSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(Fields.ID, id))) > 0;
    } finally {
      release(searcher);
    }
  }

  /** Makes everything added so far durable, then visible to new searches. */
  @Override
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
    refresh();
  }

  @Override
  public void putNow(ArticleToStore article) throws IOException {
    oneAtATime(() -> {
      put(article);
      return true;
    });
  }

  @Override
  public boolean deleteNow(String id) throws IOException {
    return oneAtATime(() -> delete(id));
  }

  /** A change to the index, written and committed by {@link #oneAtATime}; answers whether it changed anything. */
  private interface Change {
    boolean apply() throws IOException;
  }

  /**
   * Applies a change and commits it, one change at a time. If storage fails, the change is
   * dropped with everything uncommitted (only this change, as each commits before the next), so a
   * failure means that nothing was written; the next change first reopens the writer.
   */
  private boolean oneAtATime(Change change) throws IOException {
    oneAtATime.lock();
    try {
      reopenIfFailed();
      boolean changed = change.apply();
      if (changed) {
        commit();
      }
      return changed;
    } catch (StorageFailedException e) {
      discardUncommitted();
      throw e;
    } finally {
      oneAtATime.unlock();
    }
  }

  @Override
  public Optional<String> contentHash(String id) throws IOException {
    FacetedSearcher searcher = acquire();
    try {
      if (searcher.getIndexReader().numDocs() == 0) {
        return Optional.empty();
      }
      TopDocs hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (hits.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(searcher.storedFields().document(hits.scoreDocs[0].doc, Set.of(Fields.CONTENT_HASH)).get(Fields.CONTENT_HASH));
    } finally {
      release(searcher);
    }
  }

  /** Makes everything added so far visible to new searches. */
  private void refresh() throws IOException {
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
  private synchronized void reopenIfFailed() throws IOException {
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
  private synchronized void discardUncommitted() {
    try {
      current.writer().rollback();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not roll the index writer back", e);
    }
  }

  @Override
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
