package org.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Folds spelling variants of names to one form (سورية → سوريا) with Lucene's {@link
 * StemmerOverrideFilter}, from a tab-separated {@code variants} file whose entries are normalised
 * at load; SPI name {@value #NAME}. The folded token is marked a keyword, so no suffix is cut.
 */
public class NameVariantFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  public static final String NAME = "fahrasNameVariants";

  private final String variantFiles;
  private StemmerOverrideMap variants;

  public NameVariantFilterFactory(Map<String, String> args) {
    super(args);
    variantFiles = require(args, "variants");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader. */
  public NameVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    variants = AnalysisResources.variants(ResourceFiles.table(loader, variantFiles));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StemmerOverrideFilter(input, variants);
  }
}
