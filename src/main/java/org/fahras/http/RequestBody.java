package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a JSON request body, refused with 413 past the limit whether or not the client declared its length. */
final class RequestBody {
  private RequestBody() {}

  static String json(HttpServerExchange exchange, int maxBytes) throws IOException {
    String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (type != null && !type.startsWith("application/json")) {
      throw new ApiException.BadParameter("send the body as application/json, not " + type);
    }
    long declared = exchange.getRequestContentLength();
    if (declared > maxBytes) {
      throw new ApiException.TooLarge("the body is " + declared + " bytes; the limit is " + maxBytes);
    }
    if (!exchange.isBlocking()) {
      exchange.startBlocking();
    }
    byte[] bytes = exchange.getInputStream().readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ApiException.TooLarge("the body is over the limit of " + maxBytes + " bytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
