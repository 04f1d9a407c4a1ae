package org.fahras.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Where the indexing pipeline keeps articles, and the write API changes them. The embedded engine
 * ({@link org.fahras.lucene.IndexStore}) writes the Lucene index on this machine; another backend
 * implements this interface and {@link ArticleSearch} in a package of its own.
 *
 * <p>Changes are made durable and searchable by a commit: {@link #commit} after a batch, or one
 * change at a time with {@link #putNow} and {@link #deleteNow}. When storage fails (a full disk),
 * writes fail with {@link StorageFailedException} and {@link #failure} says why until a commit
 * succeeds again; searches go on over what was committed.
 */
public interface ArticleStore extends Closeable {
  /** Adds the article, or replaces the one with its id; durable and searchable after {@link #commit}. */
  void put(ArticleToStore article) throws IOException;

  /** Deletes the article with this id, after {@link #commit}; answers whether one was there. */
  boolean delete(String id) throws IOException;

  /** Makes every change so far durable and searchable. */
  void commit() throws IOException;

  /**
   * Adds or replaces one article and commits it, one such change at a time: durable and searchable
   * when it returns. If storage fails, nothing of the change is kept (a failure means nothing was
   * written) and the next change tries the storage again.
   */
  void putNow(ArticleToStore article) throws IOException;

  /** Deletes one article and commits it, as {@link #putNow}; false, and nothing written, when there was none. */
  boolean deleteNow(String id) throws IOException;

  /**
   * The content hash stored with the article of this id ({@link ArticleToStore#contentHash}), as of
   * the last commit; empty when there is no such article or it has none.
   */
  Optional<String> contentHash(String id) throws IOException;

  /** Why the last write failed, while storage has not worked since; empty when it works. */
  Optional<String> failure();
}
