package org.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link CompoundNameFilter}, from a {@code names} file (see {@link CompoundNames});
 * SPI name {@value #NAME}.
 */
public class CompoundNameFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  public static final String NAME = "fahrasCompoundNames";

  private final String namesFiles;
  private CompoundNames names;

  public CompoundNameFilterFactory(Map<String, String> args) {
    super(args);
    namesFiles = require(args, "names");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI loader. */
  public CompoundNameFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    names = CompoundNames.of(ResourceFiles.lines(loader, namesFiles));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundNameFilter(input, names);
  }
}
