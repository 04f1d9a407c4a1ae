package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ArabicProcliticFilter}; SPI name {@value #NAME}. Arguments: {@code
 * protected} (word files), {@code countries} (countries.tsv) and {@code articleCounts}
 * (article-counts.tsv), all optional.
 */
public class ArabicProcliticFilterFactory extends ArabicLightStemmerFactory {
  public static final String NAME = "fahrasArabicProclitic";

  public ArabicProcliticFilterFactory(Map<String, String> args) {
    super(args);
  }

  /** Default constructor for the SPI loader. */
  public ArabicProcliticFilterFactory() {
    super();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicProcliticFilter(input, stemmer);
  }
}
