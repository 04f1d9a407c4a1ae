package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fahras.SampleCorpus;
import org.junit.jupiter.api.Test;

/**
 * The API's cross-origin policy (docs/OPERATIONS.md): a page on another site may search, by GET or
 * by a JSON POST, and read documents; it may never write, token or not.
 */
class CrossOriginTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ORIGIN = "https://newsroom.example";

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.header("Origin", ORIGIN).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SampleCorpus.server().port() + path));
  }

  private static HttpResponse<String> preflight(String path, String method, String headers) throws Exception {
    return send(to(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Access-Control-Request-Method", method).header("Access-Control-Request-Headers", headers));
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void aJsonSearchFromAnotherSiteIsPreflightedAndAnswered() throws Exception {
    HttpResponse<String> preflight = preflight("/api/v1/search", "POST", "content-type");
    assertEquals(204, preflight.statusCode());
    assertEquals("*", header(preflight, "access-control-allow-origin"));
    assertTrue(List.of(header(preflight, "access-control-allow-methods").split(", ")).contains("POST"), header(preflight, "access-control-allow-methods"));
    assertEquals("Content-Type", header(preflight, "access-control-allow-headers"));

    HttpResponse<String> search = send(to("/api/v1/search").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"الإرهاب\", \"filter\": {\"country\": [\"LY\"]}}", StandardCharsets.UTF_8)));
    assertEquals(200, search.statusCode());
    assertEquals("*", header(search, "access-control-allow-origin"));
    assertEquals(2, ApiTest.json(search).getAsJsonObject("total").get("value").getAsInt());
  }

  @Test
  void readsCarryTheGrantAndTheExportsHeadersCanBeRead() throws Exception {
    for (String path : List.of("/api/v1/search?q=" + ApiTest.enc("ليبيا"), "/api/v1/documents/" + SampleCorpus.A002, "/api/v1/health",
        "/api/v1/suggest?prefix=" + ApiTest.enc("تون"), "/api/v1/search/export?q=" + ApiTest.enc("ليبيا"))) {
      HttpResponse<String> answer = send(to(path).GET());
      assertEquals(200, answer.statusCode(), path);
      assertEquals("*", header(answer, "access-control-allow-origin"), path);
    }
    HttpResponse<String> preflight = preflight("/api/v1/documents/" + SampleCorpus.A002, "GET", "");
    assertEquals(204, preflight.statusCode());
    assertEquals("*", header(preflight, "access-control-allow-origin"));
    String exposed = header(send(to("/api/v1/search/export?q=x").GET()), "access-control-expose-headers");
    for (String header : List.of("Content-Disposition", ExportHandler.MATCHED_HEADER, ExportHandler.ROWS_HEADER, ExportHandler.IGNORED_HEADER)) {
      assertTrue(List.of(exposed.split(", ")).contains(header), header + " in " + exposed);
    }
  }

  @Test
  void writesGetNoGrantSoABrowserNeverSendsThem() throws Exception {
    for (String[] write : List.of(new String[] {"/api/v1/documents", "POST"}, new String[] {"/api/v1/documents/" + SampleCorpus.A002, "DELETE"})) {
      HttpResponse<String> preflight = preflight(write[0], write[1], "authorization, content-type");
      assertEquals(204, preflight.statusCode(), write[1] + " " + write[0]);
      assertTrue(preflight.headers().firstValue("access-control-allow-origin").isEmpty(), write[1] + " " + write[0]);
      assertTrue(preflight.headers().firstValue("access-control-allow-methods").isEmpty(), write[1] + " " + write[0]);
    }
    HttpResponse<String> post = send(to("/api/v1/documents").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"x\", \"body\": \"نص\"}")));
    assertEquals(403, post.statusCode(), "this server takes no writes at all");
    assertTrue(post.headers().firstValue("access-control-allow-origin").isEmpty());
  }
}
