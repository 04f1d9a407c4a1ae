package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link NameSkeletonFilter}; SPI name {@value #NAME}. Put it after the normalisation filter. */
public class NameSkeletonFilterFactory extends TokenFilterFactory {
  public static final String NAME = "fahrasNameSkeleton";

  public NameSkeletonFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader. */
  public NameSkeletonFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameSkeletonFilter(input);
  }
}
