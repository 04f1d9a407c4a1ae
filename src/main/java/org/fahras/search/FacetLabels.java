package org.fahras.search;

import java.util.HashMap;
import java.util.Map;
import org.fahras.config.ConfigFiles;

/** Labels of the facet dimensions as the page and the API show them, from {@code index-config/facets.tsv}. */
public final class FacetLabels {
  private final Map<String, String> labels;

  public FacetLabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  public static FacetLabels load(ConfigFiles config) {
    Map<String, String> labels = new HashMap<>();
    for (String[] row : ConfigFiles.tableIfPresent(config.config("facets.tsv"))) {
      labels.put(row[0], row.length > 1 ? row[1] : row[0]);
    }
    return new FacetLabels(labels);
  }

  public String dimensionLabel(String dim) {
    return labels.getOrDefault(dim, dim);
  }
}
