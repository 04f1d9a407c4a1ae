package org.fahras.eval;

import java.nio.file.Path;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;

/** The analysis resources an evaluation measures: the shipped configuration, plus article counts if given. */
final class EvaluationResources {
  private EvaluationResources() {}

  /** {@code args[1]}, when present, is an article-counts file (see {@link AntArticleCounts}). */
  static AnalysisResources load(String[] args) {
    AnalysisResources resources = AnalysisResources.load(ConfigFiles.defaults());
    return args.length > 1 ? resources.withArticleCounts(Path.of(args[1])) : resources;
  }

  /**
   * For the entity evaluations: the shipped configuration, with the article counts of {@code
   * --article-counts FILE} when the arguments give it (the officials' name evidence).
   */
  static AnalysisResources withCountsOption(String[] args) {
    AnalysisResources resources = AnalysisResources.load(ConfigFiles.defaults());
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--article-counts")) {
        return resources.withArticleCounts(Path.of(args[i + 1]));
      }
    }
    return resources;
  }
}
