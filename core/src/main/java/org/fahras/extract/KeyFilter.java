package org.fahras.extract;

import java.util.BitSet;

/**
 * The keys of a gazetteer's map as one bit each in a small bit set (a Bloom filter with one hash):
 * a word whose bit is clear, most words of an article, is no key, told without reading the map's
 * buckets, nodes and keys, which lie all over the heap (the look-ups were a third of extraction's
 * CPU, mostly waiting on memory). A word's forms are asked by their hash ({@link
 * Words.Word#formHash}), so a form turned away is never made into a string. A set bit may be
 * another key's: only the map can say.
 */
final class KeyFilter {
  /** 2^16 bits (8 KB): a few thousand keys set a few percent of them. */
  private static final int BITS = 1 << 16;

  private final BitSet bits = new BitSet(BITS);

  void add(String key) {
    bits.set(bit(key.hashCode()));
  }

  /** False when the string is none of the keys added. */
  boolean mayContain(String word) {
    return mayContain(word.hashCode());
  }

  /** The same from the string's {@link String#hashCode}, for a word not cut into a string yet. */
  boolean mayContain(int hash) {
    return bits.get(bit(hash));
  }

  private static int bit(int hash) {
    return (hash ^ (hash >>> 16)) & (BITS - 1); // the high bits folded in, as HashMap does
  }
}
