package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link HamzaArticleFilter}; SPI name {@value #NAME}. Put it before the normalisation. */
public class HamzaArticleFilterFactory extends TokenFilterFactory {
  public static final String NAME = "fahrasHamzaArticle";

  public HamzaArticleFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader. */
  public HamzaArticleFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HamzaArticleFilter(input);
  }
}
