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
    exchange.getResponseSender().send(GSON.toJson(body), StandardCharsets.UTF_8);
  }

  static void send(HttpServerExchange exchange, Object body) {
    send(exchange, 200, "application/json", body);
  }
}
