package org.fahras.http;

import static org.fahras.SampleCorpus.A000;
import static org.fahras.SampleCorpus.A001;
import static org.fahras.SampleCorpus.A002;
import static org.fahras.SampleCorpus.A003;
import static org.fahras.SampleCorpus.A004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.ServedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each search parameter over HTTP, on the sample articles with publication dates (004 and 002 in
 * 2015, 003 in 2016, 000 and 001 in 2024).
 */
class SearchParametersApiTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static ServedIndex served;

  @BeforeAll
  static void start() throws Exception {
    served = ServedIndex.start(dir, ServedIndex::datedSamples);
  }

  @AfterAll
  static void stop() throws IOException {
    served.close();
  }

  private static JsonObject get(String query) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create(served.url(query))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), query + " → " + response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static JsonObject search(String params) throws IOException, InterruptedException {
    return get("/api/v1/search?" + params);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonObject body) {
    List<String> ids = new ArrayList<>();
    body.getAsJsonArray("hits").forEach(h -> ids.add(h.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "date_from=2024-01-01 | " + A000 + " " + A001,
    "date_to=2015-12-31 | " + A002 + " " + A004,
    "date_from=2015-02-01&date_to=2016-12-31 | " + A002 + " " + A003,
    // an end day counts whole; an instant is taken as given
    "date_to=2015-01-28 | " + A004,
    "date_from=2024-05-20T11:00:00Z | " + A001,
    "date_from=2030-01-01 | ''",
  })
  void aDateRangeKeepsTheArticlesPublishedInIt(String params, String expected) throws Exception {
    Set<String> want = expected.isBlank() ? Set.of() : Set.of(expected.split(" "));
    assertEquals(want, Set.copyOf(ids(search(params + "&per_page=10"))), params);
  }

  @Test
  void sortedByDateEitherWayWithTheDateInEachHit() throws Exception {
    assertEquals(List.of(A001, A000, A003, A002, A004), ids(search("sort=date:desc")));
    assertEquals(List.of(A004, A002, A003, A000, A001), ids(search("sort=date:asc")));
    JsonObject first = search("sort=date:desc").getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("2024-10-04T16:45:00Z", first.get("published_at").getAsString());
  }

  @Test
  void pagesOfTheChosenSize() throws Exception {
    JsonObject third = search("sort=date:asc&per_page=2&page=3");
    assertEquals(List.of(A001), ids(third));
    assertEquals(5, third.getAsJsonObject("total").get("value").getAsInt());
    assertEquals(3, third.get("page").getAsInt());
    assertEquals(2, third.get("per_page").getAsInt());
    assertEquals(List.of(A003, A000), ids(search("sort=date:asc&per_page=2&page=2")));
    assertEquals(List.of(), ids(search("per_page=2&page=4")), "past the last page: no hits, same total");
  }

  /** A reversed date range searches the dates between, an unknown filter value finds nothing: both say so. */
  @Test
  void whatCannotBeSearchedAsAskedIsReported() throws Exception {
    JsonObject reversed = search("date_from=2016-12-31&date_to=2015-02-01");
    assertEquals(Set.of(A002, A003), Set.copyOf(ids(reversed)));
    assertEquals("date_from is after date_to, so the dates between them were searched",
        reversed.getAsJsonObject("query").get("warning").getAsString());
    JsonObject unknown = search("filter.country=ZZ&filter.country=TN");
    assertEquals("no article has country 'ZZ'", unknown.getAsJsonObject("query").get("warning").getAsString());
    assertFalse(search("filter.country=TN").getAsJsonObject("query").has("warning"));
    assertFalse(search("date_from=2015-02-01&date_to=2016-12-31").getAsJsonObject("query").has("warning"));
  }

  @Test
  void theOperatorJoinsTheWords() throws Exception {
    String q = "q=" + enc("داعش المخدرات");
    assertEquals(Set.of(A002), Set.copyOf(ids(search(q))), "both words: only 002");
    assertEquals(Set.of(A002), Set.copyOf(ids(search(q + "&operator=and"))));
    assertEquals(Set.of(A001, A002, A003, A004), Set.copyOf(ids(search(q + "&operator=or"))));
  }

  @Test
  void theModeChoosesHowStrictlyWordsMatch() throws Exception {
    assertEquals(Set.of(A002, A003), Set.copyOf(ids(search("mode=exact&q=" + enc("الإرهابية")))));
    assertEquals(List.of(), ids(search("mode=exact&q=" + enc("ايطاليا"))), "000 writes إيطاليا");
    assertEquals(List.of(A000), ids(search("mode=normalized&q=" + enc("ايطاليا"))));
    assertEquals("normalized", search("mode=normalized&q=" + enc("ايطاليا")).getAsJsonObject("query").get("mode").getAsString());
  }

  @Test
  void onlyTheFacetsAskedForAreCounted() throws Exception {
    JsonObject facets = search("facets=country,topic").getAsJsonObject("facets");
    assertEquals(Set.of("country", "topic"), facets.keySet());
  }

  @Test
  void snippetsCanBeLeftOutOrSized() throws Exception {
    String q = "q=" + enc("الإرهاب");
    for (JsonElement hit : search(q + "&snippets=false").getAsJsonArray("hits")) {
      assertEquals(0, hit.getAsJsonObject().getAsJsonArray("snippets").size());
    }
    assertTrue(snippetLength(search(q + "&snippet_size=40")) < snippetLength(search(q + "&snippet_size=400")));
  }

  private static int snippetLength(JsonObject body) {
    int length = 0;
    for (JsonElement hit : body.getAsJsonArray("hits")) {
      for (JsonElement snippet : hit.getAsJsonObject().getAsJsonArray("snippets")) {
        length += snippet.getAsJsonObject().get("text").getAsString().length();
      }
    }
    return length;
  }

  @Test
  void aSelectedValueIsListedEvenAtCountZero() throws Exception {
    JsonObject body = search("q=" + enc("الهجرة") + "&filter.country=IQ&facets=country");
    assertEquals(0, body.getAsJsonObject("total").get("value").getAsInt(), "000 and 001 speak of migration, neither of Iraq");
    JsonArray values = body.getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values");
    JsonObject iraq = values.get(values.size() - 1).getAsJsonObject();
    assertEquals("IQ", iraq.get("value").getAsString());
    assertEquals("العراق", iraq.get("label").getAsString());
    assertEquals(0, iraq.get("count").getAsInt());
    assertTrue(iraq.get("selected").getAsBoolean());
  }

  @Test
  void excludeAndDatesWorkInPostedSearchesAndExportsToo() throws Exception {
    HttpResponse<String> posted = CLIENT.send(
        HttpRequest.newBuilder(URI.create(served.url("/api/v1/search")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"exclude\": {\"country\": [\"IT\"]}, \"date_from\": \"2015-01-01\", \"sort\": \"date:asc\"}"))
            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, posted.statusCode(), posted.body());
    assertEquals(List.of(A004, A002, A003), ids(JsonParser.parseString(posted.body()).getAsJsonObject()));

    HttpResponse<String> export = CLIENT.send(
        HttpRequest.newBuilder(URI.create(served.url("/api/v1/search/export?format=jsonl&date_from=2024-01-01&exclude.official=kais-saied"))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String[] lines = export.body().strip().split("\n");
    assertEquals(1, lines.length, "001: 2024, and without قيس سعيد (named in 000)");
    assertEquals(A001, JsonParser.parseString(lines[0]).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void theDocumentViewMatchesInTheModeAsked() throws Exception {
    String q = "q=" + enc("ايطاليا");
    assertEquals(0, get("/api/v1/documents/" + A000 + "?mode=exact&" + q).getAsJsonObject("matches").getAsJsonArray("body").size());
    assertFalse(get("/api/v1/documents/" + A000 + "?mode=normalized&" + q).getAsJsonObject("matches").getAsJsonArray("body").isEmpty());
    assertEquals("2024-05-20T10:00:00Z", get("/api/v1/documents/" + A000).get("published_at").getAsString());
  }
}
