package org.fahras.analysis;

/**
 * The three forms in which the same stored text is indexed, from strictest to most forgiving. A
 * query's {@code mode} picks the form it searches; in stemmed mode the stricter forms boost.
 */
public enum TextForm {
  /** The words as written, only lower-cased. */
  EXACT,
  /** Orthography folded: hamza and alef forms, ى/ي, ة/ه, diacritics, tatweel, digits. */
  NORMALIZED,
  /** Normalised, stopwords removed, clitics and inflectional affixes stripped. */
  STEMMED
}
