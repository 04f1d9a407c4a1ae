package org.fahras.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fahras.analysis.TextForm;
import org.fahras.search.ArticleSearch;
import org.fahras.search.ArticleStore;
import org.fahras.search.DocumentView;

/** The JSON API's read endpoints: each method answers one route of {@link FahrasServer}. */
final class ApiHandlers {
  /** A search's parameters fit in far less; a larger body is a mistake or an attack. */
  static final int SEARCH_BODY_BYTES = 64 * 1024;

  private final ArticleSearch search;
  private final ArticleStore store;

  ApiHandlers(ArticleSearch search, ArticleStore store) {
    this.search = search;
    this.store = store;
  }

  /** {@code GET /api/v1/search}. */
  void search(HttpServerExchange exchange) throws IOException {
    Json.send(exchange, search.search(SearchParams.parse(params(exchange))));
  }

  /**
   * {@code POST /api/v1/search}: the same fields as the query string, as a JSON object; facet
   * values may be nested ({@code "filter": {"country": ["TN", "DZ"]}}) or flat ({@code
   * "filter.country": "TN"}).
   */
  void searchPost(HttpServerExchange exchange, String text) throws IOException {
    JsonObject body;
    try {
      body = JsonParser.parseString(text).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new ApiException.BadParameter("the body must be a JSON object such as {\"q\": \"ليبيا\", \"filter\": {\"country\": [\"TN\"]}}");
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> field : body.entrySet()) {
      if (field.getValue().isJsonObject()) {
        for (Map.Entry<String, JsonElement> nested : field.getValue().getAsJsonObject().entrySet()) {
          params.put(field.getKey() + "." + nested.getKey(), strings(nested.getValue()));
        }
      } else {
        params.put(field.getKey(), strings(field.getValue()));
      }
    }
    Json.send(exchange, search.search(SearchParams.parse(params)));
  }

  private static List<String> strings(JsonElement value) {
    List<String> strings = new ArrayList<>();
    if (value.isJsonArray()) {
      value.getAsJsonArray().forEach(v -> strings.addAll(strings(v)));
    } else if (value.isJsonPrimitive()) {
      strings.add(value.getAsString());
    } else if (!value.isJsonNull()) {
      throw new ApiException.BadParameter("parameter values are strings, numbers or lists of them");
    }
    return strings;
  }

  /** {@code GET /api/v1/documents/{id}}: the clean article; {@code q} adds match offsets, {@code view=raw} the input. */
  void document(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = params(exchange);
    for (String name : params.keySet()) {
      if (!List.of("q", "view", "mode").contains(name)) {
        throw new ApiException.BadParameter("unknown parameter '" + name + "'; known parameters: mode, q, view");
      }
    }
    String id = UrlDecoding.lastSegment(exchange);
    String view = first(params, "view", "clean");
    if (!view.equals("clean") && !view.equals("raw")) {
      throw new ApiException.BadParameter("view must be clean or raw, not '" + view + "'");
    }
    String q = first(params, "q", "");
    if (q.length() > SearchParams.MAX_QUERY_LENGTH) {
      throw new ApiException.BadParameter("query_too_long", "q is longer than " + SearchParams.MAX_QUERY_LENGTH + " characters");
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

  /** {@code GET /api/v1/openapi.json}: the API described for other apps' tooling. */
  void openApi(HttpServerExchange exchange) throws IOException {
    try (var in = ApiHandlers.class.getResourceAsStream("/api/openapi.json")) {
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
      Json.write(exchange, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** {@code GET /api/v1/health}. */
  void health(HttpServerExchange exchange) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    Optional<String> storage = store.failure();
    body.put("status", storage.isPresent() ? "degraded" : "ok");
    body.put("documents", search.documentCount());
    storage.ifPresent(failure -> body.put("storage", failure + "; searches answer from the last commit, writes fail until storage works"));
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
