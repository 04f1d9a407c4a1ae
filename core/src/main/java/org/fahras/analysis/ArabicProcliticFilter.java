package org.fahras.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * Strips stacked Arabic proclitics (و/ف, ب/ك/ل, ال) with {@link ArabicLightStemmer}; keywords
 * pass untouched. Protected words keep their first letters ("وزير" is not و + "زير").
 */
public final class ArabicProcliticFilter extends LightStemStepFilter {
  public ArabicProcliticFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input, stemmer);
  }

  @Override
  int step(char[] buffer, int length) {
    return stemmer.stripProclitics(buffer, length);
  }
}
