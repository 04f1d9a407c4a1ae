package org.fahras.model;

/** The kinds of input Fahras reads; JSON Lines records become documents of one of these. */
public enum Format {
  TEXT,
  MARKDOWN,
  HTML
}
