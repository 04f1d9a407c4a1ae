package org.fahras.model;

import java.util.List;

/**
 * What the extractor found in one clean article; each list holds a value at most once.
 *
 * @param names every known spelling of the officials found, so that a search for one spelling
 *     finds the article that used another
 */
public record Entities(List<FacetValue> countries, List<FacetValue> officials, List<FacetValue> topics, List<String> names) {
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of(), List.of());

  public Entities {
    countries = List.copyOf(countries);
    officials = List.copyOf(officials);
    topics = List.copyOf(topics);
    names = names == null ? List.of() : List.copyOf(names);
  }
}
