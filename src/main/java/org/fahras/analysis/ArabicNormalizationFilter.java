package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicNormalizer} to each token: hamza and alef forms, ى/ي, ة/ه, diacritics,
 * tatweel, digits, bidi marks, presentation forms. Offsets are untouched, so they stay on the
 * original text.
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
    if (ArabicNormalizer.needsExpansion(term, term.length())) {
      term.setEmpty().append(ArabicNormalizer.unfoldPresentationForms(term.toString()));
    }
    term.setLength(ArabicNormalizer.normalize(term.buffer(), term.length()));
    return true;
  }
}
