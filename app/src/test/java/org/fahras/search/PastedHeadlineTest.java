package org.fahras.search;

import static org.fahras.SampleCorpus.A000;
import static org.fahras.SampleCorpus.A002;
import static org.fahras.SampleCorpus.A003;
import static org.fahras.SampleCorpus.A004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.fahras.SampleCorpus;
import org.fahras.analysis.TextForm;
import org.fahras.lucene.QueryBuilder;
import org.fahras.search.SearchRequest.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines pasted as a journalist copies them from another paper, with their punctuation, each
 * written about one of the sample articles in words of its own: the article comes first, every
 * word is searched, and nothing is reported as a fallback.
 */
class PastedHeadlineTest {
  private final ArticleSearch search = SampleCorpus.engine().search();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // a colon after a place is no field name (before: ليبيا and اتفاق were dropped, the rest required)
    "ليبيا: اتفاق جزائري مصري تونسي على زيادة التنسيق الأمني | " + A004,
    // a dash between two words is no exclusion, a colon after the second no field
    "تنسيق جزائري - تونسي: لقاءات على أعلى مستوى لمواجهة عودة مقاتلي داعش | " + A003,
    // an exclamation mark is no NOT (before: the word after it was excluded)
    "عاجل! الجزائر ومصر وتونس تتفق على زيادة التنسيق الأمني حول ليبيا | " + A004,
    // a slash is no regular expression (before: a syntax error, searched again with a warning)
    "الجزائر/تونس: لقاءات رفيعة المستوى لبحث عودة مقاتلي داعش من سوريا | " + A003,
    // a question mark ends the question, it is no wildcard
    "هل تتفق الجزائر ومصر وتونس على التنسيق الأمني في ليبيا? | " + A004,
    // a quotation the article writes otherwise (002: «منابع الإرهاب»): the phrase adds score where
    // it matches as written, its words count where it does not (before: no hit at all)
    "خبراء يبحثون «مصادر الإرهاب» وهيكلية الجماعات المسلحة في ليبيا | " + A002,
    "خبراء يبحثون “منابع الإرهاب” وهيكلية الجماعات المسلحة في ليبيا | " + A002,
    // a remark in brackets is a word, not Boolean grouping (before: every word was required, and
    // the article, which does not write فيديو, was not found)
    "الجزائر ومصر وتونس تتفق على زيادة التنسيق الأمني حول ليبيا (فيديو) | " + A004,
  })
  void aPastedHeadlineFindsItsArticleFirst(String headline, String article) throws IOException {
    SearchResponse response = search.search(SearchRequest.of(headline));
    assertEquals(article, response.hits().getFirst().id(), headline);
    assertNull(response.query().warning(), headline);
  }

  @Test
  void everyWordOfAHeadlineIsSearched() throws IOException {
    SearchResponse response = search.search(SearchRequest.of("ليبيا: اتفاق جزائري مصري تونسي"));
    assertTrue(response.query().analyzed().containsAll(List.of("ليبيا", "اتفاق")), response.query().analyzed().toString());
  }

  /** A field the API names still is one. */
  @Test
  void aFieldNameBeforeAColonStaysAField() throws IOException {
    assertEquals(List.of(A003), ids(search.search(SearchRequest.of("title:داعش"))));
  }

  /** Few words: each counts; many: most count, and the response says how many. */
  @Test
  void theDefaultRequiresEveryWordOfAShortQueryAndMostOfALongOne() throws IOException {
    SearchResponse shortQuery = search.search(SearchRequest.of("داعش المخدرات"));
    assertEquals(List.of(A002), ids(shortQuery));
    assertEquals("and", shortQuery.query().operator());
    assertEquals(2, shortQuery.query().minimumShouldMatch());

    SearchResponse headline = search.search(SearchRequest.of("ليبيا: اتفاق جزائري مصري تونسي على زيادة التنسيق الأمني"));
    assertEquals(QueryBuilder.minimumShouldMatch(8), headline.query().minimumShouldMatch());
    assertTrue(headline.query().minimumShouldMatch() < 8);

    SearchResponse remark = search.search(SearchRequest.of("اتفاق جزائري مصري تونسي على زيادة التنسيق الأمني (صور)"));
    assertEquals(QueryBuilder.minimumShouldMatch(8), remark.query().minimumShouldMatch());

    SearchResponse any = search.search(SearchRequest.of("داعش المخدرات").withOperator(Operator.OR));
    assertEquals("or", any.query().operator());
    assertEquals(0, any.query().minimumShouldMatch());
    SearchResponse all = search.search(SearchRequest.of("ليبيا: اتفاق جزائري مصري تونسي على زيادة التنسيق الأمني").withOperator(Operator.AND));
    assertEquals("and", all.query().operator());
    assertEquals(8, all.query().minimumShouldMatch());
  }

  /**
   * Of three words, the default requires two, and an article with all three ranks first; a
   * headline's word finds the articles that write its noun where the headline has the adjective
   * (they write سوريا, none السوري), without listing the noun as searched.
   */
  @Test
  void aLooseQueryRanksArticlesWithMoreOfItsWordsFirstAndMeetsNisbaAdjectives() throws IOException {
    SearchResponse three = search.search(SearchRequest.of("داعش المخدرات ليبيا"));
    assertEquals("and", three.query().operator());
    assertEquals(2, three.query().minimumShouldMatch());
    assertEquals(A002, ids(three).getFirst(), "002 writes all three");

    SearchResponse adjective = search.search(SearchRequest.of("السوري").withOperator(Operator.OR));
    assertEquals(Set.of(A000, A002, A003, A004), Set.copyOf(ids(adjective)));
    assertEquals(List.of("سوري"), adjective.query().analyzed());
    // a precise query of one word searches that word only
    assertEquals(List.of(), ids(search.search(SearchRequest.of("السوري"))));
  }

  /** Issue 24, item 9: the article before a wildcard is searched without it too in stemmed mode. */
  @Test
  void aWildcardAfterTheArticleFindsTheWordsWithoutIt() throws IOException {
    Set<String> bare = Set.copyOf(ids(search.search(SearchRequest.of("إرهاب*"))));
    assertEquals(3, bare.size(), bare.toString());
    assertEquals(bare, Set.copyOf(ids(search.search(SearchRequest.of("الإرهاب*")))));
    assertEquals(bare, Set.copyOf(ids(search.search(SearchRequest.of("والإرهاب*")))));
    assertEquals(bare.size(), ids(search.search(SearchRequest.of("الإرهاب*").withMode(TextForm.NORMALIZED))).size());
  }

  /** Issue 24, item 10: excluding alone means everything but. */
  @Test
  void anExclusionAloneMeansEverythingBut() throws IOException {
    SearchResponse everything = search.search(SearchRequest.of(""));
    SearchResponse withoutLibya = search.search(SearchRequest.of("-ليبيا"));
    assertEquals(5, everything.total().value());
    assertEquals(1, withoutLibya.total().value(), "only 003 does not write ليبيا");
    assertEquals(List.of(A003), ids(withoutLibya));
    assertEquals(5, search.search(SearchRequest.of("-أوكرانيا")).total().value());
    assertEquals(1, search.search(SearchRequest.of("(-ليبيا) داعش")).total().value(), "a group of exclusions alone too");
  }

  /** An article without a title is listed by its body's opening, cut at a word. */
  @Test
  void theOpeningStandsInForAMissingTitle() {
    assertEquals("عقد وزير الداخلية", SearchResponse.opening("\nعقد وزير الداخلية\nالمكلف"));
    String longLine = "كلمة ".repeat(40).strip();
    assertEquals("كلمة ".repeat(24).strip() + "…", SearchResponse.opening(longLine));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
