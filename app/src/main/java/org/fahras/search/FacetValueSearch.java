package org.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.search.SearchResponse.FacetCount;

/**
 * Searches within the values of facets: every value of a dimension counted over a search by the
 * engine ({@link ArticleSearch#facetValues}: the counts the facet list shows for the same search,
 * a dimension's counts ignoring its own selection), kept when its label or value starts with what
 * was typed ({@link LabelPrefix}).
 */
public final class FacetValueSearch {
  private final ArticleSearch search;
  private final FacetOrder order;

  public FacetValueSearch(ArticleSearch search, FacetOrder order) {
    this.search = search;
    this.order = order;
  }

  /** How to list the values found: most frequent first, or in Arabic alphabetical order. */
  public enum Order {
    COUNT,
    LABEL
  }

  /** The values of one dimension that match, with how many matched in all. */
  public record Values(String facet, String label, String prefix, String order, int total, List<FacetCount> values) {}

  /** A facet value that matched, and how: at the start of its label, or further in. */
  public record Found(String facet, FacetCount value, LabelPrefix.Match match) {}

  /** The first {@code size} values of {@code dim} matching {@code typed}, counted over {@code request}. */
  public Values values(String dim, String typed, SearchRequest request, int size, Order listOrder) throws IOException {
    Comparator<FacetCount> comparator = listOrder == Order.COUNT ? order.byCount() : order.byLabel();
    List<FacetCount> values = find(List.of(dim), LabelPrefix.of(typed), request).stream().map(Found::value).sorted(comparator).toList();
    return new Values(dim, search.facetLabel(dim), typed, listOrder.name().toLowerCase(Locale.ROOT),
        values.size(), values.subList(0, Math.min(size, values.size())));
  }

  /** Every value of the dimensions that matches, unordered. */
  List<Found> find(List<String> dims, LabelPrefix prefix, SearchRequest request) throws IOException {
    List<Found> found = new ArrayList<>();
    if (prefix.isEmpty()) {
      return found;
    }
    Map<String, List<FacetCount>> counted = search.facetValues(dims, request);
    for (String dim : dims) {
      for (FacetCount value : counted.getOrDefault(dim, List.of())) {
        LabelPrefix.Match match = prefix.match(value.value(), value.label());
        if (match != LabelPrefix.Match.NONE) {
          found.add(new Found(dim, value, match));
        }
      }
    }
    return found;
  }
}
