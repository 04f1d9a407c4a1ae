package org.fahras.analysis;

/**
 * The first letters of every word of a set, as bits: a test that rejects most tokens before a hash
 * lookup in a word list, cheaper than the lookups it saves (the chain's throughput budget,
 * docs/EVALUATION.md). It tells whether a token can be one of the words or begin with one; it may
 * answer yes wrongly, never no wrongly. Three letters, because two are too few: "الله" alone would
 * let every word that starts with the article through.
 */
final class WordPrefixes {
  /** The first three letters of the words of three letters or more: 2^18 bits. */
  private final long[] triples = new long[1 << 12];
  /** The two letters of the words of two: 2^12 bits. */
  private final long[] pairs = new long[1 << 6];
  private boolean oneLetterWords;

  /** @param words the keys of a {@code CharArraySet} or {@code CharArrayMap} */
  WordPrefixes(Iterable<?> words) {
    for (Object word : words) {
      char[] w = word instanceof char[] chars ? chars : word.toString().toCharArray();
      if (w.length >= 3) {
        set(triples, key(w[0], w[1], w[2]));
      } else if (w.length == 2) {
        set(pairs, key(w[0], w[1]));
      } else if (w.length == 1) {
        oneLetterWords = true;
      }
    }
  }

  /** False when no word of the set is {@code s[offset..offset+len)} or begins it. */
  boolean mayStart(char[] s, int offset, int len) {
    return oneLetterWords
        || len >= 2 && isSet(pairs, key(s[offset], s[offset + 1]))
        || len >= 3 && isSet(triples, key(s[offset], s[offset + 1], s[offset + 2]));
  }

  /** 6 bits a letter: the low 6 bits tell the letters of the Arabic block apart. */
  private static int key(char a, char b) {
    return (a & 0x3F) << 6 | b & 0x3F;
  }

  private static int key(char a, char b, char c) {
    return key(a, b) << 6 | c & 0x3F;
  }

  private static void set(long[] bits, int key) {
    bits[key >>> 6] |= 1L << key;
  }

  private static boolean isSet(long[] bits, int key) {
    return (bits[key >>> 6] & 1L << key) != 0;
  }
}
