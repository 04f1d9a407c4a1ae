package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
        ArabicSuffixFilterFactory.NAME, NameVariantFilterFactory.NAME, LatinFoldingFilterFactory.NAME,
        CompoundNameFilterFactory.NAME}) {
      assertTrue(TokenFilterFactory.lookupClass(name).getPackageName().equals("org.fahras.analysis"), name);
    }
  }

  @Test
  void theChainBuiltByNameMatchesOurAnalyzer() throws Exception {
    Analyzer byName = CustomAnalyzer.builder(Path.of("."))
        .withTokenizer("standard")
        .addTokenFilter("stop", "words", "stopwords/arabic-as-written.txt")
        .addTokenFilter(CompoundNameFilterFactory.NAME, "names", "index-config/compound-names.txt")
        .addTokenFilter("lowercase")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(LatinFoldingFilterFactory.NAME)
        .addTokenFilter("stop", "words", "stopwords/arabic.txt")
        .addTokenFilter(ArabicProcliticFilterFactory.NAME, "protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv",
            "articleCounts", FahrasAnalyzerTest.ARTICLE_COUNTS)
        .addTokenFilter(NameVariantFilterFactory.NAME, "variants", "index-config/name-variants.tsv")
        .addTokenFilter(ArabicSuffixFilterFactory.NAME, "protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv")
        .build();
    // 001 of the sample corpus
    String text = "وذكر المكتب الإعلامي للوزارة أنه جرى خلال الاجتماع مناقشة عدة قضايا أمنية واستراتيجية، "
        + "وأكد طرابلسي على أهمية التعاون المشترك لتحقيق الاستقرار في المنطقة مع المهاجرين وسورية، "
        + "وأضاف أن الوجود الأمني لبحث ملف الهجرة بشكل مشترك مع حكومة عبدالله الثني";
    assertEquals(FahrasAnalyzerTest.tokens(FahrasAnalyzerTest.STEMMED, text), FahrasAnalyzerTest.tokens(byName, text));
  }

  /**
   * Each filter alone behind the tokenizer keeps the tokenizer's offsets, so a highlight drawn
   * from any form marks the original spelling (hamza, diacritics, tatweel, clitics included).
   */
  @Test
  void everyFilterKeepsOffsetsIntoTheOriginalText() throws IOException {
    String text = "وبالمقابل أكّد الوزيـــر أنّ «المهاجرين» في سورية ﻻ يزالون بانتظار ٣ قرارات Café";
    Map<String, String[]> filters = Map.of(
        ArabicNormalizationFilterFactory.NAME, new String[0],
        LatinFoldingFilterFactory.NAME, new String[0],
        ArabicProcliticFilterFactory.NAME, new String[] {"protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv",
            "articleCounts", FahrasAnalyzerTest.ARTICLE_COUNTS},
        NameVariantFilterFactory.NAME, new String[] {"variants", "index-config/name-variants.tsv"},
        ArabicSuffixFilterFactory.NAME, new String[] {"protected", "index-config/protected-words.txt", "countries", "index-config/countries.tsv"});
    List<String> expected = surfaces(CustomAnalyzer.builder(Path.of(".")).withTokenizer("standard").build(), text);
    assertEquals(List.of("وبالمقابل", "أكّد", "الوزيـــر", "أنّ", "المهاجرين", "في", "سورية", "ﻻ", "يزالون",
        "بانتظار", "٣", "قرارات", "Café"), expected);
    for (Map.Entry<String, String[]> filter : filters.entrySet()) {
      Analyzer alone = CustomAnalyzer.builder(Path.of("."))
          .withTokenizer("standard")
          .addTokenFilter(filter.getKey(), filter.getValue())
          .build();
      assertEquals(expected, surfaces(alone, text), filter.getKey());
    }
  }

  private static List<String> surfaces(Analyzer analyzer, String text) throws IOException {
    List<String> surfaces = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        surfaces.add(text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return surfaces;
  }
}
