package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fahras.search.FacetNames;
import org.fahras.search.FacetValueSearch;
import org.fahras.search.Suggester;

/** The type-ahead endpoints: search within a facet's values, and completions for the search box. */
final class FacetHandlers {
  static final int MAX_PREFIX_LENGTH = 100;
  static final int MAX_SIZE = 100;
  private static final int DEFAULT_SIZE = 10;
  /** Facets the search box completes; sources are not names a journalist types to search. */
  private static final List<String> SUGGESTED = List.of(FacetNames.OFFICIAL, FacetNames.COUNTRY, FacetNames.TOPIC);

  private final FacetValueSearch values;
  private final Suggester suggester;

  FacetHandlers(FacetValueSearch values, Suggester suggester) {
    this.values = values;
    this.suggester = suggester;
  }

  /**
   * {@code GET /api/v1/facets/{name}/values?prefix=…}: the values of one facet whose label or value
   * starts with the prefix, counted over the search given by the other parameters (q, filter.*,
   * exclude.*, dates), so the counts match that search's facet list.
   */
  void values(HttpServerExchange exchange) throws IOException {
    String dim = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY).getParameters().get("name");
    if (!FacetNames.ALL.contains(dim)) {
      throw new ApiException.NotFound("no facet named '" + dim + "'; facets are " + String.join(", ", FacetNames.ALL));
    }
    Map<String, List<String>> params = ApiHandlers.params(exchange);
    String prefix = prefix(params);
    int size = SearchParams.integer(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    FacetValueSearch.Order order =
        SearchParams.choice(params, "order", "count", Map.of("count", FacetValueSearch.Order.COUNT, "label", FacetValueSearch.Order.LABEL));
    Map<String, List<String>> search = new LinkedHashMap<>(params);
    search.keySet().removeAll(Set.of("prefix", "size", "order"));
    Json.send(exchange, values.values(dim, prefix, SearchParams.parse(search), size, order));
  }

  /** {@code GET /api/v1/suggest?prefix=…}: officials, countries and topics completing the prefix, with their counts. */
  void suggest(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = ApiHandlers.params(exchange);
    for (String name : params.keySet()) {
      if (!List.of("prefix", "size", "facets").contains(name)) {
        throw new ApiException.BadParameter("unknown parameter '" + name + "'; known parameters: facets, prefix, size");
      }
    }
    String prefix = prefix(params);
    int size = SearchParams.integer(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    List<String> facets = SUGGESTED;
    if (params.containsKey("facets")) {
      facets = Arrays.stream(SearchParams.single(params, "facets", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      facets.forEach(dim -> SearchParams.checkDimension(dim, "facets"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prefix", prefix);
    body.put("suggestions", suggester.suggest(prefix, facets, size));
    Json.send(exchange, body);
  }

  private static String prefix(Map<String, List<String>> params) {
    String prefix = SearchParams.single(params, "prefix", "").strip();
    if (prefix.isEmpty()) {
      throw new ApiException.BadParameter("prefix is missing: give the first letters of a name, such as prefix=تون");
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      throw new ApiException.BadParameter("prefix is " + prefix.length() + " characters long; the limit is " + MAX_PREFIX_LENGTH);
    }
    return prefix;
  }
}
