package org.fahras.http;

import static org.fahras.SampleCorpus.A002;
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
import java.util.HashSet;
import java.util.Set;
import org.fahras.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over HTTP, on the sample corpus: answers, and refusals as problem+json. */
class ApiTest {
  private static FahrasServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = SampleCorpus.server();
  }

  static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
    return CLIENT.send(
        HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void searchAnswersWithMarkedSnippetsAndCountryCounts() throws Exception {
    HttpResponse<String> response = get("/api/v1/search?q=" + enc("الإرهاب"));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonObject body = json(response);
    assertEquals(3, body.getAsJsonObject("total").get("value").getAsInt());
    assertEquals("eq", body.getAsJsonObject("total").get("relation").getAsString());
    Set<String> ids = new HashSet<>();
    boolean marked = false;
    for (JsonElement hit : body.getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
      for (JsonElement snippet : hit.getAsJsonObject().getAsJsonArray("snippets")) {
        marked |= snippet.getAsJsonObject().get("html").getAsString().contains("<mark>الإرهاب</mark>");
      }
    }
    assertTrue(marked);
    assertEquals(Set.of(SampleCorpus.A000, A002, SampleCorpus.A003), ids);
    JsonObject country = body.getAsJsonObject("facets").getAsJsonObject("country");
    assertEquals("الدولة", country.get("label").getAsString());
    JsonObject first = country.getAsJsonArray("values").get(0).getAsJsonObject();
    assertEquals(3, first.get("count").getAsInt());
    assertFalse(first.get("label").getAsString().isEmpty());
    assertTrue(body.has("took_ms"));
    assertFalse(body.get("timed_out").getAsBoolean());
    assertEquals(10, body.get("per_page").getAsInt());
  }

  @Test
  void aCountryFilterNarrowsAndTheFacetStillOffersTheOthers() throws Exception {
    JsonObject all = json(get("/api/v1/search?q=" + enc("الإرهاب")));
    JsonObject libya = json(get("/api/v1/search?q=" + enc("الإرهاب") + "&filter.country=LY"));
    assertEquals(3, all.getAsJsonObject("total").get("value").getAsInt());
    assertEquals(2, libya.getAsJsonObject("total").get("value").getAsInt());
    JsonArray values = libya.getAsJsonObject("facets").getAsJsonObject("country").getAsJsonArray("values");
    boolean iraqListed = false;
    for (JsonElement v : values) {
      JsonObject value = v.getAsJsonObject();
      if (value.get("value").getAsString().equals("IQ")) {
        iraqListed = true;
        // 003 is about Iraq; 002 and 004 name it once, in passing, past their lead
        assertEquals(1, value.get("count").getAsInt(), "IQ would add 003 to the two Libyan hits");
      }
      if (value.get("value").getAsString().equals("LY")) {
        assertTrue(value.get("selected").getAsBoolean());
      }
    }
    assertTrue(iraqListed);
  }

  @Test
  void postedSearchesTakeTheSameFieldsAsJson() throws Exception {
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"الإرهاب\", \"filter\": {\"country\": [\"LY\"]}, \"per_page\": 1}", StandardCharsets.UTF_8))
            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    JsonObject body = json(response);
    assertEquals(2, body.getAsJsonObject("total").get("value").getAsInt());
    assertEquals(1, body.getAsJsonArray("hits").size());
    HttpResponse<String> bad = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"x\", \"colour\": 1}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode());
  }

  @Test
  void unbalancedQuotesAndBracketsStillSearchAndSaySo() throws Exception {
    for (String q : new String[] {"\"الهجرة غير", "(ليبيا", "ليبيا)"}) {
      HttpResponse<String> response = get("/api/v1/search?q=" + enc(q));
      assertEquals(200, response.statusCode(), q);
      JsonObject query = json(response).getAsJsonObject("query");
      assertTrue(query.has("warning"), q);
    }
  }

  @ParameterizedTest(name = "{0} → {1} hits")
  @CsvSource(delimiter = '|', value = {
    // 001 writes «الهجرة غير الشرعية»: as words in any order it is found, as a phrase only in its order
    "الشرعية الهجرة | 1",
    "«الشرعية الهجرة» | 0",
    "“الشرعية الهجرة” | 0",
    "«الهجرة غير الشرعية» | 1",
    "“الهجرة غير الشرعية” | 1",
    "„الهجرة غير الشرعية“ | 1",
    // the Arabic comma separates like a space, typed with or without one after it
    "تونس، الجزائر | 4",
    "تونس،الجزائر | 4",
  })
  void queriesTypedOnAnArabicKeyboard(String q, int hits) throws Exception {
    JsonObject body = json(get("/api/v1/search?q=" + enc(q)));
    assertEquals(hits, body.getAsJsonObject("total").get("value").getAsInt(), q);
    assertFalse(body.getAsJsonObject("query").has("warning"), q);
  }

  @Test
  void anUnclosedGuillemetIsSearchedAsWordsAndSaysSo() throws Exception {
    JsonObject body = json(get("/api/v1/search?q=" + enc("«الهجرة غير")));
    assertEquals("the query syntax was not understood, so it was searched as plain words",
        body.getAsJsonObject("query").get("warning").getAsString());
    assertEquals(2, body.getAsJsonObject("total").get("value").getAsInt(), "000 and 001 write الهجرة");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/api/v1/search?q=x&page=-1, 400, page",
    "/api/v1/search?q=x&page=abc, 400, page",
    "/api/v1/search?q=x&per_page=100000, 400, per_page",
    "/api/v1/search?q=x&filter.colour=red, 400, colour",
    "/api/v1/search?q=x&facets=country%2Cweather, 400, weather",
    "/api/v1/search?q=x&mode=fuzzy, 400, mode",
    "/api/v1/search?q=x&sort=price, 400, sort",
    "/api/v1/search?q=x&date_from=yesterday, 400, date_from",
    "/api/v1/search?qq=x, 400, qq",
    "/api/v1/documents/no-such-document, 404, no-such-document",
    "/api/v1/documents/" + A002 + "?view=pdf, 400, view",
    "/api/v1/nothing-here, 404, nothing-here",
    "/api/v1/search/nothing-here, 404, nothing-here",
    "/nope, 404, nope",
  })
  void badRequestsGetAProblemThatSaysWhatIsWrong(String path, int status, String named) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(status, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertEquals(status, problem.get("status").getAsInt());
    assertTrue(problem.get("detail").getAsString().contains(named), problem.get("detail").getAsString());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("\tat "), response.body());
  }

  @Test
  void aQueryOverTheLengthCapIsRefused() throws Exception {
    HttpResponse<String> response = get("/api/v1/search?q=" + enc("ليبيا ".repeat(300)));
    assertEquals(400, response.statusCode());
    assertEquals("query_too_long", json(response).get("code").getAsString(), "a code a client can translate");
    assertEquals("result_window", json(get("/api/v1/search?per_page=100&page=101")).get("code").getAsString());
    assertEquals("not_found", json(get("/api/v1/documents/no-such-document")).get("code").getAsString());
  }

  @Test
  void theDocumentViewHasTheCleanTextEntitiesAndMatches() throws Exception {
    JsonObject doc = json(get("/api/v1/documents/" + A002 + "?q=" + enc("الإرهاب")));
    assertEquals(A002, doc.get("id").getAsString());
    assertFalse(doc.get("body").getAsString().contains("غزة"), "sidebars are not part of the article");
    assertFalse(doc.has("raw"));
    assertEquals(5, doc.getAsJsonObject("matches").getAsJsonArray("body").size());
    JsonObject raw = json(get("/api/v1/documents/" + A002 + "?view=raw"));
    assertTrue(raw.get("raw").getAsString().contains("غزة"), "the raw view shows what was stripped");
  }

  @Test
  void exportsTheCurrentSearchAsCsvWithAByteOrderMarkAndAsJsonLines() throws Exception {
    HttpResponse<String> csv = get("/api/v1/search/export?format=csv&q=" + enc("الإرهاب") + "&filter.country=LY");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFFid,title,source,url,published_at,country,official,topic,snippet\r\n"));
    String[] rows = csv.body().split("\r\n");
    assertEquals(3, rows.length, "a header and the two Libyan hits");
    assertTrue(csv.body().contains("\"" + SampleCorpus.A000 + "\""));
    assertTrue(csv.body().contains("\"" + A002 + "\",\"وزير الخارجية الجزائري رمطان لعمامرة\""));
    HttpResponse<String> jsonl = get("/api/v1/search/export?format=jsonl&limit=2&q=" + enc("ليبيا"));
    String[] lines = jsonl.body().strip().split("\n");
    assertEquals(2, lines.length);
    assertTrue(JsonParser.parseString(lines[0]).getAsJsonObject().has("id"));
    assertEquals(400, get("/api/v1/search/export?format=pdf").statusCode());
    assertEquals(400, get("/api/v1/search/export?limit=" + (ExportHandler.DEFAULT_MAX_LIMIT + 1)).statusCode());
  }

  @Test
  void aCsvCellCannotBecomeASpreadsheetFormula() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ExportHandler.csvCell("=HYPERLINK(\"x\")"));
    assertEquals("\"وزير\"", ExportHandler.csvCell("وزير"));
  }

  @Test
  void theOpenApiDescriptionListsEveryRoute() throws Exception {
    JsonObject paths = json(get("/api/v1/openapi.json")).getAsJsonObject("paths");
    for (String route : new String[] {"/api/v1/search", "/api/v1/search/export", "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/health",
        "/api/v1/facets/{name}/values", "/api/v1/suggest"}) {
      assertTrue(paths.has(route), route);
    }
  }

  @Test
  void healthCountsTheDocuments() throws Exception {
    JsonObject health = json(get("/api/v1/health"));
    assertEquals("ok", health.get("status").getAsString());
    assertEquals(5, health.get("documents").getAsInt());
  }

  @Test
  void theWebPageIsArabicAndRightToLeft() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertTrue(page.headers().firstValue("content-security-policy").isPresent());
    assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
    assertEquals(200, get("/app.js").statusCode());
  }
}
