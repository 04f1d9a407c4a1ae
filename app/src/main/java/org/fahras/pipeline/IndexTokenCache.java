package org.fahras.pipeline;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * A token stream read more than once, as Lucene's {@code CachingTokenFilter} is: the first {@code
 * incrementToken} reads the whole input, later passes replay it. It keeps only what the index
 * writer reads of a token (the term, its position increment and its offsets) in flat arrays, where
 * {@code CachingTokenFilter} clones every attribute of every token and looks each one up again to
 * restore it, which costs more than the replay is worth on every article.
 * Type, keyword flag, payload and term frequency are not replayed: the input must not rely on them
 * reaching the index.
 */
final class IndexTokenCache extends TokenFilter {
  /** Per token: where its term ends in {@link #chars}, position increment, start and end offsets. */
  private static final int SLOTS = 4;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private char[] chars = new char[1024];
  private int charCount;
  private int[] tokens = new int[SLOTS * 256];
  private int tokenCount;
  /** The input's state after its {@code end()}: trailing position increment and final offsets. */
  private int endIncrement;
  private int endStart;
  private int endOffset;
  private boolean filled;
  private int next;

  IndexTokenCache(TokenStream input) {
    super(input);
  }

  @Override
  public void reset() throws IOException {
    if (!filled) {
      input.reset();
    }
    next = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!filled) {
      fill();
    }
    if (next == tokenCount) {
      return false;
    }
    int slot = SLOTS * next;
    int from = next == 0 ? 0 : tokens[slot - SLOTS];
    term.copyBuffer(chars, from, tokens[slot] - from);
    increment.setPositionIncrement(tokens[slot + 1]);
    offset.setOffset(tokens[slot + 2], tokens[slot + 3]);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    if (!filled) {
      fill();
    }
    increment.setPositionIncrement(endIncrement);
    offset.setOffset(endStart, endOffset);
  }

  private void fill() throws IOException {
    while (input.incrementToken()) {
      int length = term.length();
      chars = ArrayUtil.grow(chars, charCount + length);
      System.arraycopy(term.buffer(), 0, chars, charCount, length);
      charCount += length;
      tokens = ArrayUtil.grow(tokens, SLOTS * (tokenCount + 1));
      int slot = SLOTS * tokenCount++;
      tokens[slot] = charCount;
      tokens[slot + 1] = increment.getPositionIncrement();
      tokens[slot + 2] = offset.startOffset();
      tokens[slot + 3] = offset.endOffset();
    }
    input.end();
    endIncrement = increment.getPositionIncrement();
    endStart = offset.startOffset();
    endOffset = offset.endOffset();
    filled = true;
  }
}
