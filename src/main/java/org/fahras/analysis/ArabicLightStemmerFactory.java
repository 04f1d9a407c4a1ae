package org.fahras.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * What the proclitic and suffix filter factories share: the {@link ArabicLightStemmer} built from
 * the {@code protected} word files and the one-word names of a {@code countries} table.
 */
abstract class ArabicLightStemmerFactory extends TokenFilterFactory implements ResourceLoaderAware {
  private final String protectedFiles;
  private final String countryFiles;
  protected ArabicLightStemmer stemmer;

  ArabicLightStemmerFactory(Map<String, String> args) {
    super(args);
    protectedFiles = get(args, "protected");
    countryFiles = get(args, "countries");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  ArabicLightStemmerFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    List<String> words = ResourceFiles.lines(loader, protectedFiles);
    List<String[]> countries = countryFiles == null ? List.of() : ResourceFiles.table(loader, countryFiles);
    stemmer = new ArabicLightStemmer(AnalysisResources.protectedWords(words, countries));
  }
}
