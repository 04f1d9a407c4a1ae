package org.fahras.search;

import java.util.HashMap;
import java.util.Map;
import org.fahras.config.ConfigFiles;

/**
 * Labels as the page and the API show them: of the facet dimensions, from {@code
 * index-config/facets.tsv}, and of the values whose label is configuration rather than extracted
 * with the article (sources, from {@code index-config/sources.tsv}).
 */
public final class FacetLabels {
  private final Map<String, String> labels;
  private final Map<String, String> sourceLabels;

  public FacetLabels(Map<String, String> labels, Map<String, String> sourceLabels) {
    this.labels = Map.copyOf(labels);
    this.sourceLabels = Map.copyOf(sourceLabels);
  }

  public static FacetLabels load(ConfigFiles config) {
    return new FacetLabels(table(config, "facets.tsv"), table(config, "sources.tsv"));
  }

  private static Map<String, String> table(ConfigFiles config, String file) {
    Map<String, String> labels = new HashMap<>();
    for (String[] row : ConfigFiles.tableIfPresent(config.config(file))) {
      labels.put(row[0], row.length > 1 && !row[1].isEmpty() ? row[1] : row[0]);
    }
    return labels;
  }

  public String dimensionLabel(String dim) {
    return labels.getOrDefault(dim, dim);
  }

  /** The configured label of a facet value, or null when its label comes with the articles. */
  public String valueLabel(String dim, String value) {
    return dim.equals(FacetNames.SOURCE) ? sourceLabels.get(value) : null;
  }
}
