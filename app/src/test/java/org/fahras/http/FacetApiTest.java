package org.fahras.http;

import static org.fahras.http.ApiTest.enc;
import static org.fahras.http.ApiTest.get;
import static org.fahras.http.ApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facet sizes, exclusions shown in the facet lists, search within a facet's values and the search
 * box's completions, over HTTP on the sample corpus (five articles: Algeria in all five; Tunisia,
 * Syria and Libya in four; Iraq in three; Italy and Egypt in two; seven countries in one).
 */
class FacetApiTest {
  @BeforeAll
  static void start() {
    ApiTest.start();
  }

  private static Map<String, Integer> counts(JsonArray values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonElement v : values) {
      counts.put(v.getAsJsonObject().get("value").getAsString(), v.getAsJsonObject().get("count").getAsInt());
    }
    return counts;
  }

  private static List<String> labels(JsonArray values) {
    List<String> labels = new ArrayList<>();
    values.forEach(v -> labels.add(v.getAsJsonObject().get("label").getAsString()));
    return labels;
  }

  @Test
  void facetValuesAreOrderedByCountThenArabicAlphabetically() throws Exception {
    JsonArray values = json(get("/api/v1/search?facets=country&facet_size=20&per_page=1"))
        .getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values");
    // equal counts in dictionary order: the hamza of إيطاليا does not put it first
    assertEquals(List.of("الجزائر", "تونس", "ليبيا", "إيطاليا", "مصر", "العراق", "سوريا", "هولندا"), labels(values));
  }

  @Test
  void facetSizeCanBeSetPerFacet() throws Exception {
    JsonObject facets = json(get("/api/v1/search?facet_size=2&facet_size.official=3&facet_size.topic=") ).getAsJsonObject("facets");
    assertEquals(2, facets.getAsJsonObject("country").getAsJsonArray("values").size());
    assertEquals(6, facets.getAsJsonObject("country").get("other_count").getAsInt(), "8 countries, 2 listed");
    assertEquals(3, facets.getAsJsonObject("official").getAsJsonArray("values").size());
    assertEquals(2, facets.getAsJsonObject("topic").getAsJsonArray("values").size(), "an empty size leaves the default");
    JsonObject posted = json(ApiTest.post("/api/v1/search", "{\"facets\": \"country\", \"facet_size\": {\"country\": 4}}"));
    assertEquals(4, posted.getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values").size());
  }

  @Test
  void anExcludedValueLeavesTheResultsButStaysListedToBeUndone() throws Exception {
    JsonObject body = json(get("/api/v1/search?exclude.country=IT&facets=country&facet_size=20"));
    assertEquals(3, body.getAsJsonObject("total").get("value").getAsInt(), "000 and 001 name Italy");
    JsonObject italy = null;
    for (JsonElement v : body.getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values")) {
      if (v.getAsJsonObject().get("value").getAsString().equals("IT")) {
        italy = v.getAsJsonObject();
      }
    }
    assertEquals("إيطاليا", italy.get("label").getAsString());
    assertTrue(italy.get("excluded").getAsBoolean());
    assertFalse(italy.get("selected").getAsBoolean());
    assertEquals(0, italy.get("count").getAsInt());
  }

  @Test
  void aFacetsValuesAreFoundByTheFirstLettersOfAnyWordOfTheirLabel() throws Exception {
    JsonObject tunisia = json(get("/api/v1/facets/country/values?prefix=" + enc("تون")));
    assertEquals("country", tunisia.get("facet").getAsString());
    assertEquals("الدولة", tunisia.get("label").getAsString());
    assertEquals(Map.of("TN", 4), counts(tunisia.getAsJsonArray("values")));
    assertEquals("تونس", tunisia.getAsJsonArray("values").get(0).getAsJsonObject().get("label").getAsString());
    // without its article, with a hamza typed or not, or by ISO code
    for (String typed : new String[] {"جزائر", "الجزائ", "الجزا", "dz"}) {
      assertEquals(Map.of("DZ", 5), counts(json(get("/api/v1/facets/country/values?prefix=" + enc(typed))).getAsJsonArray("values")), typed);
    }
    JsonObject officials = json(get("/api/v1/facets/official/values?prefix=" + enc("النوري")));
    assertEquals(Map.of("khaled-nouri", 1), counts(officials.getAsJsonArray("values")));
    assertEquals("خالد النوري — وزير الداخلية (تونس)", officials.getAsJsonArray("values").get(0).getAsJsonObject().get("label").getAsString());
  }

  @Test
  void facetValuesListInArabicAlphabeticalOrderOnRequestAndAreCappedBySize() throws Exception {
    JsonObject byLabel = json(get("/api/v1/facets/country/values?order=label&prefix=" + enc("ال")));
    assertEquals("label", byLabel.get("order").getAsString());
    assertEquals(List.of("الجزائر", "العراق"), labels(byLabel.getAsJsonArray("values")));
    JsonObject byCount = json(get("/api/v1/facets/country/values?size=2&prefix=" + enc("ال")));
    assertEquals(2, byCount.get("total").getAsInt());
    assertEquals(List.of("الجزائر", "العراق"), labels(byCount.getAsJsonArray("values")));
  }

  @Test
  void facetValueCountsFollowTheCurrentSearchLikeItsFacetList() throws Exception {
    String search = "q=" + enc("الإرهاب") + "&filter.country=LY";
    JsonObject found = json(get("/api/v1/facets/country/values?prefix=" + enc("ال") + "&" + search));
    assertEquals(Map.of("DZ", 3, "IQ", 1), counts(found.getAsJsonArray("values")));
    Map<String, Integer> facetList = counts(json(get("/api/v1/search?facet_size=20&" + search))
        .getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values"));
    counts(found.getAsJsonArray("values")).forEach((value, count) -> assertEquals(facetList.get(value), count, value));
    JsonObject libya = json(get("/api/v1/facets/country/values?prefix=" + enc("ليب") + "&" + search));
    assertTrue(libya.getAsJsonArray("values").get(0).getAsJsonObject().get("selected").getAsBoolean());
  }

  @Test
  void theSearchBoxIsCompletedWithCountriesOfficialsAndTopics() throws Exception {
    JsonObject typed = json(get("/api/v1/suggest?prefix=" + enc("الجزا")));
    assertEquals("الجزا", typed.get("prefix").getAsString());
    JsonObject first = typed.getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertEquals("country", first.get("facet").getAsString());
    assertEquals("DZ", first.get("value").getAsString());
    assertEquals("الجزائر", first.get("label").getAsString());
    assertEquals(5, first.get("count").getAsInt());
    assertEquals(typed.get("suggestions"), json(get("/api/v1/suggest?prefix=" + enc("الجزائ"))).get("suggestions"), "with or without the hamza's seat");

    JsonObject official = json(get("/api/v1/suggest?prefix=" + enc("قيس سع"))).getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertEquals("kais-saied", official.get("value").getAsString());
    // the sample articles carry no date, so no dated role is said (official-terms.tsv)
    assertEquals("قيس سعيد (تونس)", official.get("label").getAsString());

    JsonArray topics = json(get("/api/v1/suggest?facets=topic&prefix=" + enc("الهجرة"))).getAsJsonArray("suggestions");
    assertEquals(1, topics.size());
    assertEquals("migration", topics.get(0).getAsJsonObject().get("value").getAsString());
    assertEquals("الهجرة", topics.get(0).getAsJsonObject().get("label").getAsString());
    assertEquals(2, topics.get(0).getAsJsonObject().get("count").getAsInt());

    JsonArray tunisia = json(get("/api/v1/suggest?size=2&prefix=" + enc("تون"))).getAsJsonArray("suggestions");
    assertEquals(2, tunisia.size());
    assertEquals("تونس", tunisia.get(0).getAsJsonObject().get("label").getAsString(), "a label that starts with the prefix comes first");
    assertEquals(0, json(get("/api/v1/suggest?prefix=" + enc("زززز"))).getAsJsonArray("suggestions").size());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/api/v1/facets/weather/values?prefix=x, 404, weather",
    "/api/v1/facets/country/values, 400, prefix",
    "/api/v1/facets/country/values?prefix=%20, 400, prefix",
    "/api/v1/facets/country/values?prefix=x&size=0, 400, size",
    "/api/v1/facets/country/values?prefix=x&size=many, 400, size",
    "/api/v1/facets/country/values?prefix=x&size=1000, 400, size",
    "/api/v1/facets/country/values?prefix=x&order=name, 400, order",
    "/api/v1/facets/country/values?prefix=x&filter.colour=red, 400, colour",
    "/api/v1/facets/country/values?prefix=x&prefix=y, 400, prefix",
    "/api/v1/suggest, 400, prefix",
    "/api/v1/suggest?prefix=x&size=-3, 400, size",
    "/api/v1/suggest?prefix=x&facets=weather, 400, weather",
    "/api/v1/suggest?prefix=x&q=y, 400, q",
    "/api/v1/search?facet_size.weather=3, 400, weather",
    "/api/v1/search?facet_size.country=0, 400, facet_size.country",
    "/api/v1/search?facet_size.country=lots, 400, facet_size.country",
  })
  void badRequestsGetAProblemThatSaysWhatIsWrong(String path, int status, String named) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertEquals(status, problem.get("status").getAsInt());
    assertTrue(problem.get("detail").getAsString().contains(named), problem.get("detail").getAsString());
  }

  @Test
  void aPrefixOverItsCapIsRefused() throws Exception {
    HttpResponse<String> response = get("/api/v1/suggest?prefix=" + enc("ت".repeat(FacetHandlers.MAX_PREFIX_LENGTH + 1)));
    assertEquals(400, response.statusCode());
    assertTrue(json(response).get("detail").getAsString().contains("prefix"));
  }
}
