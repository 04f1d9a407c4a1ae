package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.fahras.lucene.LuceneEngine;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.search.FacetLabels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up under a running server and is freed again: while it is full, writes answer
 * 503 with the reason (not a 400 blaming the client), health says so, searches go on over the last
 * commit; once space is back, the next write succeeds without a restart and nothing committed
 * before is lost.
 */
class DiskFullTest {
  private static final String TOKEN = "disk-full-token";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dir;
  private final AtomicBoolean full = new AtomicBoolean();
  private LuceneEngine engine;
  private FahrasServer server;

  /** A real folder whose every new file, and every write to an open one, fails while {@link #full} is set. */
  private final class FillingDisk extends FilterDirectory {
    FillingDisk(Directory in) {
      super(in);
    }

    private void check() throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      check();
      return new Filling(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      check();
      return new Filling(super.createTempOutput(prefix, suffix, context));
    }

    @Override
    public void sync(java.util.Collection<String> names) throws IOException {
      check();
      super.sync(names);
    }

    private final class Filling extends org.apache.lucene.store.FilterIndexOutput {
      Filling(IndexOutput out) {
        super("filling(" + out + ")", out.getName(), out);
      }

      @Override
      public void writeByte(byte b) throws IOException {
        check();
        super.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        check();
        super.writeBytes(b, offset, length);
      }
    }
  }

  @BeforeEach
  void start() throws IOException {
    ConfigFiles config = ConfigFiles.defaults();
    AnalysisResources resources = AnalysisResources.load(config);
    engine = LuceneEngine.open(new FillingDisk(FSDirectory.open(dir)), resources, FacetLabels.load(config));
    IndexPipeline pipeline = new IndexPipeline(Cleaner.load(config), EntityExtractor.load(config, resources), resources, engine.store(), dir);
    server = new FahrasServer(engine.search(), pipeline, engine.store(), WriteAccess.of(TOKEN), "127.0.0.1", 0);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    full.set(false);
    server.close();
    engine.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private HttpResponse<String> post(String id, String word) throws Exception {
    String json = "{\"id\": \"" + id + "\", \"title\": \"اجتماع أمني في تونس\", \"body\": \"بحث وزراء الداخلية في تونس ملف "
        + word + " وتأمين الحدود المشتركة.\"}";
    return send(request("/api/v1/documents").header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private long hits(String q) throws Exception {
    HttpResponse<String> response = send(request("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("total").get("value").getAsLong();
  }

  private JsonObject health() throws Exception {
    HttpResponse<String> response = send(request("/api/v1/health"));
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void writesAnswer503WhileTheDiskIsFullAndWorkAgainOnceItIsFreed() throws Exception {
    assertEquals(201, post("before", "كزيلوفون").statusCode());

    full.set(true);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> refused = post("during-" + i, "ترومبون");
      assertEquals(503, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("No space left on device"), refused.body());
      assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }
    assertEquals(503, send(request("/api/v1/documents/before").header("Authorization", "Bearer " + TOKEN).DELETE()).statusCode());
    assertEquals("degraded", health().get("status").getAsString());
    assertTrue(health().get("storage").getAsString().contains("No space left on device"));
    assertEquals(1, hits("كزيلوفون"), "searches go on over the last commit");

    full.set(false);
    HttpResponse<String> after = post("after", "أكورديون");
    assertEquals(201, after.statusCode(), after.body());
    assertEquals("ok", health().get("status").getAsString());
    assertEquals(1, hits("كزيلوفون"), "what was committed before the disk filled is still there");
    assertEquals(1, hits("أكورديون"));
  }
}
