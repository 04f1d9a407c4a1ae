package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Our filters are found by name through Lucene's SPI, as Solr and OpenSearch find them, and the
 * chain rebuilt from names and files gives the same tokens as {@link FahrasAnalyzer}.
 */
class AnalysisFactoriesTest {
  @Test
  void everyFilterIsRegisteredByName() {
    for (String name : new String[] {
        ArabicNormalizationFilterFactory.NAME, ArabicProcliticFilterFactory.NAME,
        ArabicSuffixFilterFactory.NAME, NameVariantFilterFactory.NAME}) {
      assertTrue(TokenFilterFactory.lookupClass(name).getPackageName().equals("org.fahras.analysis"), name);
    }
  }

  @Test
  void theChainBuiltByNameMatchesOurAnalyzer() throws Exception {
    Analyzer byName = CustomAnalyzer.builder(Path.of("."))
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(LatinFoldingFilterFactory.NAME)
        .addTokenFilter("stop", "words", "stopwords/arabic.txt")
        .addTokenFilter(ArabicProcliticFilterFactory.NAME, "protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv")
        .addTokenFilter(NameVariantFilterFactory.NAME, "variants", "index-config/name-variants.tsv")
        .addTokenFilter(ArabicSuffixFilterFactory.NAME, "protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv")
        .build();
    // 001 of the sample corpus
    String text = "وذكر المكتب الإعلامي للوزارة أنه جرى خلال الاجتماع مناقشة عدة قضايا أمنية واستراتيجية، "
        + "وأكد طرابلسي على أهمية التعاون المشترك لتحقيق الاستقرار في المنطقة مع المهاجرين وسورية";
    assertEquals(FahrasAnalyzerTest.tokens(FahrasAnalyzerTest.STEMMED, text), FahrasAnalyzerTest.tokens(byName, text));
  }
}
