package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips stacked Arabic proclitics (و/ف, ب/ك/ل, ال) with {@link ArabicLightStemmer}; keywords
 * pass untouched. Protected words keep their first letters ("وزير" is not و + "زير").
 */
public final class ArabicProcliticFilter extends TokenFilter {
  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ArabicProcliticFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemmer.stripProclitics(term.buffer(), term.length()));
    }
    return true;
  }
}
