package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each (normalised) name token by its {@link NameSkeleton}, so that transliteration
 * variants of a name index and search as one term. Meant for the field that holds officials'
 * names only: on running text it would merge ordinary words.
 */
public final class NameSkeletonFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public NameSkeletonFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(NameSkeleton.skeleton(term.buffer(), term.length()));
    return true;
  }
}
