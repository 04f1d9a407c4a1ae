package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fahras.SampleCorpus;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that are slow, or stop half-way, on purpose or not: they hold connections, never the
 * threads that answer everyone else, and the server closes their connections when a step takes
 * longer than its limit. The bounds the tests wait for are generous (seconds where the server
 * answers in milliseconds): before the fix, health did not answer at all while such clients were
 * connected, and their connections stayed open for as long as they liked.
 */
class SlowClientsTest {
  /** More slow clients than the server has threads of any kind. */
  private static final int SLOW_CLIENTS = 4 * Runtime.getRuntime().availableProcessors() + 4;
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final List<Socket> sockets = new ArrayList<>();
  private FahrasServer server;

  @AfterEach
  void close() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private FahrasServer start(FahrasServer.Limits limits) {
    Engine engine = SampleCorpus.engine();
    server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.disabled(), "127.0.0.1", 0, limits);
    server.start();
    return server;
  }

  /** A connection that sends {@code text} and then nothing more. */
  private Socket send(String text) throws IOException {
    Socket socket = new Socket();
    sockets.add(socket);
    socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return socket;
  }

  private static String slowSearchBody() {
    return "POST /api/v1/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
  }

  private HttpResponse<String> get(String path) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(PATIENCE).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  private HttpResponse<String> postSearch(String json) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search"))
          .timeout(PATIENCE).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /** Whether the server closes the connection within {@link #PATIENCE} (an answer before the close is read through). */
  private static boolean closedByServer(Socket socket) throws IOException {
    socket.setSoTimeout((int) PATIENCE.toMillis());
    try {
      InputStream in = socket.getInputStream();
      while (in.read() != -1) {
        // an answer (a 408, say) may come first
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }

  @Test
  void searchesAndHealthAreAnsweredWhileBodiesTrickleIn() throws Exception {
    start(FahrasServer.Limits.DEFAULTS);
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      send(slowSearchBody());
    }

    HttpResponse<String> health = get("/api/v1/health");
    assertEquals(200, health.statusCode(), health.body());
    HttpResponse<String> search = postSearch("{\"q\": \"ليبيا\", \"facets\": \"\"}");
    assertEquals(200, search.statusCode(), search.body());
    assertTrue(search.body().contains("\"analyzed\":[\"ليبيا\"]"), search.body());
  }

  @Test
  void aBodyThatDoesNotArriveInTimeLosesItsConnection() throws Exception {
    start(new FahrasServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30), 1000));
    Socket slow = send(slowSearchBody());

    assertTrue(closedByServer(slow));
    assertEquals(200, get("/api/v1/health").statusCode());
  }

  @Test
  void headersThatNeverEndLoseTheirConnection() throws Exception {
    start(new FahrasServer.Limits(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30), 1000));
    List<Socket> halfSent = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      halfSent.add(send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: "));
    }

    assertEquals(200, get("/api/v1/health").statusCode(), "answered while the half-sent requests are open");
    for (Socket socket : halfSent) {
      assertTrue(closedByServer(socket));
    }
  }

  @Test
  void exportsThatNobodyReadsDoNotHoldUpWrites(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (var samples = Files.list(SampleCorpus.FOLDER)) {
      for (Path sample : samples.toList()) {
        for (int copy = 0; copy < 400; copy++) { // enough hits that an export outgrows the sockets' buffers
          Files.copy(sample, corpus.resolve(copy + "-" + sample.getFileName()));
        }
      }
    }
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      engine.pipeline().run(List.of(corpus), done -> {});
      engine.store().commit();
      server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.of("t"), "127.0.0.1", 0, FahrasServer.Limits.DEFAULTS);
      server.start();
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        Socket unread = new Socket();
        sockets.add(unread);
        unread.setReceiveBufferSize(1024);
        unread.connect(new InetSocketAddress("127.0.0.1", server.port()));
        unread.getOutputStream().write("GET /api/v1/search/export?format=jsonl&limit=10000 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      Thread.sleep(2_000); // the exports fill what the sockets buffer and block

      try (HttpClient client = HttpClient.newHttpClient()) {
        HttpResponse<String> written = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/documents")).timeout(PATIENCE)
                .header("Authorization", "Bearer t").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"w\", \"body\": \"اجتماع أمني في تونس لبحث ملف الحدود\"}", StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, written.statusCode(), written.body());
      }
      assertEquals(200, get("/api/v1/health").statusCode());
      server.close();
      server = null;
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosed() throws Exception {
    start(new FahrasServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(30), 1000));
    Socket idle = send("");

    assertTrue(closedByServer(idle));
  }
}
