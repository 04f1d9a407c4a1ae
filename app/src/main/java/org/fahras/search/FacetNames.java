package org.fahras.search;

import java.util.List;

/** The facet dimensions, as the API names them in {@code filter.<facet>}, {@code facets} and the answer. */
public final class FacetNames {
  public static final String COUNTRY = "country";
  public static final String OFFICIAL = "official";
  public static final String TOPIC = "topic";
  public static final String SOURCE = "source";
  /** Every dimension, in the order the API lists them. */
  public static final List<String> ALL = List.of(COUNTRY, OFFICIAL, TOPIC, SOURCE);

  private FacetNames() {}
}
