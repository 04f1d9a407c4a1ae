package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name skeletons: transliteration variants of one name meet, different names stay apart. */
class NameSkeletonFilterTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "بيانتدوزي, بيانتيدوسي",     // Piantedosi in two papers
    "الطرابلسي, طرابلسي",        // with and without the article
    "برلسكوني, بيرلسكوني",
    "كوندوليزا, كونداليزا",
    "ميدفيديف, مدفيديف",
    "جابرييل, غابرييل",          // g written ج or غ
    "تيلرسون, تيليرسون",
    "متاريللا, ماتاريلا",        // a doubled letter
  })
  void variantsOfOneNameShareTheSkeleton(String a, String b) {
    assertEquals(NameSkeleton.of(ArabicNormalizer.normalize(a)), NameSkeleton.of(ArabicNormalizer.normalize(b)));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
    "محمد, محمود",              // short Arabic given names keep their vowels
    "حسن, حسين",
    "سعد, سعيد",
    "عمر, عمرو",
    "طرابلس, طرابلسي",          // the city is not the surname
    "عبدالإله, عبدالله",         // letters a vowel stood between stay two
  })
  void differentNamesKeepDifferentSkeletons(String a, String b) {
    assertNotEquals(NameSkeleton.of(ArabicNormalizer.normalize(a)), NameSkeleton.of(ArabicNormalizer.normalize(b)));
  }

  @Test
  void theFilterKeepsOffsetsAndLeavesLatinAndShortWordsAlone() throws IOException {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader("ماتيو بيانتدوزي Piantedosi"));
    List<String> terms = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try (TokenStream stream = new NameSkeletonFilter(new ArabicNormalizationFilter(tokenizer))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        starts.add(offset.startOffset());
      }
      stream.end();
    }
    assertEquals(List.of("ماتيو", "بنتدسي", "piantedosi"), terms);
    assertEquals(List.of(0, 6, 16), starts);
  }

  @Test
  void theFactoryIsFoundByItsSpiName() throws IOException {
    try (CustomAnalyzer analyzer = CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter(ArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(NameSkeletonFilterFactory.NAME)
        .build();
        TokenStream stream = analyzer.tokenStream("names", "الطرابلسي")) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      stream.incrementToken();
      assertEquals("تربلسي", term.toString());
      stream.end();
    }
  }
}
