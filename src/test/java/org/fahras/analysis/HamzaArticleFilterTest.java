package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The article is never written with a hamza: in ألمانيا, ألعاب, إلغاء and آلاف the أل is the
 * word's own, with or without a clitic before it, while الألعاب has the article and then the word.
 */
public class HamzaArticleFilterTest extends BaseTokenStreamTestCase {
  private static final ArabicLightStemmer STEMMER = new ArabicLightStemmer(CharArraySet.EMPTY_SET, WordCounts.NONE);

  /** Tokenizer → hamza mark → normalisation → proclitics, with or without the mark. */
  private static Analyzer chain(boolean marked) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = marked ? new HamzaArticleFilter(source) : source;
        return new TokenStreamComponents(source, new ArabicProcliticFilter(new ArabicNormalizationFilter(stream), STEMMER));
      }
    };
  }

  public void testTheHamzaAlefIsTheWordsOwn() throws Exception {
    try (Analyzer marked = chain(true)) {
      assertAnalyzesTo(marked, "ألمانيا وألمانيا لألعاب إلغاء آلاف",
          new String[] {"المانيا", "المانيا", "العاب", "الغاء", "الاف"});
    }
  }

  public void testWithoutTheMarkTheyLostIt() throws Exception {
    try (Analyzer unmarked = chain(false)) {
      assertAnalyzesTo(unmarked, "ألمانيا وألمانيا لألعاب إلغاء", new String[] {"مانيا", "مانيا", "عاب", "غاء"});
    }
  }

  public void testThePlainArticleStillGoes() throws Exception {
    try (Analyzer marked = chain(true)) {
      assertAnalyzesTo(marked, "الألعاب والألمان للهجرة الإرهاب",
          new String[] {"العاب", "المان", "هجره", "ارهاب"});
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer marked = chain(true)) {
      checkRandomData(random(), marked, 200 * RANDOM_MULTIPLIER);
    }
  }
}
