package org.fahras.http;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;

/** JSON responses: snake_case field names as in the API documentation, UTF-8, Arabic unescaped. */
final class Json {
  static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .disableHtmlEscaping()
          .create();

  private Json() {}

  static void send(HttpServerExchange exchange, int status, String contentType, Object body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType + "; charset=utf-8");
    write(exchange, GSON.toJson(body));
  }

  /**
   * Writes a finished answer. An exchange that did not turn blocking (every answer but a streamed
   * one) is answered from its connection's I/O thread, where Undertow then ends
   * it and re-arms the connection for its next request by itself. Ended on a worker thread, the
   * I/O thread spins on the connection's state while the worker re-arms it, which under load on
   * few cores takes CPU from the searches.
   */
  static void write(HttpServerExchange exchange, String text) {
    if (exchange.isBlocking() || exchange.isInIoThread()) {
      exchange.getResponseSender().send(text, StandardCharsets.UTF_8);
    } else {
      exchange.dispatch(exchange.getIoThread(), () -> exchange.getResponseSender().send(text, StandardCharsets.UTF_8));
    }
  }

  static void send(HttpServerExchange exchange, Object body) {
    send(exchange, 200, "application/json", body);
  }
}
