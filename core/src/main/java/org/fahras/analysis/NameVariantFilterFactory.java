package org.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link NameVariantFilter}, from a tab-separated {@code variants} file whose entries
 * are normalised at load; SPI name {@value #NAME}.
 */
public class NameVariantFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  public static final String NAME = "fahrasNameVariants";

  private final String variantFiles;
  private CharArrayMap<String> variants;

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
    return new NameVariantFilter(input, variants);
  }
}
