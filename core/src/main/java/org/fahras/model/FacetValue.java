package org.fahras.model;

/**
 * One value of a facet found in a document: a stable value (ISO code, official id, topic slug),
 * its human label, and how often the document mentions it (for ranking, not counting).
 */
public record FacetValue(String value, String label, int mentions) {}
