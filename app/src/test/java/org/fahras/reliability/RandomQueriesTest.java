package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfos;
import org.fahras.SampleCorpus;
import org.fahras.http.FahrasServer;
import org.fahras.lucene.FacetedSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and random queries against the API: every one answered, never with a 5xx. */
class RandomQueriesTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static FahrasServer server;

  @BeforeAll
  static void start() {
    server = SampleCorpus.server();
  }

  static HttpResponse<String> search(String q) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "*ليبيا", "?يبيا", "ل*", "ا*", "ليبيا~2", "/.*ي.*ا.*/", "/(ا|ب|ت|ث)*(ا|ب)*.{1,20}(ي|ة)+/",
    "\"الهجرة غير الشرعية\"~10000", "title:ليبيا", "unknownfield:ليبيا", "((((((((((((((((((((ليبيا))))))))))))))))))))",
    "ليبيا^1000000", "AND OR NOT", "\\", "\u0000\u0001", "-", "+", "!!", "{* TO *}", "[ا TO ي]",
  })
  void hostileQueriesGetAnAnswerNotAnError(String q) throws Exception {
    int status = search(q).statusCode();
    assertTrue(status == 200 || status == 400, q + " → " + status);
  }

  /** Every field the index has, and the API's names, with every syntax that targets a field. */
  @Test
  void everyFieldWithEverySyntaxIsAnsweredNotAnError() throws Exception {
    Set<String> fields = new TreeSet<>(List.of("title", "body", "names", "country", "official", "topic", "source", "url",
        "published_at", "tags", "id", "date", "unknownfield"));
    FacetedSearcher searcher = SampleCorpus.engine().lucene().store().acquire();
    try {
      FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).forEach(info -> fields.add(info.name));
    } finally {
      SampleCorpus.engine().lucene().store().release(searcher);
    }
    List<String> syntaxes = List.of("\"تونس ليبيا\"", "\"تونس ليبيا\"~3", "تون*", "تو?س", "تونس~2", "تونس~", "[ا TO ي]", "{* TO *}",
        "[2015-01-01 TO 2016-01-01]", "/تو.*/", "/[ا/", "(تونس OR ليبيا)", "تونس^3");
    List<String> failures = new ArrayList<>();
    for (String field : fields) {
      for (String syntax : syntaxes) {
        String q = field.replace(":", "\\:") + ":" + syntax;
        int status = search(q).statusCode();
        if (status != 200 && status != 400) {
          failures.add(q + " → " + status);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void aFuzzyTermLongerThanAnyWordIsRefusedBeforeItCostsSeconds() throws Exception {
    HttpResponse<String> response = search("تونس".repeat(249) + "~2");

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("fuzzy"), response.body());
  }

  /** The export and the facet-value search run the same query, so they refuse it the same way. */
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/search/export?format=csv&q=", "/api/v1/facets/country/values?prefix=%D8%AA&q="})
  void everyRouteThatRunsAQueryRefusesTheLongFuzzyTerm(String route) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + route + URLEncoder.encode("تونس".repeat(249) + "~2", StandardCharsets.UTF_8));
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("fuzzy"), response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+292278994-08-17T07:12:55.808Z", "+1000000-01-01T00:00:00Z",
    "0000-01-01", "9999-12-31", "-0001-01-01T00:00:00Z", "2024-02-30", "2024-13-01", "1970-01-01T00:00:00Z",
  })
  void extremeDatesAreAnsweredNotAnError(String date) throws Exception {
    for (String name : List.of("date_from", "date_to")) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?" + name + "=" + URLEncoder.encode(date, StandardCharsets.UTF_8));
      int status = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
      assertTrue(status == 200 || status == 400, name + "=" + date + " → " + status);
    }
  }

  @Test
  void aLongBooleanQueryIsBounded() throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      words.add("كلمة" + i);
    }
    int status = search(String.join(" OR ", words)).statusCode();
    assertTrue(status == 200 || status == 400, "→ " + status);
  }

  @Test
  void tenThousandRandomQueriesNeverGetA5xx() throws Exception {
    Random random = new Random(20261124L);
    String[] pieces = {"ليبيا", "الإرهاب", "وزير", "تونس", "«", "»", "\"", "“", "”", "(", ")", "[", "]", "{", "}", "AND", "OR",
        "NOT", "-", "+", "*", "?", "~", "^2", ":", "/", "\\", "،", "؟", "Libya", "café", "ـ", "\u064E", "\u200F", "\t", "\u0007",
        "title:", "body:", "&", "|", "!", "'", "0", "٢٠٢٤", "𝔸", "🙂"};
    int fiveHundreds = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        q.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          q.append(' ');
        }
      }
      int status = search(q.toString()).statusCode();
      if (status >= 500) {
        fiveHundreds++;
        if (examples.size() < 5) {
          examples.add(q.toString());
        }
      }
    }
    assertEquals(0, fiveHundreds, "e.g. " + examples);
  }
}
