package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.fahras.config.ConfigFiles;

/**
 * The names field's analyser: the preposition على is a stopword as written, so a query with it
 * (على مستوى الجهات) does not search the name علي, which normalisation would make of it.
 */
public class NameAnalyzerTest extends BaseTokenStreamTestCase {
  private static final AnalysisResources RESOURCES = AnalysisResources.load(ConfigFiles.defaults());

  private static Analyzer names() {
    return new NameAnalyzer(RESOURCES.stopwords(), RESOURCES.writtenStopwords());
  }

  public void testTheNameStaysAndThePrepositionGoes() throws Exception {
    try (Analyzer names = names()) {
      String[] ali = analyze(names, "علي");
      assertEquals(1, ali.length);
      assertAnalyzesTo(names, "على", new String[0]);
      assertAnalyzesTo(names, "اجتماع على مستوى علي", new String[] {analyze(names, "اجتماع")[0], analyze(names, "مستوى")[0], ali[0]});
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer names = names()) {
      checkRandomData(random(), names, 200 * RANDOM_MULTIPLIER);
    }
  }

  private static String[] analyze(Analyzer analyzer, String text) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var stream = analyzer.tokenStream("names", text)) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out.toArray(String[]::new);
  }
}
