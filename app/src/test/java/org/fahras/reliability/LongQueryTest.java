package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fahras.SampleCorpus;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;

/**
 * The longest query the API accepts stays within Lucene's clause limit: a journalist who pastes a
 * paragraph (1,000 characters, some 150 words, each searched in three fields and up to three
 * forms) gets the article back, not a "too complex" refusal.
 */
class LongQueryTest {
  @Test
  void aPastedParagraphOfTheLongestAcceptedLengthFindsItsArticle() throws Exception {
    String body = SampleCorpus.engine().search().document(SampleCorpus.A000, "", TextForm.STEMMED).orElseThrow().body();
    List<String> words = new ArrayList<>();
    int length = 0;
    for (String word : body.split("\\s+")) {
      if (word.matches("\\p{IsArabic}+") && length + word.length() + 1 <= 1000) {
        words.add(word);
        length += word.length() + 1;
      }
    }
    String paragraph = String.join(" ", words);
    assertTrue(paragraph.length() > 950, "the sample gives a paragraph near the length cap");

    SearchResponse response = SampleCorpus.engine().search().search(SearchRequest.of(paragraph));

    // most of its words, not all, must match (operator=auto): the article comes first
    assertEquals(SampleCorpus.A000, response.hits().getFirst().id());
  }
}
