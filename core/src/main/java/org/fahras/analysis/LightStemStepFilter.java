package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** What the proclitic and suffix filters share: one step of {@link ArabicLightStemmer} on every non-keyword token. */
abstract class LightStemStepFilter extends TokenFilter {
  protected final ArabicLightStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  LightStemStepFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  /** The step: rewrites {@code buffer[0..length)} in place and returns the new length. */
  abstract int step(char[] buffer, int length);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(step(term.buffer(), term.length()));
    }
    return true;
  }
}
