package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicSuffixFilter}; SPI name {@value #NAME}. Arguments: {@code protected}
 * (word files) and {@code countries} (countries.tsv), both optional ({@code articleCounts} is
 * accepted too, so both stemmer steps take the same arguments, but only proclitics use it).
 */
public class ArabicSuffixFilterFactory extends ArabicLightStemmerFactory {
  public static final String NAME = "fahrasArabicSuffix";

  public ArabicSuffixFilterFactory(Map<String, String> args) {
    super(args);
  }

  /** Default constructor for the SPI loader. */
  public ArabicSuffixFilterFactory() {
    super();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicSuffixFilter(input, stemmer);
  }
}
