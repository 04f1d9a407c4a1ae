package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.fahras.config.ConfigFiles;

/**
 * The proclitic step alone, behind the tokenizer and normalisation, with the shipped protected
 * words and no article counts (as an index without its archive's counts runs it). Words of Jawhara
 * FM headlines.
 */
public class ArabicProcliticFilterTest extends BaseTokenStreamTestCase {
  private static final AnalysisResources RESOURCES = AnalysisResources.load(ConfigFiles.defaults()).withArticleCounts(WordCounts.NONE);

  private static Analyzer proclitics() {
    ArabicLightStemmer stemmer = new ArabicLightStemmer(RESOURCES.protectedWords(), RESOURCES.articleCounts());
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ArabicProcliticFilter(new ArabicNormalizationFilter(source), stemmer));
      }
    };
  }

  /** "محكوم بـ12 سنة" finds "بـ 12 سنة" and "12 عاما": the clitic goes, the number stays. */
  public void testANumberLosesItsClitic() throws Exception {
    try (Analyzer analyzer = proclitics()) {
      assertAnalyzesTo(analyzer, "بـ12 ب2.3 و2015 ل30", new String[] {"12", "2.3", "2015", "30"});
      assertAnalyzesTo(analyzer, "بـ 12", new String[] {"ب", "12"});
    }
  }

  /**
   * The nisba adjective of a protected name keeps the name's first letter, as the adjective with
   * the article does ("الفرنسية" → "فرنسيه"); a clitic before it still goes.
   */
  public void testTheAdjectiveOfAProtectedNameKeepsItsFirstLetter() throws Exception {
    try (Analyzer analyzer = proclitics()) {
      assertAnalyzesTo(analyzer, "فرنسية الفرنسية وفرنسية", new String[] {"فرنسيه", "فرنسيه", "فرنسيه"});
      assertAnalyzesTo(analyzer, "فلسطينيا الفلسطينيين", new String[] {"فلسطينيا", "فلسطينيين"});
      // the conjunction before an adjective of an unprotected word still goes
      assertAnalyzesTo(analyzer, "وقال وتونسي", new String[] {"قال", "تونسي"});
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer analyzer = proclitics()) {
      checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
  }
}
