package org.fahras.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.lucene.Fields;
import org.junit.jupiter.api.Test;

class IndexTokenCacheTest {
  private static final Analyzer ANALYZER = Fields.analyzer(AnalysisResources.load(ConfigFiles.defaults()));

  /** Sample 001's opening: في is a stopword, so حكومة comes two positions after المكلف. */
  private static final String TEXT = "عقد وزير الداخلية المكلف في حكومة الوحدة الوطنية، اللواء عماد الطرابلسي، اجتماعا  ";

  @Test
  void everyPassGivesTheTermsIncrementsAndOffsetsOfTheAnalysisItself() throws IOException {
    List<String> direct;
    try (TokenStream stream = ANALYZER.tokenStream(Fields.BODY, TEXT)) {
      direct = read(stream);
    }
    assertEquals(List.of("عقد 1 0-3", "وزير 1 4-8", "داخلي 1 9-17", "مكلف 1 18-24", "حكوم 2 28-33", "وحد 1 34-40",
        "وطني 1 41-48", "لواء 1 50-56", "عماد 1 57-61", "طرابلسي 1 62-71", "اجتماع 1 73-80", "end 0 82-82"), direct);
    try (TokenStream cached = new IndexTokenCache(ANALYZER.tokenStream(Fields.BODY, TEXT))) {
      assertEquals(direct, read(cached));
      assertEquals(direct, read(cached)); // replayed
    }
  }

  @Test
  void anEmptyTextReplaysNoTokenAndItsEnd() throws IOException {
    try (TokenStream cached = new IndexTokenCache(ANALYZER.tokenStream(Fields.BODY, " في "))) {
      List<String> first = read(cached);
      assertEquals(List.of("end 1 4-4"), first);
      assertEquals(first, read(cached));
    }
  }

  /** "term increment start-end" per token, then the state after end(). */
  private static List<String> read(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    List<String> tokens = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(term + " " + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
    }
    stream.end();
    tokens.add("end " + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
    return tokens;
  }
}
