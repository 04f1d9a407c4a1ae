package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fahras.SampleCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before they reach a route (too large, too many parameters, broken
 * percent-encoding) get a problem+json answer with the security headers, as every other refusal
 * does; HEAD is answered on the API's read routes as GET is, without the body.
 */
class RequestLimitsTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static int port;

  @BeforeAll
  static void start() {
    port = SampleCorpus.server().port();
  }

  /** The whole answer to a request written as is, for requests no HTTP client library would send. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(String answer, int status, String detail) {
    assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
    assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
    assertTrue(answer.contains("X-Content-Type-Options: nosniff"), answer);
    assertTrue(answer.contains("Content-Security-Policy: default-src 'self'"), answer);
    assertTrue(answer.contains("\"status\":" + status), answer);
    assertTrue(answer.contains(detail), answer);
  }

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeItIsSent() throws IOException {
    String answer = raw("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\n\r\n{}");

    assertProblem(answer, 413, "the limit is 2097152");
  }

  @Test
  void brokenPercentEncodingIsABadParameter() throws IOException {
    for (String query : new String[] {"q=%", "q=%G1", "q=%D9%8", "%ZZ=1"}) {
      assertProblem(raw("GET /api/v1/search?" + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "percent-encoding");
    }
  }

  @Test
  void moreThan200ParametersAreRefused() throws IOException {
    String params = IntStream.range(0, 201).mapToObj(i -> "filter.country=X" + i).collect(Collectors.joining("&"));

    assertProblem(raw("GET /api/v1/search?" + params + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "201 parameters; the limit is 200");
  }

  @Test
  void percentEncodedArabicAndPlusSignsStillDecode() throws Exception {
    String answer = raw("GET /api/v1/search?q=%D9%84%D9%8A%D8%A8%D9%8A%D8%A7+%D8%AA%D9%88%D9%86%D8%B3&per_page=1&facets= HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertTrue(answer.startsWith("HTTP/1.1 200 "), answer.substring(0, 200));
    assertTrue(answer.contains("\"text\":\"ليبيا تونس\""), answer.substring(0, 200));
  }

  @Test
  void headOnAnApiRouteAnswersLikeGetWithoutABody() throws Exception {
    for (String path : new String[] {"/api/v1/health", "/api/v1/search?q=%D8%AA%D9%88%D9%86%D8%B3", "/api/v1/documents/" + SampleCorpus.A000}) {
      URI uri = URI.create("http://127.0.0.1:" + port + path);
      HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(uri).HEAD().build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, head.statusCode(), path);
      assertEquals("", head.body(), path);
      assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
    }
  }
}
