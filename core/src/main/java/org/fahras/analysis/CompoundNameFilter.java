package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a compound name written joined into the two words news also writes apart ("عبدالعزيز" →
 * "عبد" "العزيز"; see {@link CompoundNames}), so both spellings give the same tokens and a phrase
 * "عبد العزيز" finds "عبدالعزيز". Runs on the words as written, before normalisation; the second
 * word takes the next position, and each part's offsets cover its own letters of the original.
 * The exact form leaves the words as written.
 */
public final class CompoundNameFilter extends TokenFilter {
  private final CompoundNames names;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private State pending;
  private String second;
  private int secondStart;

  public CompoundNameFilter(TokenStream input, CompoundNames names) {
    super(input);
    this.names = names;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      int end = offset.endOffset();
      offset.setOffset(Math.min(secondStart, end), end);
      term.setEmpty().append(second);
      position.setPositionIncrement(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int split = names.splitPoint(term.buffer(), term.length());
    if (split > 0) {
      int start = offset.startOffset();
      int end = offset.endOffset();
      // offsets split with the letters only when the token is the text as written (no char filter
      // changed its length); otherwise both parts keep the whole word's offsets
      boolean asWritten = end - start == term.length();
      second = new String(term.buffer(), split, term.length() - split);
      secondStart = asWritten ? start + split : start;
      pending = captureState();
      term.setLength(split);
      offset.setOffset(start, asWritten ? start + split : end);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
