package org.fahras.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * What the proclitic and suffix filter factories share: the {@link ArabicLightStemmer} built from
 * the {@code protected} word files, the one-word names of a {@code countries} table and the
 * {@code articleCounts} table (index-config/article-counts.tsv), all optional.
 */
abstract class ArabicLightStemmerFactory extends TokenFilterFactory implements ResourceLoaderAware {
  private final String protectedFiles;
  private final String countryFiles;
  private final String articleCountFiles;
  protected ArabicLightStemmer stemmer;

  ArabicLightStemmerFactory(Map<String, String> args) {
    super(args);
    protectedFiles = get(args, "protected");
    countryFiles = get(args, "countries");
    articleCountFiles = get(args, "articleCounts");
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
    List<String[]> articleCounts = articleCountFiles == null ? List.of() : ResourceFiles.table(loader, articleCountFiles);
    stemmer = new ArabicLightStemmer(AnalysisResources.protectedWords(words, countries), WordCounts.of(articleCounts));
  }
}
