package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fahras.search.ArticleSearch;
import org.fahras.search.HitStream;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.SearchResponse.Hit;
import org.fahras.search.SearchResponse.Labeled;

/**
 * {@code GET /api/v1/search/export?format=csv|jsonl&…}: the hits of the current search, streamed
 * page by page ({@link ArticleSearch#stream}, so past the deepest page the search API reaches), up to
 * {@code limit}: a number, or {@code all} for every hit up to the server's export limit
 * ({@value #DEFAULT_MAX_LIMIT} unless the deployment sets {@code FAHRAS_EXPORT_LIMIT}). CSV has a
 * header row and a UTF-8 byte-order mark, so spreadsheet programs show Arabic; cells that a
 * spreadsheet would run as a formula are defused. The file is named from the query and the day;
 * headers say how many articles matched, how many rows follow, and which search parameters an
 * export ignores.
 */
final class ExportHandler {
  static final int DEFAULT_MAX_LIMIT = 100_000;
  static final String LIMIT_VARIABLE = "FAHRAS_EXPORT_LIMIT";
  static final String IGNORED_HEADER = "Fahras-Ignored-Parameters";
  static final String MATCHED_HEADER = "Fahras-Export-Matched";
  static final String ROWS_HEADER = "Fahras-Export-Rows";
  private static final int DEFAULT_LIMIT = 1_000;
  /** Parameters of a search page that mean nothing for a file of every hit. */
  private static final List<String> IGNORED = List.of("page", "per_page");
  private static final int NAME_CHARACTERS = 60;
  private static final List<String> COLUMNS =
      List.of("id", "title", "source", "url", "published_at", "country", "official", "topic", "snippet");

  private final ArticleSearch search;
  private final int maxLimit;
  private final Clock clock;

  ExportHandler(ArticleSearch search, int maxLimit, Clock clock) {
    this.search = search;
    this.maxLimit = maxLimit;
    this.clock = clock;
  }

  /** The export limit the deployment set in {@value #LIMIT_VARIABLE}, else {@value #DEFAULT_MAX_LIMIT}. */
  static int maxLimit(Map<String, String> environment) {
    String set = environment.get(LIMIT_VARIABLE);
    if (set == null || set.isBlank()) {
      return DEFAULT_MAX_LIMIT;
    }
    try {
      int limit = Integer.parseInt(set.strip());
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(LIMIT_VARIABLE + " must be a positive whole number, not '" + set + "'");
  }

  void export(HttpServerExchange exchange) throws IOException {
    Map<String, List<String>> params = ApiHandlers.params(exchange);
    List<String> formats = params.remove("format");
    String format = formats == null || formats.isEmpty() ? "csv" : formats.getFirst();
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new ApiException.BadParameter("format must be csv or jsonl, not '" + format + "'");
    }
    int limit = limit(params.remove("limit"));
    List<String> ignored = IGNORED.stream().filter(params::containsKey).toList();
    ignored.forEach(params::remove);
    params.put("facets", List.of(""));
    SearchRequest request = SearchParams.parse(params).withPage(1, SearchParams.MAX_PER_PAGE);
    // the query is checked and counted before the response starts, so a bad query still gets its 4xx
    try (HitStream hits = search.stream(request)) {
      HeaderMap headers = exchange.getResponseHeaders();
      headers.put(Headers.CONTENT_TYPE, format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
      headers.put(Headers.CONTENT_DISPOSITION, contentDisposition(fileName(request.query(), format)));
      headers.put(new HttpString(MATCHED_HEADER), hits.total());
      headers.put(new HttpString(ROWS_HEADER), Math.min(hits.total(), limit));
      if (!ignored.isEmpty()) {
        headers.put(new HttpString(IGNORED_HEADER), String.join(", ", ignored));
      }
      exchange.startBlocking();
      OutputStream out = exchange.getOutputStream();
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (format.equals("csv")) {
        writer.write('\uFEFF');
        writer.write(String.join(",", COLUMNS) + "\r\n");
      }
      hits.forEach(limit, page -> {
        for (Hit hit : page) {
          writer.write(format.equals("csv") ? csvRow(hit) : Json.GSON.toJson(hit) + "\n");
        }
        writer.flush();
      });
      writer.flush();
    }
  }

  private int limit(List<String> given) {
    if (given == null || given.isEmpty() || given.getFirst().isBlank()) {
      return Math.min(DEFAULT_LIMIT, maxLimit);
    }
    String text = given.getFirst().strip();
    if (text.equals("all")) {
      return maxLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ApiException.BadParameter("limit must be a whole number or all, not '" + text + "'");
    }
    if (limit < 1 || limit > maxLimit) {
      throw new ApiException.BadParameter("limit must be between 1 and " + maxLimit + " (or all), not " + limit);
    }
    return limit;
  }

  /** fahras-<the query's words>-<day>.<format>: a journalist's folder of exports stays readable. */
  String fileName(String query, String format) {
    String words = query.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    if (words.length() > NAME_CHARACTERS) {
      words = words.substring(0, NAME_CHARACTERS).replaceAll("-+$", "");
    }
    String day = LocalDate.now(clock).toString();
    return "fahras-" + (words.isEmpty() ? "" : words + "-") + day + "." + format;
  }

  /** The name as UTF-8 (RFC 6266), with an ASCII fallback for clients that know only {@code filename}. */
  private static String contentDisposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    String encoded = PercentEncoded.of(name);
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
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
