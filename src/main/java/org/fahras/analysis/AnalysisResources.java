package org.fahras.analysis;

import java.nio.file.Files;
import org.apache.lucene.analysis.CharArraySet;
import org.fahras.config.ConfigFiles;

/**
 * The word lists the analysers need, loaded once from the configuration folders and shared by
 * every analyser instance. Entries are normalised at load time, so the files may be written with
 * or without hamza and diacritics.
 */
public record AnalysisResources(CharArraySet stopwords) {

  public static AnalysisResources load(ConfigFiles config) {
    CharArraySet stopwords = new CharArraySet(512, false);
    var file = config.stopwords("arabic.txt");
    if (Files.exists(file)) {
      for (String word : ConfigFiles.lines(file)) {
        stopwords.add(ArabicNormalizer.normalize(word));
      }
    }
    return new AnalysisResources(CharArraySet.unmodifiableSet(stopwords));
  }
}
