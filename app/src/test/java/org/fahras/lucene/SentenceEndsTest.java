package org.fahras.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippet passages end where Arabic sentences end, question marks and semicolons included. */
class SentenceEndsTest {
  // 001 of the sample corpus, after a question as headlines ask them
  private static final String TEXT = "هل تتراجع الهجرة عبر ليبيا؟ "
      + "وتهيمن الطرق من ليبيا على مشهد الهجرة لعام 2024، على الرغم من انخفاض التدفق بنسبة 17.8 في المائة؛ "
      + "وصل 36680 شخصًا.\nالمصدر";

  private static List<String> sentences(BreakIterator breaks) {
    breaks.setText(TEXT);
    List<String> sentences = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      sentences.add(TEXT.substring(start, end));
    }
    return sentences;
  }

  @Test
  void breaksAfterTheArabicQuestionMarkSemicolonFullStopAndLineEndButNotInANumber() {
    assertEquals(List.of(
        "هل تتراجع الهجرة عبر ليبيا؟",
        " وتهيمن الطرق من ليبيا على مشهد الهجرة لعام 2024، على الرغم من انخفاض التدفق بنسبة 17.8 في المائة؛",
        " وصل 36680 شخصًا.",
        "\n",
        "المصدر"), sentences(new SentenceEnds()));
  }

  @Test
  void theJdkSentenceRulesMissTheArabicQuestionMarkAndSemicolon() {
    assertEquals(TEXT.substring(0, TEXT.indexOf('\n') + 1), sentences(BreakIterator.getSentenceInstance(java.util.Locale.ROOT)).getFirst());
  }

  @Test
  void followingAndPrecedingGiveTheNearestBoundsStrictlyAfterAndBefore() {
    BreakIterator breaks = new SentenceEnds();
    breaks.setText(TEXT);
    int question = TEXT.indexOf('؟') + 1;
    assertEquals(question, breaks.following(0));
    assertEquals(question, breaks.following(question - 1));
    assertEquals(0, breaks.preceding(question));
    assertEquals(question, breaks.preceding(question + 1));
    assertEquals(TEXT.length(), breaks.following(TEXT.lastIndexOf('\n') + 1));
    assertEquals(BreakIterator.DONE, breaks.following(TEXT.length()));
    assertEquals(BreakIterator.DONE, breaks.preceding(0));
  }
}
