package org.fahras.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}, shaped as the JSON API returns it. {@code timedOut}: the
 * search hit its time limit, so hits, total and facets cover only the documents reached by then.
 */
public record SearchResponse(
    QueryInfo query,
    Total total,
    int page,
    int perPage,
    long tookMs,
    boolean timedOut,
    List<Hit> hits,
    Map<String, FacetCounts> facets) {

  /**
   * What was searched: the text, the mode, how the words were joined ({@code operator} "and" or
   * "or" as applied; {@code minimumShouldMatch}: how many of the query's words a hit has at
   * least, 0 for any), the analysed terms, and what the search could not do as asked.
   */
  public record QueryInfo(String text, String mode, String operator, int minimumShouldMatch, List<String> analyzed, String warning) {}

  public record Total(long value, String relation) {}

  /** A hit; {@code opening}: the body's first words when the article has no title, else null. */
  public record Hit(
      String id,
      float score,
      String title,
      String opening,
      String source,
      String url,
      String publishedAt,
      List<Labeled> country,
      List<Labeled> official,
      List<Labeled> topic,
      List<Snippet> snippets) {}

  public record Labeled(String value, String label) {}

  /** A passage of a field with its matches: {@code html} is escaped text with {@code <mark>}. */
  public record Snippet(String field, String dir, String text, String html, List<Match> matches) {}

  /** A match in UTF-16 code units (JavaScript string indices), end exclusive. */
  public record Match(int start, int end) {}

  public record FacetCounts(String label, List<FacetCount> values, long otherCount) {}

  /** A facet value with its count; {@code selected}: filtered on, {@code excluded}: filtered out. */
  public record FacetCount(String value, String label, long count, boolean selected, boolean excluded) {}

  /** Longest opening shown for an article without a title, in characters. */
  private static final int OPENING_CHARS = 120;

  /**
   * The first line of a body, cut at a word within {@value #OPENING_CHARS} characters: what stands
   * in for a missing title ({@link Hit#opening}).
   */
  public static String opening(String body) {
    String line = body.strip().lines().findFirst().orElse("").strip();
    if (line.length() <= OPENING_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', OPENING_CHARS);
    return line.substring(0, cut > 0 ? cut : OPENING_CHARS) + "…";
  }
}
