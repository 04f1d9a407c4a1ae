package org.fahras.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.URLUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decodes the path and the query parameters, which the server leaves encoded
 * ({@code UndertowOptions.DECODE_URL} off): Undertow's own decoding answers a malformed escape
 * ({@code q=%}, {@code %G1}) with a bare 400 before any handler runs, this one with a problem
 * message. An encoded slash stays encoded in the path, so it never splits a route's segment;
 * {@link #lastSegment} gives the segment decoded whole (a document id such as {@code a/b}).
 */
final class UrlDecoding implements HttpHandler {
  private static final AttachmentKey<String> RAW_PATH = AttachmentKey.create(String.class);
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final HttpHandler next;

  UrlDecoding(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String raw = exchange.getRelativePath();
    exchange.putAttachment(RAW_PATH, raw);
    String path = decode(raw, false, "the path");
    exchange.setRelativePath(path);
    exchange.setRequestPath(decode(exchange.getRequestPath(), false, "the path"));
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, Deque<String>> entry : exchange.getQueryParameters().entrySet()) {
      List<String> values = params.computeIfAbsent(decode(entry.getKey(), true, "a parameter name"), k -> new ArrayList<>());
      for (String value : entry.getValue()) {
        values.add(decode(value, true, "the value of '" + entry.getKey() + "'"));
      }
    }
    exchange.getQueryParameters().clear();
    params.forEach((name, values) -> values.forEach(value -> exchange.addQueryParam(name, value)));
    next.handleRequest(exchange);
  }

  /** The last segment of the request's path, decoded whole: an encoded slash in it is a slash. */
  static String lastSegment(HttpServerExchange exchange) {
    String raw = exchange.getAttachment(RAW_PATH);
    return decode(raw.substring(raw.lastIndexOf('/') + 1), true, "the path");
  }

  /** A query parameter is form-encoded (+ is a space); a path is not, and keeps its encoded slashes. */
  private static String decode(String text, boolean parameter, String what) {
    try {
      return URLUtils.decode(text, UTF_8, parameter, parameter, new StringBuilder());
    } catch (IllegalArgumentException e) {
      throw new ApiException.BadParameter(what + " is not valid percent-encoding: each % must start an escape such as %20 or %D8%A7");
    }
  }
}
