package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.SearchResponse.Hit;
import org.fahras.search.SearchResponse.Labeled;
import org.fahras.search.SearchService;

/**
 * {@code GET /api/v1/search/export?format=csv|jsonl&…}: the hits of the current search, streamed
 * page by page, up to {@code limit} (at most {@value #MAX_LIMIT}). CSV has a header row and a
 * UTF-8 byte-order mark, so spreadsheet programs show Arabic; cells that a spreadsheet would run
 * as a formula are defused.
 */
final class ExportHandler {
  static final int MAX_LIMIT = 10_000;
  private static final int DEFAULT_LIMIT = 1_000;
  private static final List<String> COLUMNS =
      List.of("id", "title", "source", "url", "published_at", "country", "official", "topic", "snippet");

  private final SearchService search;

  ExportHandler(SearchService search) {
    this.search = search;
  }

  void export(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = ApiHandlers.params(exchange);
    List<String> formats = params.remove("format");
    String format = formats == null || formats.isEmpty() ? "csv" : formats.getFirst();
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new ApiException.BadParameter("format must be csv or jsonl, not '" + format + "'");
    }
    List<String> limits = params.remove("limit");
    int limit = DEFAULT_LIMIT;
    if (limits != null && !limits.isEmpty()) {
      try {
        limit = Integer.parseInt(limits.getFirst());
      } catch (NumberFormatException e) {
        throw new ApiException.BadParameter("limit must be a whole number, not '" + limits.getFirst() + "'");
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new ApiException.BadParameter("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
      }
    }
    params.remove("page");
    params.remove("per_page");
    params.put("facets", List.of(""));
    SearchRequest request = SearchParams.parse(params);
    // the first page is searched before the response starts, so a bad query still gets its 4xx
    int perPage = SearchParams.MAX_PER_PAGE;
    SearchResponse first = search.search(request.withPage(1, perPage));
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE,
        format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"fahras-export." + format + "\"");
    exchange.startBlocking();
    OutputStream out = exchange.getOutputStream();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format.equals("csv")) {
      writer.write('\uFEFF');
      writer.write(String.join(",", COLUMNS) + "\r\n");
    }
    int written = 0;
    SearchResponse page = first;
    for (int n = 1; written < limit && !page.hits().isEmpty(); n++) {
      if (n > 1) {
        if ((long) n * perPage > SearchParams.MAX_RESULT_WINDOW) {
          break;
        }
        page = search.search(request.withPage(n, perPage));
      }
      for (Hit hit : page.hits()) {
        if (written++ >= limit) {
          break;
        }
        writer.write(format.equals("csv") ? csvRow(hit) : Json.GSON.toJson(hit) + "\n");
      }
      writer.flush();
    }
    writer.flush();
  }

  private static String csvRow(Hit hit) {
    String snippet = hit.snippets().stream().filter(s -> s.field().equals("body")).map(SearchResponse.Snippet::text)
        .findFirst().orElse("");
    List<String> cells = List.of(hit.id(), orEmpty(hit.title()), hit.source(), hit.url(), orEmpty(hit.publishedAt()),
        labels(hit.country()), labels(hit.official()), labels(hit.topic()), snippet);
    return cells.stream().map(ExportHandler::csvCell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String labels(List<Labeled> values) {
    return values.stream().map(Labeled::label).collect(Collectors.joining("؛ "));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Quoted, quotes doubled; a leading = + - @ gets a ' so no spreadsheet runs it as a formula. */
  static String csvCell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
