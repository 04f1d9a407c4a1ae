package org.fahras.search;

import java.io.IOException;
import java.util.List;
import org.fahras.search.SearchResponse.Hit;

/** The hits of one search, handed on a page at a time ({@link ArticleSearch#stream}); holds the engine's view of the index until closed. */
public interface HitStream extends AutoCloseable {
  /** What a stream hands on, one page of hits at a time. */
  interface PageSink {
    void accept(List<Hit> hits) throws IOException;
  }

  /** How many articles match. */
  int total();

  /** Hands the first {@code limit} hits to the sink in pages of the request's {@code perPage}; answers how many. */
  int forEach(int limit, PageSink sink) throws IOException;

  @Override
  void close() throws IOException;
}
