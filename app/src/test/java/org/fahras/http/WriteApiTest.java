package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and deleting documents through the API: token checks, limits, and searches running meanwhile. */
class WriteApiTest {
  private static final String TOKEN = "test-token-7c1e";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dir;
  private Engine engine;
  private FahrasServer server;

  @BeforeEach
  void start() throws IOException {
    engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    engine.pipeline().run(List.of(Path.of("samples/news")), done -> {});
    server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.of(TOKEN), "127.0.0.1", 0);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    engine.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private HttpResponse<String> post(String json, String token) throws Exception {
    HttpRequest.Builder r = request("/api/v1/documents").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    return send(r);
  }

  private long hits(String q) throws Exception {
    HttpResponse<String> response = send(request("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("total").get("value").getAsLong();
  }

  static String article(String id, String word) {
    return "{\"id\": \"" + id + "\", \"title\": \"اجتماع أمني في تونس " + word + "\", "
        + "\"body\": \"عقد وزراء الداخلية اجتماعا في تونس العاصمة لبحث ملف " + word + " وتأمين الحدود المشتركة بين البلدين.\", "
        + "\"source\": \"الأناضول\", \"published_at\": \"2024-05-01\"}";
  }

  @Test
  void aPostedDocumentIsSearchableAtOnceAndADeletedOneIsGone() throws Exception {
    HttpResponse<String> created = post(article("wire-1", "كزيلوفون"), TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(1, hits("كزيلوفون"));
    HttpResponse<String> deleted = send(request("/api/v1/documents/wire-1").header("Authorization", "Bearer " + TOKEN).DELETE());
    assertEquals(204, deleted.statusCode());
    assertEquals(0, hits("كزيلوفون"));
    assertEquals(404, send(request("/api/v1/documents/wire-1").GET()).statusCode());
  }

  @Test
  void anIdWithSlashesIsReadAndDeletedWithTheSlashesEncoded() throws Exception {
    String id = "2024/05/تونس-1";
    String path = "/api/v1/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    assertEquals(201, post(article(id, "كزيلوفون"), TOKEN).statusCode());

    HttpResponse<String> read = send(request(path).GET());
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(id, JsonParser.parseString(read.body()).getAsJsonObject().get("id").getAsString());
    assertEquals(204, send(request(path).header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
    assertEquals(404, send(request(path).GET()).statusCode());
    assertEquals(0, hits("كزيلوفون"));
  }

  @Test
  void aDateBeyondWhatTheIndexKeepsIsRefusedWithAReason() throws Exception {
    HttpResponse<String> response = post(article("far", "كلمة").replace("2024-05-01", "+999999999-12-31T23:59:59Z"), TOKEN);

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("published_at"), response.body());
    assertEquals(5, hits(""));
  }

  @Test
  void writesWithoutTheRightTokenAreRefused() throws Exception {
    assertEquals(401, post(article("x", "كلمة"), null).statusCode());
    assertEquals(401, post(article("x", "كلمة"), "wrong").statusCode());
    assertEquals(401, send(request("/api/v1/documents/" + "000_f83fad4017c3a26e").DELETE()).statusCode());
    assertEquals(5, hits(""), "nothing was written");
  }

  @Test
  void writesAreForbiddenWhenTheServerHasNoToken() throws Exception {
    FahrasServer readOnly = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.disabled(), "127.0.0.1", 0);
    readOnly.start();
    try {
      HttpResponse<String> response = CLIENT.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/v1/documents"))
              .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(article("x", "كلمة"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(403, response.statusCode());
      assertTrue(response.body().contains("FAHRAS_TOKEN"));
    } finally {
      readOnly.close();
    }
  }

  @Test
  void badBodiesAreRefusedWithAReason() throws Exception {
    assertEquals(413, post("{\"id\": \"big\", \"body\": \"" + "ا".repeat(700_000) + "\"}", TOKEN).statusCode());
    HttpResponse<String> broken = post("{\"id\": \"x\", \"body\": ", TOKEN);
    assertEquals(400, broken.statusCode());
    HttpResponse<String> noId = post("{\"body\": \"نص\"}", TOKEN);
    assertEquals(400, noId.statusCode());
    assertTrue(noId.body().contains("id"), noId.body());
    assertEquals(5, hits(""));
  }

  @Test
  void searchesKeepAnsweringWhileDocumentsComeAndGo() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    ExecutorService readers = Executors.newFixedThreadPool(3);
    for (int r = 0; r < 3; r++) {
      readers.submit(() -> {
        while (writing.get()) {
          try {
            for (String q : List.of("ليبيا", "الإرهاب", "تونس الحدود", "")) {
              HttpResponse<String> response = send(request("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
              if (response.statusCode() != 200) {
                errors.add(response.statusCode() + " " + response.body());
              }
            }
          } catch (Exception e) {
            errors.add(e.toString());
          }
        }
        return null;
      });
    }
    try {
      for (int i = 0; i < 20; i++) {
        String word = "رمزفريد" + (char) ('ا' + i);
        assertEquals(201, post(article("live-" + i, word), TOKEN).statusCode());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (hits(word) == 0) { // visible within a second of the write
          assertTrue(System.nanoTime() < deadline, "live-" + i + " not searchable within 1 s");
        }
        if (i % 3 == 0) {
          assertEquals(204, send(request("/api/v1/documents/live-" + i).header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
        }
      }
    } finally {
      writing.set(false);
      readers.shutdown();
      readers.awaitTermination(30, TimeUnit.SECONDS);
    }
    assertEquals(List.of(), List.copyOf(errors));
    assertEquals(5 + 20 - 7, hits(""));
  }
}
