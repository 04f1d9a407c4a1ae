package org.fahras.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Completes what a journalist types in the search box with the officials, countries and topics of
 * the index: values whose label starts with the text come before those matched further in, then
 * the most frequent, then Arabic alphabetical order.
 */
public final class Suggester {
  private final FacetValueSearch values;
  private final Comparator<FacetValueSearch.Found> ranking;

  public Suggester(FacetValueSearch values, FacetOrder order) {
    this.values = values;
    Comparator<FacetValueSearch.Found> labelStartFirst = Comparator.comparing(found -> found.match() != LabelPrefix.Match.LABEL_START);
    this.ranking = labelStartFirst.thenComparing(FacetValueSearch.Found::value, order.byCount());
  }

  /** One completion: the facet it belongs to, its value (for filter.&lt;facet&gt;), label and count. */
  public record Suggestion(String facet, String value, String label, long count) {}

  public List<Suggestion> suggest(String typed, List<String> facets, int size) throws IOException {
    return values.find(facets, LabelPrefix.of(typed), SearchRequest.of("")).stream()
        .sorted(ranking)
        .limit(size)
        .map(f -> new Suggestion(f.facet(), f.value().value(), f.value().label(), f.value().count()))
        .toList();
  }
}
