package org.fahras.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchResponse.FacetCount;

/**
 * What the web page, the JSON API and the command line ask of the search engine. The embedded
 * engine ({@link org.fahras.lucene.SearchService}) answers from the Lucene index on this machine;
 * another backend implements this interface and {@link ArticleStore} in a package of its own and
 * fills the same plain request and result types.
 *
 * <p>A query the engine cannot run fails with {@link InvalidQueryException} or {@link
 * QueryTooComplexException}, whose messages the API shows the caller.
 */
public interface ArticleSearch {
  /** One page of hits with their snippets, the facet counts (multi-select) and what was searched. */
  SearchResponse search(SearchRequest request) throws IOException;

  /**
   * Every hit of a search in its order, page by page, past the deepest page {@link #search}
   * reaches (an export). The query is checked, and the hits counted, when the stream opens.
   */
  HitStream stream(SearchRequest request) throws IOException;

  /**
   * Every value of each of {@code dims}, counted over the search as its facet list counts it (a
   * dimension's counts ignore its own selection), labelled, and flagged selected or excluded as the
   * request has it; in the engine's order. A dimension without values maps to an empty list.
   */
  Map<String, List<FacetCount>> facetValues(List<String> dims, SearchRequest request) throws IOException;

  /** The label the page shows for a facet dimension ({@code index-config/facets.tsv}). */
  String facetLabel(String dim);

  /**
   * A stored article with its entities, and every match of {@code query} (searched in {@code mode})
   * in its title and body; empty when no article has this id.
   */
  Optional<DocumentView> document(String id, String query, TextForm mode) throws IOException;

  /** How many articles are searchable now. */
  int documentCount() throws IOException;
}
