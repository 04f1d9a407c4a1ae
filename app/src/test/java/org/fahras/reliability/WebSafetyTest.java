package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fahras.PayloadArticle;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markup smuggled into an article stays text; static files stay in their folder; headers keep pages safe. */
class WebSafetyTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static Engine engine;
  private static FahrasServer server;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    PayloadArticle.addTo(engine);
    server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.disabled(), "127.0.0.1", 0);
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    engine.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void markupInAnArticleIsEscapedInSnippets() throws Exception {
    JsonObject response = JsonParser.parseString(get("/api/v1/search?q=" + URLEncoder.encode("هجوما", StandardCharsets.UTF_8)).body()).getAsJsonObject();
    JsonObject hit = response.getAsJsonArray("hits").get(0).getAsJsonObject();
    boolean sawPayload = false;
    for (JsonElement snippet : hit.getAsJsonArray("snippets")) {
      String html = snippet.getAsJsonObject().get("html").getAsString();
      assertFalse(html.contains("<script"), html);
      assertFalse(html.contains("<img"), html);
      assertFalse(html.contains("\"><b>"), html);
      sawPayload |= html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&quot;&gt;&lt;b&gt;");
      assertTrue(html.replaceAll("</?mark>", "").indexOf('<') < 0, "only <mark> is markup: " + html);
    }
    assertTrue(sawPayload, "the payload is shown as text");
  }

  @Test
  void theDocumentViewReturnsThePayloadAsPlainJsonText() throws Exception {
    HttpResponse<String> response = get("/api/v1/documents/xss");
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertTrue(JsonParser.parseString(response.body()).getAsJsonObject().get("body").getAsString().contains(PayloadArticle.PAYLOAD));
  }

  @Test
  void exportsCarryThePayloadAsTextOnly() throws Exception {
    HttpResponse<String> csv = get("/api/v1/search/export?format=csv&q=" + URLEncoder.encode("هجوما", StandardCharsets.UTF_8));
    assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().contains(PayloadArticle.PAYLOAD.replace("\"", "\"\"")), "quoted as CSV text");
    HttpResponse<String> jsonl = get("/api/v1/search/export?format=jsonl&q=" + URLEncoder.encode("هجوما", StandardCharsets.UTF_8));
    assertTrue(jsonl.headers().firstValue("content-type").orElse("").startsWith("application/x-ndjson"));
    assertTrue(JsonParser.parseString(jsonl.body().strip()).getAsJsonObject().get("title").getAsString().contains(PayloadArticle.PAYLOAD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/..%2fpom.xml", "/%2e%2e/pom.xml", "/%2e%2e%2f%2e%2e%2fetc/passwd", "/web/../../pom.xml",
      "/..\\pom.xml", "/org/fahras/cli/Main.class", "/META-INF/MANIFEST.MF"})
  void staticFilesCannotEscapeTheirFolder(String path) throws Exception {
    String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    String status = response.substring(0, response.indexOf("\r\n"));
    assertTrue(status.contains(" 404 ") || status.contains(" 400 "), path + " → " + status);
    assertFalse(response.contains("<artifactId>") || response.contains("root:") || response.contains("Main-Class"), path);
  }

  @Test
  void responsesCarrySecurityHeadersAndReadOnlyCors() throws Exception {
    HttpResponse<String> page = get("/");
    assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
    assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
    HttpResponse<String> api = get("/api/v1/health");
    assertEquals("*", api.headers().firstValue("access-control-allow-origin").orElse(""));
    HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/documents"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(preflight.headers().firstValue("access-control-allow-origin").isEmpty(), "no cross-site writes");
  }

  /** A request sent byte for byte, so that no client library normalises the path first. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
