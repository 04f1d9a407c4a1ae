package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds accented Latin letters to ASCII (Café → cafe) with Lucene's {@link
 * ASCIIFoldingFilter#foldToASCII}, but only in tokens that hold Latin letters beyond ASCII: run on
 * every Arabic token, ASCIIFoldingFilter costs more than the rest of our chain together (measured
 * in docs/EVALUATION.md).
 */
public final class LatinFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[64];

  public LatinFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= '\u00C0' && buffer[i] < '\u0600') {
        output = ArrayUtil.grow(output, length * 4);
        int folded = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
        term.copyBuffer(output, 0, folded);
        break;
      }
    }
    return true;
  }
}
