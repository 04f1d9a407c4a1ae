package org.fahras.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.util.List;

/**
 * Cross-origin access to the API (docs/OPERATIONS.md, "Cross-origin access"): a page on any other
 * site may search — GET and HEAD on every read route, POST on {@code /api/v1/search} with a JSON
 * body — without credentials. Writes stay token-only: no origin is granted the {@code
 * Authorization} header, so a browser never sends another site's write, and non-browser clients are
 * not concerned. Preflights ({@code OPTIONS}) are answered here, before any route.
 */
final class CorsHandler implements HttpHandler {
  static final String SEARCH = "/api/v1/search";
  /** Headers another site's script may read from an answer (the export's file name and notes). */
  static final String EXPOSED =
      String.join(", ", "Content-Disposition", ExportHandler.MATCHED_HEADER, ExportHandler.ROWS_HEADER, ExportHandler.IGNORED_HEADER);

  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");

  private final HttpHandler next;

  CorsHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    if (!path.startsWith("/api/")) {
      next.handleRequest(exchange);
      return;
    }
    HttpString method = exchange.getRequestMethod();
    HeaderMap headers = exchange.getResponseHeaders();
    if (method.equals(Methods.OPTIONS)) {
      String allowed = crossOriginMethods(path);
      String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
      // a preflight for a write gets no grant at all, so the browser never sends it
      if (requested == null || List.of(allowed.split(", ")).contains(requested)) {
        headers.put(ALLOW_ORIGIN, "*");
        headers.put(ALLOW_METHODS, allowed);
        headers.put(ALLOW_HEADERS, "Content-Type");
        headers.put(MAX_AGE, "86400");
      }
      exchange.setStatusCode(StatusCodes.NO_CONTENT);
      exchange.endExchange();
      return;
    }
    if (method.equals(Methods.GET) || method.equals(Methods.HEAD) || (method.equals(Methods.POST) && path.equals(SEARCH))) {
      headers.put(ALLOW_ORIGIN, "*");
      headers.put(EXPOSE_HEADERS, EXPOSED);
    }
    next.handleRequest(exchange);
  }

  /** The methods another origin may use on this path: reads, and the JSON search. */
  private static String crossOriginMethods(String path) {
    return path.equals(SEARCH) ? "GET, HEAD, POST" : "GET, HEAD";
  }
}
