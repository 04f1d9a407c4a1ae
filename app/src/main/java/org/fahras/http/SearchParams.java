package org.fahras.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fahras.analysis.TextForm;
import org.fahras.search.FacetNames;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchRequest.SortOrder;

/**
 * Reads and validates the parameters of a search, whether they came as a query string or a JSON
 * body. Anything unknown, malformed or out of range is refused with a message that names the
 * parameter and what it accepts — a silent default would hide a client's bug.
 */
final class SearchParams {
  static final int MAX_QUERY_LENGTH = 1000;
  static final int MAX_PER_PAGE = 100;
  /** Deeper pages cost as much as fetching all the hits before them. */
  static final int MAX_RESULT_WINDOW = 10_000;
  static final int MAX_FACET_SIZE = 100;

  private static final Set<String> PLAIN =
      Set.of("q", "mode", "operator", "sort", "page", "per_page", "facets", "facet_size",
          "snippets", "snippet_size", "date_from", "date_to");
  private static final String FILTER = "filter.";
  private static final String EXCLUDE = "exclude.";
  private static final String FACET_SIZE = "facet_size.";

  private SearchParams() {}

  static SearchRequest parse(Map<String, List<String>> params) {
    checkKnown(params);
    SearchRequest defaults = SearchRequest.of("");
    String q = single(params, "q", "");
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new ApiException.BadParameter("query_too_long",
          "q is " + q.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    int perPage = integer(params, "per_page", defaults.perPage(), 1, MAX_PER_PAGE);
    int page = integer(params, "page", 1, 1, MAX_RESULT_WINDOW);
    if ((long) page * perPage > MAX_RESULT_WINDOW) {
      throw new ApiException.BadParameter("result_window",
          "page × per_page may not exceed " + MAX_RESULT_WINDOW + "; refine the query instead");
    }
    List<String> facets =
        params.containsKey("facets")
            ? Arrays.stream(single(params, "facets", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
            : defaults.facets();
    facets.forEach(dim -> checkDimension(dim, "facets"));
    return new SearchRequest(
        q,
        choice(params, "mode", "stemmed", Map.of("stemmed", TextForm.STEMMED, "normalized", TextForm.NORMALIZED, "exact", TextForm.EXACT)),
        choice(params, "operator", "auto", Map.of("auto", SearchRequest.Operator.AUTO, "and", SearchRequest.Operator.AND, "or", SearchRequest.Operator.OR)),
        facetValues(params, FILTER),
        facetValues(params, EXCLUDE),
        date(params, "date_from", false),
        date(params, "date_to", true),
        choice(params, "sort", "relevance", Map.of("relevance", SortOrder.RELEVANCE, "date:desc", SortOrder.DATE_DESC, "date:asc", SortOrder.DATE_ASC)),
        page,
        perPage,
        facets,
        integer(params, "facet_size", defaults.facetSize(), 1, MAX_FACET_SIZE),
        facetSizes(params),
        choice(params, "snippets", "true", Map.of("true", true, "false", false)),
        integer(params, "snippet_size", defaults.snippetSize(), 20, 1000));
  }

  private static void checkKnown(Map<String, List<String>> params) {
    for (String name : params.keySet()) {
      if (name.startsWith(FILTER) || name.startsWith(EXCLUDE) || name.startsWith(FACET_SIZE)) {
        checkDimension(name.substring(name.indexOf('.') + 1), name);
      } else if (!PLAIN.contains(name)) {
        Set<String> known = new TreeSet<>(PLAIN);
        FacetNames.ALL.forEach(dim -> known.add(FILTER + dim));
        FacetNames.ALL.forEach(dim -> known.add(EXCLUDE + dim));
        FacetNames.ALL.forEach(dim -> known.add(FACET_SIZE + dim));
        throw new ApiException.BadParameter("unknown parameter '" + name + "'; known parameters: " + String.join(", ", known));
      }
    }
  }

  static void checkDimension(String dim, String parameter) {
    if (!FacetNames.ALL.contains(dim)) {
      throw new ApiException.BadParameter(
          "unknown facet '" + dim + "' in " + parameter + "; facets are " + String.join(", ", FacetNames.ALL));
    }
  }

  private static Map<String, List<String>> facetValues(Map<String, List<String>> params, String prefix) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    params.forEach(
        (name, given) -> {
          if (name.startsWith(prefix)) {
            List<String> nonEmpty = new ArrayList<>();
            for (String value : given) {
              for (String part : value.split(",")) { // filter.country=TN,DZ or repeated parameters
                if (!part.isBlank()) {
                  nonEmpty.add(part.strip());
                }
              }
            }
            if (!nonEmpty.isEmpty()) {
              values.put(name.substring(prefix.length()), List.copyOf(nonEmpty));
            }
          }
        });
    return values;
  }

  /** facet_size.official=30: more values for one facet than {@code facet_size} gives the others. */
  private static Map<String, Integer> facetSizes(Map<String, List<String>> params) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String name : params.keySet()) {
      if (name.startsWith(FACET_SIZE)) {
        String text = single(params, name, "");
        if (!text.isBlank()) {
          sizes.put(name.substring(FACET_SIZE.length()), integer(params, name, 0, 1, MAX_FACET_SIZE));
        }
      }
    }
    return sizes;
  }

  static String single(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    if (values.size() > 1) {
      throw new ApiException.BadParameter(name + " was given " + values.size() + " times; give it once");
    }
    return values.getFirst();
  }

  static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
    String text = single(params, name, null);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        throw new ApiException.BadParameter(name + " must be between " + min + " and " + max + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ApiException.BadParameter(name + " must be a whole number, not '" + text + "'");
    }
  }

  static <T> T choice(Map<String, List<String>> params, String name, String fallback, Map<String, T> choices) {
    String text = single(params, name, fallback).strip().toLowerCase(Locale.ROOT);
    T value = choices.get(text.isEmpty() ? fallback : text);
    if (value == null) {
      throw new ApiException.BadParameter(
          name + " must be one of " + String.join(", ", new TreeSet<>(choices.keySet())) + ", not '" + text + "'");
    }
    return value;
  }

  /** A date (2024-05-01) or instant; an end date includes its whole day. */
  private static Instant date(Map<String, List<String>> params, String name, boolean endOfDay) {
    String text = single(params, name, "").strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      Instant date;
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        date = (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(endOfDay ? 1 : 0);
      } else {
        date = Instant.parse(text);
      }
      date.toEpochMilli(); // the index keeps dates as milliseconds, some 292 million years either side of 1970
      return date;
    } catch (DateTimeParseException e) {
      throw new ApiException.BadParameter(name + " must be a date such as 2024-05-01, not '" + text + "'");
    } catch (ArithmeticException e) {
      throw new ApiException.BadParameter(name + " is too far from today to search: '" + text + "'");
    }
  }
}
