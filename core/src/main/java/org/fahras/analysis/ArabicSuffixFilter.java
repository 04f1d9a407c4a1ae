package org.fahras.analysis;

import org.apache.lucene.analysis.TokenStream;

/** Strips Arabic pronoun and inflectional suffixes with {@link ArabicLightStemmer}; keywords pass untouched. */
public final class ArabicSuffixFilter extends LightStemStepFilter {
  public ArabicSuffixFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input, stemmer);
  }

  @Override
  int step(char[] buffer, int length) {
    return stemmer.stripSuffixes(buffer, length);
  }
}
