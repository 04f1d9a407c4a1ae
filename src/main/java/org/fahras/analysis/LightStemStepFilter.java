package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** What the proclitic and suffix filters share: one step of {@link ArabicLightStemmer} on every non-keyword token. */
abstract class LightStemStepFilter extends TokenFilter {
  protected final ArabicLightStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

  LightStemStepFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  /**
   * The step: rewrites {@code buffer[0..length)} in place and returns the new length; {@code
   * flags} are the token's (see {@link HamzaArticleFilter}).
   */
  abstract int step(char[] buffer, int length, int flags);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(step(term.buffer(), term.length(), flags.getFlags()));
    }
    return true;
  }
}
