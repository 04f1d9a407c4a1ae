package org.fahras.story;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fahras.analysis.ArabicNormalizer;

/**
 * What tells two articles apart as stories: a MinHash signature of the word shingles that open
 * the body. Papers retitle a wire story, cut its tail and change its dateline, but keep its first
 * paragraphs, so the title is left out and only the opening words count. Digits are words: a
 * daily report (prices, weather, prayer times) differs from yesterday's mostly in its numbers.
 *
 * <p>Two prints whose shingle sets overlap by at least half of the smaller one ({@link
 * #containment}) are copies of one story. Candidates are found through {@link #bands}: two prints
 * share a band key when {@value #ROWS} of their hashes agree at the same places, which makes the
 * look-up find almost every pair above that overlap while the pairs it wrongly proposes are
 * turned away by the containment test.
 *
 * @param hashes the signature: for each of {@value #HASHES} hash functions, its least value over
 *     the shingles
 * @param shingles how many distinct shingles the opening has
 */
public record StoryPrint(int[] hashes, int shingles) {
  /** Words of the body's opening that are shingled. */
  static final int WORDS = 120;
  /** Words per shingle. */
  static final int SHINGLE = 6;
  /** Below this many words an opening is too short to tell a copy from a template. */
  static final int MIN_WORDS = 25;
  static final int HASHES = 80;
  static final int ROWS = 2;

  public StoryPrint {
    if (hashes.length != HASHES) {
      throw new IllegalArgumentException("a story print has " + HASHES + " hashes, not " + hashes.length);
    }
  }

  /** The print of an article's body, or none when its opening is too short to print. */
  public static Optional<StoryPrint> of(String body) {
    List<String> words = openingWords(body);
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    int[] hashes = new int[HASHES];
    Arrays.fill(hashes, Integer.MAX_VALUE);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long shingle = 0x9E3779B97F4A7C15L;
      for (int k = i; k < i + SHINGLE; k++) {
        shingle = mix(shingle ^ words.get(k).hashCode());
      }
      if (!seen.add(shingle)) {
        continue;
      }
      for (int h = 0; h < HASHES; h++) {
        int value = (int) (mix(shingle + SEEDS[h]) >>> 33);
        if (value < hashes[h]) {
          hashes[h] = value;
        }
      }
    }
    return Optional.of(new StoryPrint(hashes, seen.size()));
  }

  /**
   * The keys under which this print is looked up: one per band of {@value #ROWS} hashes, with the
   * band's number, so that two prints share a key only when a whole band agrees.
   */
  public List<String> bands() {
    List<String> keys = new ArrayList<>(HASHES / ROWS);
    for (int b = 0; b < HASHES / ROWS; b++) {
      long band = b;
      for (int r = 0; r < ROWS; r++) {
        band = mix(band ^ hashes[b * ROWS + r]);
      }
      keys.add(Integer.toString(b, 36) + ':' + Long.toString(band >>> 16, 36));
    }
    return keys;
  }

  /**
   * The estimated share of the smaller opening's shingles that the other opening has too, from the
   * signatures' agreement (an estimate of the two sets' Jaccard similarity) and their sizes.
   */
  public double containment(StoryPrint other) {
    int same = 0;
    for (int h = 0; h < HASHES; h++) {
      if (hashes[h] == other.hashes[h]) {
        same++;
      }
    }
    double jaccard = same / (double) HASHES;
    double shared = jaccard * (shingles + other.shingles) / (1 + jaccard);
    return Math.min(1, shared / Math.min(shingles, other.shingles));
  }

  /** The print as bytes, to be stored beside the article. */
  public byte[] toBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(4 * (HASHES + 1));
    bytes.putInt(shingles);
    for (int hash : hashes) {
      bytes.putInt(hash);
    }
    return bytes.array();
  }

  /** A print from {@link #toBytes}. */
  public static StoryPrint fromBytes(byte[] stored) {
    ByteBuffer bytes = ByteBuffer.wrap(stored);
    int shingles = bytes.getInt();
    int[] hashes = new int[HASHES];
    for (int h = 0; h < HASHES; h++) {
      hashes[h] = bytes.getInt();
    }
    return new StoryPrint(hashes, shingles);
  }

  /** The body's first {@value #WORDS} words, normalised: letters and digits, nothing else. */
  static List<String> openingWords(String body) {
    List<String> words = new ArrayList<>(WORDS);
    char[] scratch = new char[64];
    int start = -1;
    for (int i = 0; i <= body.length() && words.size() < WORDS; i++) {
      boolean inWord = i < body.length() && isWordChar(body.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = ArabicNormalizer.normalize(body, start, i, scratch);
        if (!word.isEmpty()) {
          words.add(word);
        }
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A 64-bit finaliser (SplitMix64's): every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final long[] SEEDS = new long[HASHES];

  static {
    long seed = 0x2545F4914F6CDD1DL;
    for (int h = 0; h < HASHES; h++) {
      seed = mix(seed + h);
      SEEDS[h] = seed;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoryPrint print && shingles == print.shingles && Arrays.equals(hashes, print.hashes);
  }

  @Override
  public int hashCode() {
    return 31 * shingles + Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "StoryPrint[" + shingles + " shingles]";
  }
}
