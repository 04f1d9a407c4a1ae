package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Strips Arabic pronoun and inflectional suffixes with {@link ArabicLightStemmer}; keywords pass untouched. */
public final class ArabicSuffixFilter extends TokenFilter {
  private final ArabicLightStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ArabicSuffixFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemmer.stripSuffixes(term.buffer(), term.length()));
    }
    return true;
  }
}
