package org.fahras.model;

import java.util.List;

/** What the extractor found in one clean article; each list holds a value at most once. */
public record Entities(List<FacetValue> countries, List<FacetValue> officials, List<FacetValue> topics) {
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    countries = List.copyOf(countries);
    officials = List.copyOf(officials);
    topics = List.copyOf(topics);
  }
}
