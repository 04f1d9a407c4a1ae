package org.fahras.search;

import static org.fahras.SampleCorpus.A000;
import static org.fahras.SampleCorpus.A001;
import static org.fahras.SampleCorpus.A002;
import static org.fahras.SampleCorpus.A003;
import static org.fahras.SampleCorpus.A004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fahras.SampleCorpus;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchResponse.FacetCount;
import org.fahras.search.SearchResponse.Hit;
import org.fahras.search.SearchResponse.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Searches over the five sample articles, with the hits each query must find written out. */
class SearchServiceTest {
  private final ArticleSearch search = SampleCorpus.engine().search();

  static List<Arguments> queries() {
    return List.of(
        // words of the articles' bodies
        Arguments.of("الإرهاب", Set.of(A000, A002, A003)),
        Arguments.of("ليبيا", Set.of(A000, A001, A002, A004)),
        Arguments.of("داعش", Set.of(A002, A003, A004)),
        Arguments.of("المخدرات", Set.of(A001, A002)),
        Arguments.of("القاهرة", Set.of(A002, A004)),
        Arguments.of("لعمامرة", Set.of(A002)),
        Arguments.of("النوري", Set.of(A000)),
        Arguments.of("\"الهجرة غير الشرعية\"", Set.of(A001)),
        Arguments.of("«الهجرة غير الشرعية»", Set.of(A001)),
        Arguments.of("تونس الجزائر", Set.of(A000, A002, A003, A004)),
        Arguments.of("تونس، الجزائر", Set.of(A000, A002, A003, A004)),
        // the minister with and without the article; the city, not the surname الطرابلسي (001)
        Arguments.of("وزير", Set.of(A000, A001, A002, A004)),
        Arguments.of("الوزير", Set.of(A000, A001, A002, A004)),
        Arguments.of("طرابلس", Set.of(A000, A004)),
        Arguments.of("الطرابلسي", Set.of(A001)),
        Arguments.of("سورية", Set.of(A000, A002, A003, A004)),
        // another spelling of an official's name finds the article (000 writes بيانتدوزي)
        Arguments.of("بيانتيدوسي", Set.of(A000)),
        // a spelling no file lists finds the name by its skeleton: 002 writes كوندرس (Koenders)
        Arguments.of("كوندريس", Set.of(A002)),
        // a compound name joined finds it written apart (004: "حكومة عبد الله الثني"), as a phrase too
        Arguments.of("\"عبدالله الثني\"", Set.of(A004)),
        Arguments.of("\"وعبدالقادر مساهل\"", Set.of(A004)),
        // spelled without hamza, or with diacritics and tatweel: same articles
        Arguments.of("ايطاليا", Set.of(A000)),
        Arguments.of("إيطاليا", Set.of(A000)),
        Arguments.of("الإرْهَاب", Set.of(A000, A002, A003)),
        Arguments.of("الإرهـــاب", Set.of(A000, A002, A003)),
        // words only in sidebars, "most read" lists and related teasers: nothing
        Arguments.of("غزة", Set.of()),
        Arguments.of("إسرائيل", Set.of()),
        Arguments.of("ترمب", Set.of()),
        Arguments.of("كاسنوس", Set.of()),
        // a word of 001's read-also article, and of 004's comment form
        Arguments.of("الفنتانيل", Set.of()),
        Arguments.of("Akismet", Set.of()),
        Arguments.of("تعليقك", Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void findsExactlyTheArticlesThatSpeakOfIt(String query, Set<String> expected) throws IOException {
    assertEquals(expected, ids(search.search(SearchRequest.of(query))));
  }

  @Test
  void marksEveryMatchInTheSnippetsOnTheWordsAsWritten() throws IOException {
    SearchResponse response = search.search(SearchRequest.of("الإرهاب"));
    Hit hit = hit(response, A002);
    Snippet body = hit.snippets().stream().filter(s -> s.field().equals("body")).findFirst().orElseThrow();
    assertEquals("rtl", body.dir());
    assertTrue(body.html().contains("<mark>الإرهاب</mark>"), body.html());
    assertFalse(body.matches().isEmpty());
    for (SearchResponse.Match match : body.matches()) {
      String marked = body.text().substring(match.start(), match.end());
      assertTrue(marked.startsWith("الإرهاب"), marked);
    }
    assertEquals(List.of("ارهاب"), response.query().analyzed().subList(0, 1));
  }

  @Test
  void countsCountriesOfTheHits() throws IOException {
    Map<String, Long> countries = counts(search.search(SearchRequest.of("الإرهاب")), "country");
    assertEquals(3L, countries.get("DZ"));
    assertEquals(3L, countries.get("TN"));
    assertEquals(1L, countries.get("SY"), "002 and 004 name Syria once, in passing, past their lead");
    assertEquals(2L, countries.get("LY"));
    assertEquals(1L, countries.get("IQ"));
    assertEquals(1L, countries.get("EG"));
    assertNull(countries.get("IL"), "Israel is named only in a sidebar");
  }

  @Test
  void countryFilterNarrowsHitsWhileOtherCountriesKeepTheirCounts() throws IOException {
    SearchRequest libya = SearchRequest.of("ليبيا");
    SearchResponse all = search.search(libya);
    SearchResponse egypt = search.search(libya.withFilters(Map.of("country", List.of("EG"))));
    assertEquals(Set.of(A000, A001, A002, A004), ids(all));
    assertEquals(Set.of(A002, A004), ids(egypt));

    // Multi-select: the country facet ignores its own selection, so it shows what ticking
    // another country would add.
    Map<String, Long> countries = counts(egypt, "country");
    assertEquals(counts(all, "country"), countries);
    assertEquals(2L, countries.get("IT"));
    assertEquals(4L, countries.get("LY"));
    FacetCount selected = egypt.facets().get("country").values().stream().filter(FacetCount::selected).findFirst().orElseThrow();
    assertEquals("EG", selected.value());
    assertEquals("مصر", selected.label());
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAnded() throws IOException {
    SearchRequest libya = SearchRequest.of("ليبيا");
    assertEquals(Set.of(A000, A001, A002, A004),
        ids(search.search(libya.withFilters(Map.of("country", List.of("EG", "IT"))))));
    assertEquals(Set.of(A002),
        ids(search.search(libya.withFilters(Map.of("country", List.of("EG"), "source", List.of("المغرب اليوم"))))));
  }

  @Test
  void aSelectedValueStaysListedWhenNothingMatchesIt() throws IOException {
    SearchResponse response = search.search(SearchRequest.of("لعمامرة").withFilters(Map.of("country", List.of("JP"))));
    assertEquals(0, response.total().value());
    FacetCount japan = response.facets().get("country").values().stream()
        .filter(v -> v.value().equals("JP")).findFirst().orElseThrow();
    assertTrue(japan.selected());
  }

  @Test
  void exactModeMatchesOnlyTheWrittenForm() throws IOException {
    assertEquals(Set.of(A002, A003), ids(search.search(SearchRequest.of("الإرهابية").withMode(TextForm.EXACT))));
    assertEquals(Set.of(), ids(search.search(SearchRequest.of("ايطاليا").withMode(TextForm.EXACT))));
    assertEquals(Set.of(A000), ids(search.search(SearchRequest.of("ايطاليا").withMode(TextForm.NORMALIZED))));
  }

  @Test
  void marksMatchesOfTheStricterFormsOnTheWordsAsWritten() throws IOException {
    // normalised: searched without hamza, marked as written, with it
    assertEquals(Set.of("إيطاليا"), marked(search.search(SearchRequest.of("ايطاليا").withMode(TextForm.NORMALIZED)), A000));
    // exact: the adjective as written, never the noun الإرهاب beside it
    assertEquals(Set.of("الإرهابية"), marked(search.search(SearchRequest.of("الإرهابية").withMode(TextForm.EXACT)), A002));
    // an exact phrase: its words, or the phrase as one match
    Set<String> phrase = marked(search.search(SearchRequest.of("\"الهجرة غير الشرعية\"").withMode(TextForm.EXACT)), A001);
    assertFalse(phrase.isEmpty());
    assertTrue(Set.of("الهجرة غير الشرعية", "الهجرة", "غير", "الشرعية").containsAll(phrase), phrase.toString());
    // and the document view's offsets in exact mode
    DocumentView doc = search.document(A002, "الإرهابية", TextForm.EXACT).orElseThrow();
    assertEquals(List.of("الإرهابية"), doc.matches().get("body").stream().map(m -> doc.body().substring(m.start(), m.end())).toList());
  }

  @Test
  void aPhraseIsMarkedOnlyWhereItsWordsStandTogether() throws IOException {
    DocumentView doc = search.document(A001, "\"مكافحة الهجرة\"", TextForm.STEMMED).orElseThrow();
    String body = doc.body();
    List<String> marked = doc.matches().get("body").stream().map(m -> body.substring(m.start(), m.end())).toList();
    Set<Integer> starts = doc.matches().get("body").stream().map(m -> m.start()).collect(Collectors.toSet());
    // A001 writes مكافحة before other words too ("مكافحة المخدرات", "مكافحة التهريب"): not the phrase
    for (String other : List.of("مكافحة المخدرات", "مكافحة التهريب")) {
      assertTrue(body.contains(other), other);
      assertFalse(starts.contains(body.indexOf(other)), other + " is marked: " + marked);
    }
    assertTrue(starts.contains(body.indexOf("مكافحة الهجرة")), marked.toString());
  }

  /** The distinct words marked in a hit's snippets, read off the snippet text by their offsets. */
  private static Set<String> marked(SearchResponse response, String id) {
    return hit(response, id).snippets().stream()
        .flatMap(s -> s.matches().stream().map(m -> s.text().substring(m.start(), m.end())))
        .collect(Collectors.toSet());
  }

  @Test
  void malformedQueriesAreSearchedAsPlainWordsAndSaySo() throws IOException {
    for (String query : List.of("\"الهجرة غير", "(ليبيا", "ليبيا AND", "[داعش")) {
      SearchResponse response = search.search(SearchRequest.of(query));
      assertNotNull(response.query().warning(), query);
      assertTrue(response.total().value() > 0, query);
    }
    assertNull(search.search(SearchRequest.of("ليبيا")).query().warning());
  }

  @Test
  void pagesThroughTheHits() throws IOException {
    SearchRequest request = SearchRequest.of("ليبيا");
    List<String> first = search.search(request.withPage(1, 2)).hits().stream().map(Hit::id).toList();
    List<String> second = search.search(request.withPage(2, 2)).hits().stream().map(Hit::id).toList();
    assertEquals(2, first.size());
    assertEquals(2, second.size());
    assertEquals(Set.of(A000, A001, A002, A004), Set.copyOf(concat(first, second)));
    assertEquals(List.of(), search.search(request.withPage(3, 2)).hits());
  }

  @Test
  void anEmptyQueryListsEveryArticle() throws IOException {
    assertEquals(5, search.search(SearchRequest.of("")).total().value());
  }

  @Test
  void theDocumentViewGivesEveryMatchOffsetOnTheOriginalText() throws IOException {
    DocumentView doc = search.document(A002, "الإرهاب", TextForm.STEMMED).orElseThrow();
    List<String> marked = doc.matches().get("body").stream().map(m -> doc.body().substring(m.start(), m.end())).toList();
    assertEquals(5, marked.size(), marked.toString()); // الإرهابية (the adjective) is a different stem
    assertTrue(marked.stream().allMatch(w -> w.startsWith("الإرهاب")), marked.toString());
    assertTrue(search.document("no-such-id", "", TextForm.STEMMED).isEmpty());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static Set<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  static Hit hit(SearchResponse response, String id) {
    return response.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  static Map<String, Long> counts(SearchResponse response, String dim) {
    return response.facets().get(dim).values().stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }
}
