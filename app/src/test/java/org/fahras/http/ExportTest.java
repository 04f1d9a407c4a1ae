package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export past the search API's deepest page: 10,050 short wire items, every one exported with
 * {@code limit=all} (read with searchAfter), bounded by the deployment's export limit; the file is
 * named from the query and the day, and the parameters an export ignores are named.
 */
class ExportTest {
  private static final int ARTICLES = SearchParams.MAX_RESULT_WINDOW + 50;
  private static final int DEPLOYMENT_LIMIT = SearchParams.MAX_RESULT_WINDOW + 20;
  private static final Clock ELECTION_DAY = Clock.fixed(Instant.parse("2024-10-06T09:00:00Z"), ZoneOffset.UTC);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static Engine engine;
  private static Undertow server;

  @BeforeAll
  static void start() throws Exception {
    engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    for (int i = 0; i < ARTICLES; i++) {
      String body = "أعلنت هيئة الانتخابات في تونس نتائج الدائرة رقم " + i + " بعد فرز الأصوات.";
      engine.pipeline().index(new RawDocument("wire-" + i, Format.TEXT, body.getBytes(StandardCharsets.UTF_8),
          Map.of("published_at", Instant.parse("2024-10-06T00:00:00Z").plusSeconds(i).toString()), "wire.jsonl:" + i));
    }
    engine.store().commit();
    ExportHandler export = new ExportHandler(engine.search(), DEPLOYMENT_LIMIT, ELECTION_DAY);
    server = Undertow.builder().addHttpListener(0, "127.0.0.1")
        .setHandler(new FahrasServer.OnWorker(new ErrorHandler(export::export))).build();
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (engine != null) {
      engine.close();
    }
  }

  private static HttpResponse<String> get(String query) throws Exception {
    int port = ((InetSocketAddress) server.getListenerInfo().getFirst().getAddress()).getPort();
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search/export?" + query)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void everyHitPastTheSearchWindowUpToTheDeploymentsLimit() throws Exception {
    HttpResponse<String> all = get("format=jsonl&limit=all&sort=date:asc&q=" + ApiTest.enc("الانتخابات"));
    assertEquals(200, all.statusCode(), all.body());
    assertEquals(String.valueOf(ARTICLES), header(all, ExportHandler.MATCHED_HEADER));
    assertEquals(String.valueOf(DEPLOYMENT_LIMIT), header(all, ExportHandler.ROWS_HEADER));
    List<String> lines = all.body().lines().toList();
    assertEquals(DEPLOYMENT_LIMIT, lines.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = JsonParser.parseString(lines.get(i)).getAsJsonObject().get("id").getAsString();
      assertEquals("wire-" + i, id, "oldest first, no hit twice or skipped across pages");
      ids.add(id);
    }
    assertEquals(DEPLOYMENT_LIMIT, ids.size());

    assertEquals(400, get("format=jsonl&limit=" + (DEPLOYMENT_LIMIT + 1)).statusCode(), "beyond the deployment's limit");
  }

  @Test
  void theDeploymentSetsItsLimitInTheEnvironment() {
    assertEquals(ExportHandler.DEFAULT_MAX_LIMIT, ExportHandler.maxLimit(Map.of()));
    assertEquals(250_000, ExportHandler.maxLimit(Map.of(ExportHandler.LIMIT_VARIABLE, "250000")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ExportHandler.maxLimit(Map.of(ExportHandler.LIMIT_VARIABLE, "lots")));
  }

  @Test
  void theFileIsNamedFromTheQueryAndTheDay() throws Exception {
    HttpResponse<String> csv = get("limit=5&q=" + ApiTest.enc("هيئة الانتخابات \"تونس\""));
    String disposition = header(csv, "content-disposition");
    assertTrue(disposition.startsWith("attachment; filename=\"fahras-2024-10-06.csv\"; "), disposition);
    String utf8 = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    assertEquals("fahras-هيئة-الانتخابات-تونس-2024-10-06.csv", utf8);
    assertEquals("fahras-2024-10-06.jsonl", new ExportHandler(engine.search(), 1, ELECTION_DAY).fileName("", "jsonl"));
  }

  @Test
  void thePagingParametersItIgnoresAreNamed() throws Exception {
    HttpResponse<String> paged = get("format=jsonl&limit=3&page=4&per_page=20&q=" + ApiTest.enc("تونس"));
    assertEquals(200, paged.statusCode());
    assertEquals("page, per_page", header(paged, ExportHandler.IGNORED_HEADER));
    assertEquals(3, paged.body().lines().count(), "the first hits, not page 4's");
    assertTrue(get("format=jsonl&limit=3&q=" + ApiTest.enc("تونس")).headers().firstValue(ExportHandler.IGNORED_HEADER).isEmpty());
  }
}
