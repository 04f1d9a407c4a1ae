package org.fahras.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.TextForm;

/**
 * One search, as the API and the CLI ask for it. Values within a facet are ORed, facets are ANDed;
 * {@code exclude} removes documents having any of the values.
 *
 * @param query the user's query text (may be empty: then every document matches)
 * @param mode which indexed form to search
 * @param operator how many of the query's words an article must have
 * @param filters selected facet values by dimension
 * @param excludes excluded facet values by dimension
 * @param from earliest publication time, or null
 * @param to latest publication time, or null
 * @param sort result order
 * @param page 1-based page number
 * @param perPage hits per page
 * @param facets dimensions to count
 * @param facetSize values to return per dimension
 * @param facetSizes values to return for particular dimensions, instead of {@code facetSize}
 * @param snippets whether to build highlighted snippets
 * @param snippetSize goal length of one passage, in characters
 */
public record SearchRequest(
    String query,
    TextForm mode,
    Operator operator,
    Map<String, List<String>> filters,
    Map<String, List<String>> excludes,
    Instant from,
    Instant to,
    SortOrder sort,
    int page,
    int perPage,
    List<String> facets,
    int facetSize,
    Map<String, Integer> facetSizes,
    boolean snippets,
    int snippetSize) {

  public enum SortOrder {
    RELEVANCE,
    DATE_DESC,
    DATE_ASC
  }

  /**
   * How many of the query's words an article must have: every one ({@code AND}), any one ({@code
   * OR}), or, by default, {@code AUTO}: every word of a short query, most words of a long one
   * ({@link org.fahras.lucene.QueryBuilder#minimumShouldMatch}).
   */
  public enum Operator {
    AUTO,
    AND,
    OR
  }

  public SearchRequest {
    filters = Map.copyOf(filters);
    excludes = Map.copyOf(excludes);
    facets = List.copyOf(facets);
    facetSizes = Map.copyOf(facetSizes);
  }

  /** How many values to return for {@code dim}. */
  public int facetSize(String dim) {
    return facetSizes.getOrDefault(dim, facetSize);
  }

  /** A plain query with the defaults of the API. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, TextForm.STEMMED, Operator.AUTO, Map.of(), Map.of(), null, null, SortOrder.RELEVANCE, 1, 10,
        List.of("country", "official", "topic", "source"), 10, Map.of(), true, 160);
  }

  public SearchRequest withFilters(Map<String, List<String>> newFilters) {
    return new SearchRequest(
        query, mode, operator, newFilters, excludes, from, to, sort, page, perPage, facets,
        facetSize, facetSizes, snippets, snippetSize);
  }

  public SearchRequest withPage(int newPage, int newPerPage) {
    return new SearchRequest(
        query, mode, operator, filters, excludes, from, to, sort, newPage, newPerPage, facets,
        facetSize, facetSizes, snippets, snippetSize);
  }

  public SearchRequest withMode(TextForm newMode) {
    return new SearchRequest(
        query, newMode, operator, filters, excludes, from, to, sort, page, perPage, facets,
        facetSize, facetSizes, snippets, snippetSize);
  }

  public SearchRequest withOperator(Operator newOperator) {
    return new SearchRequest(
        query, mode, newOperator, filters, excludes, from, to, sort, page, perPage, facets,
        facetSize, facetSizes, snippets, snippetSize);
  }

  /** The same search without facet counts and snippets: the ranked hits only. */
  public SearchRequest withoutExtras() {
    return new SearchRequest(
        query, mode, operator, filters, excludes, from, to, sort, page, perPage, List.of(),
        facetSize, facetSizes, false, snippetSize);
  }
}
