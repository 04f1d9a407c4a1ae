package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicNormalizer} to each token: hamza and alef forms, ى/ي, ة/ه, diacritics,
 * tatweel, digits, bidi marks, presentation forms, and lower case. Offsets are untouched, so they
 * stay on the original text.
 */
public final class ArabicNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = ArabicNormalizer.normalize(term.buffer(), term.length());
    if (length < 0) { // rare: presentation forms, unfolded by NFKC
      String unfolded = ArabicNormalizer.unfoldPresentationForms(term.setLength(~length).toString());
      term.setEmpty().append(unfolded);
      length = ArabicNormalizer.normalizeUnfolded(term.buffer(), term.length());
    }
    term.setLength(length);
    return true;
  }
}
