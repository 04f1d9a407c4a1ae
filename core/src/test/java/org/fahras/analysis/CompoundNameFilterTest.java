package org.fahras.analysis;

import static org.fahras.analysis.FahrasAnalyzerTest.EXACT;
import static org.fahras.analysis.FahrasAnalyzerTest.NORMALIZED;
import static org.fahras.analysis.FahrasAnalyzerTest.STEMMED;
import static org.fahras.analysis.FahrasAnalyzerTest.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Compound names written joined or apart meet in the forgiving forms: sentences of the sample
 * articles (004: "حكومة عبد الله الثني", "عبد القادر مساهل"; 002: "وولي عهد أبوظبي") and the same
 * sentences with the other spelling, as other papers write them.
 */
class CompoundNameFilterTest {
  /** 004 writes the name apart; a Gulf paper writes it joined. */
  private static final String APART = "رفع حظر تسليح السلاح عن حكومة عبد الله الثني، المعترف بها";
  private static final String JOINED = "رفع حظر تسليح السلاح عن حكومة عبدالله الثني، المعترف بها";

  @Test
  void bothSpellingsGiveTheSameNormalisedAndStemmedTokens() {
    assertEquals(List.of("رفع", "حظر", "تسليح", "سلاح", "حكوم", "عبد", "الله", "ثني", "معترف"), tokens(STEMMED, JOINED));
    assertEquals(tokens(STEMMED, APART), tokens(STEMMED, JOINED));
    assertEquals(tokens(NORMALIZED, APART), tokens(NORMALIZED, JOINED));
    // 004's "عبد القادر مساهل" with a clitic and joined
    assertEquals(List.of("وعبد", "القادر", "مساهل"), tokens(NORMALIZED, "وعبدالقادر مساهل"));
    assertEquals(tokens(STEMMED, "وعبد القادر مساهل"), tokens(STEMMED, "وعبدالقادر مساهل"));
    // 002's "ولي عهد أبوظبي", a listed compound, and the spelling apart
    assertEquals(List.of("ولي", "عهد", "ابو", "ظبي"), tokens(STEMMED, "وولي عهد أبوظبي"));
    assertEquals(tokens(STEMMED, "وولي عهد أبو ظبي"), tokens(STEMMED, "وولي عهد أبوظبي"));
  }

  @Test
  void theExactFormKeepsTheWordAsWritten() {
    assertEquals(List.of("عبدالله", "الثني"), tokens(EXACT, "عبدالله الثني"));
    assertEquals(List.of("أبوظبي"), tokens(EXACT, "أبوظبي"));
  }

  /** Words that begin like a head but are no compound: أبو without the article, or too short. */
  @Test
  void otherWordsStayWhole() {
    assertEquals(List.of("ابواب", "ابوجا", "عبدال", "عبده", "ابويه"), tokens(NORMALIZED, "أبواب أبوجا عبدال عبده أبوية"));
  }

  /** Each part's offsets cover its own letters of the original, diacritics of the head included. */
  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    Analyzer alone = CustomAnalyzer.builder(Path.of("."))
        .withTokenizer("standard")
        .addTokenFilter(CompoundNameFilterFactory.NAME, "names", "index-config/compound-names.txt")
        .build();
    String text = "حكومة عبدُالله الثني ووليّ عهد أبوظبي";
    List<String> surfaces = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    try (TokenStream stream = alone.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String surface = text.substring(offset.startOffset(), offset.endOffset());
        assertEquals(surface, term.toString(), "the term is the text its offsets cover");
        surfaces.add(surface);
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
    }
    assertEquals(List.of("حكومة", "عبدُ", "الله", "الثني", "ووليّ", "عهد", "أبو", "ظبي"), surfaces);
    assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1), increments);
  }
}
