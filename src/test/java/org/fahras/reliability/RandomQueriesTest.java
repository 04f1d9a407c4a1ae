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
import org.fahras.SampleCorpus;
import org.fahras.http.FahrasServer;
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
