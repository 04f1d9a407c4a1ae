package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.TextForm;
import org.fahras.search.DocumentView;
import org.fahras.search.SearchService;

/** The JSON API's read endpoints: each method answers one route of {@link FahrasServer}. */
final class ApiHandlers {
  private final SearchService search;

  ApiHandlers(SearchService search) {
    this.search = search;
  }

  /** {@code GET /api/v1/search}. */
  void search(HttpServerExchange exchange) throws IOException {
    Json.send(exchange, search.search(SearchParams.parse(params(exchange))));
  }

  /** {@code GET /api/v1/documents/{id}}: the clean article; {@code q} adds match offsets, {@code view=raw} the input. */
  void document(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = params(exchange);
    for (String name : params.keySet()) {
      if (!List.of("q", "view", "mode").contains(name)) {
        throw new ApiException.BadParameter("unknown parameter '" + name + "'; known parameters: mode, q, view");
      }
    }
    String id = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY).getParameters().get("id");
    String view = first(params, "view", "clean");
    if (!view.equals("clean") && !view.equals("raw")) {
      throw new ApiException.BadParameter("view must be clean or raw, not '" + view + "'");
    }
    String q = first(params, "q", "");
    if (q.length() > SearchParams.MAX_QUERY_LENGTH) {
      throw new ApiException.BadParameter("q is longer than " + SearchParams.MAX_QUERY_LENGTH + " characters");
    }
    TextForm mode = SearchParams.parse(Map.of("mode", List.of(first(params, "mode", "stemmed")))).mode();
    DocumentView doc =
        search.document(id, q, mode).orElseThrow(() -> new ApiException.NotFound("no document with id '" + id + "'"));
    if (view.equals("clean")) {
      doc = new DocumentView(doc.id(), doc.title(), doc.body(), doc.source(), doc.url(), doc.publishedAt(), doc.tags(),
          doc.country(), doc.official(), doc.topic(), doc.matches(), null);
    }
    Json.send(exchange, doc);
  }

  /** {@code GET /api/v1/health}. */
  void health(HttpServerExchange exchange) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("documents", search.documentCount());
    Json.send(exchange, body);
  }

  /** The query-string parameters (Undertow also files path parameters there; they are left out). */
  static Map<String, List<String>> params(HttpServerExchange exchange) {
    PathTemplateMatch route = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, Deque<String>> entry : exchange.getQueryParameters().entrySet()) {
      if (route == null || !route.getParameters().containsKey(entry.getKey())) {
        params.put(entry.getKey(), new ArrayList<>(entry.getValue()));
      }
    }
    return params;
  }

  private static String first(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.getFirst();
  }
}
