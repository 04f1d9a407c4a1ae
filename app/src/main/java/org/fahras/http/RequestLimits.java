package org.fahras.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Collection;

/**
 * The limits every request meets before it is routed, answered as problems rather than with
 * Undertow's bare 400: a declared body over {@value #MAX_ENTITY_BYTES} bytes is refused with 413
 * before a byte of it is read, and a body sent without a length is cut off there; more than
 * {@value #MAX_PARAMETERS} query parameters are refused with 400.
 */
final class RequestLimits implements HttpHandler {
  /** Above the largest body any route takes, so that each route answers its own limit in its words. */
  static final long MAX_ENTITY_BYTES = 2L * WriteHandlers.MAX_BODY_BYTES;
  static final int MAX_PARAMETERS = 200;

  private final HttpHandler next;

  RequestLimits(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    long declared = exchange.getRequestContentLength();
    if (declared > MAX_ENTITY_BYTES) {
      exchange.setPersistent(false); // the body is never read, so the connection cannot carry another request
      throw new ApiException.TooLarge("the body is " + declared + " bytes; the limit is " + MAX_ENTITY_BYTES);
    }
    exchange.setMaxEntitySize(MAX_ENTITY_BYTES);
    int parameters = exchange.getQueryParameters().values().stream().mapToInt(Collection::size).sum();
    if (parameters > MAX_PARAMETERS) {
      throw new ApiException.BadParameter("the request has " + parameters + " parameters; the limit is " + MAX_PARAMETERS);
    }
    next.handleRequest(exchange);
  }
}
