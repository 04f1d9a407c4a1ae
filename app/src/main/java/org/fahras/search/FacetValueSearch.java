package org.fahras.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.fahras.index.FacetedSearcher;
import org.fahras.index.IndexStore;
import org.fahras.search.SearchResponse.FacetCount;

/**
 * Searches within the values of facets: every value of a dimension counted by Lucene's
 * drill-sideways over a search (so the counts are those the facet list shows for the same search:
 * a dimension's counts ignore its own selection), kept when its label or value starts with what
 * was typed ({@link LabelPrefix}).
 */
public final class FacetValueSearch {
  private final SearchService search;
  private final FacetOrder order;

  public FacetValueSearch(SearchService search, FacetOrder order) {
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
    return new Values(dim, search.facetLabels().dimensionLabel(dim), typed, listOrder.name().toLowerCase(Locale.ROOT),
        values.size(), values.subList(0, Math.min(size, values.size())));
  }

  /** Every value of the dimensions that matches, unordered. */
  List<Found> find(List<String> dims, LabelPrefix prefix, SearchRequest request) throws IOException {
    List<Found> found = new ArrayList<>();
    if (prefix.isEmpty()) {
      return found;
    }
    IndexStore store = search.store();
    FacetedSearcher searcher = store.acquire();
    try {
      if (searcher.facetState() == null) {
        return found;
      }
      // the hits are not needed, only the counts that come with them
      Facets facets = new DrillSideways(searcher, store.facetsConfig(), searcher.facetState()).search(search.drillDown(request, searcher.getIndexReader()), 1).facets;
      for (String dim : dims) {
        List<String> selected = request.filters().getOrDefault(dim, List.of());
        List<String> excluded = request.excludes().getOrDefault(dim, List.of());
        for (LabelAndValue lv : allChildren(facets, dim)) {
          String label = search.valueLabel(searcher, dim, lv.label);
          LabelPrefix.Match match = prefix.match(lv.label, label);
          if (match != LabelPrefix.Match.NONE) {
            FacetCount value = new FacetCount(lv.label, label, lv.value.longValue(), selected.contains(lv.label), excluded.contains(lv.label));
            found.add(new Found(dim, value, match));
          }
        }
      }
      return found;
    } finally {
      store.release(searcher);
    }
  }

  private static LabelAndValue[] allChildren(Facets facets, String dim) throws IOException {
    try {
      FacetResult result = facets.getAllChildren(dim);
      return result == null ? new LabelAndValue[0] : result.labelValues;
    } catch (IllegalArgumentException dimensionNeverIndexed) {
      return new LabelAndValue[0];
    }
  }
}
