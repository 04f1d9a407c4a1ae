package org.fahras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where an answer is written: a request without a body is handled on a worker thread and its
 * answer written, and its exchange ended, on the connection's I/O thread (so the I/O thread never
 * waits on a worker re-arming the connection). A request with a body is the same once the I/O
 * thread has read the body. Both answers arrive whole, Arabic as written.
 */
class AnswerThreadTest {
  private final List<String> endedOn = new CopyOnWriteArrayList<>();
  private final List<String> handledOn = new CopyOnWriteArrayList<>();
  private Undertow server;
  private String base;

  @BeforeEach
  void start() {
    server =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(new FahrasServer.OnWorker(this::answer))
            .build();
    server.start();
    base = "http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().getFirst().getAddress()).getPort();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(HttpServerExchange exchange) throws Exception {
    if (exchange.getRequestMethod().equalToString("POST")) {
      RequestBody.json(1024, Duration.ofSeconds(5), this::answer).handleRequest(exchange);
    } else {
      answer(exchange, "الإرهاب");
    }
  }

  private void answer(HttpServerExchange exchange, String q) {
    handledOn.add(exchange.isInIoThread() ? "io" : "worker");
    exchange.addExchangeCompleteListener((ended, next) -> {
      endedOn.add(ended.isInIoThread() ? "io" : "worker");
      next.proceed();
    });
    Json.send(exchange, Map.of("q", q));
  }

  /** The threads the exchanges ended on, once {@code count} have: the client may read an answer before its exchange's end is heard. */
  private List<String> ended(int count) throws InterruptedException {
    for (int i = 0; i < 500 && endedOn.size() < count; i++) {
      Thread.sleep(10);
    }
    return endedOn;
  }

  @Test
  void aRequestWithoutBodyIsAnsweredFromTheIoThread() throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      for (int i = 0; i < 3; i++) { // the same connection, kept alive: its next request is read too
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("{\"q\":\"الإرهاب\"}", response.body());
      }
    }
    assertEquals(List.of("worker", "worker", "worker"), handledOn);
    assertEquals(List.of("io", "io", "io"), ended(3));
  }

  @Test
  void aRequestWithABodyIsHandledOnAWorkerOnceReadAndAnsweredFromTheIoThread() throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/search"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"غزة\"}"))
          .build();
      HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertEquals("{\"q\":\"{\\\"q\\\":\\\"غزة\\\"}\"}", response.body());
    }
    assertEquals(List.of("worker"), handledOn);
    assertEquals(List.of("io"), ended(1));
  }
}
