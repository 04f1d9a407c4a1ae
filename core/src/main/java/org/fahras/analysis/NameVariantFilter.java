package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds spelling variants of names to one form (سوريه → سوريا) and marks the result a keyword, so
 * no suffix is cut from it. Lucene's StemmerOverrideFilter does the same with an FST; a hash map is
 * faster for a short list and kept our chain within its throughput budget (docs/EVALUATION.md).
 */
public final class NameVariantFilter extends TokenFilter {
  private final CharArrayMap<String> variants;
  private final WordPrefixes variantPrefixes;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** @param variants normalised variant → normalised canonical form */
  public NameVariantFilter(TokenStream input, CharArrayMap<String> variants) {
    super(input);
    this.variants = variants;
    this.variantPrefixes = new WordPrefixes(variants.keySet());
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && variantPrefixes.mayStart(term.buffer(), 0, term.length())) {
      String canonical = variants.get(term.buffer(), 0, term.length());
      if (canonical != null) {
        term.setEmpty().append(canonical);
        keyword.setKeyword(true);
      }
    }
    return true;
  }
}
