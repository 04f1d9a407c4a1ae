package org.fahras.search;

import java.util.List;
import java.util.Map;
import org.fahras.search.SearchResponse.Labeled;
import org.fahras.search.SearchResponse.Match;

/**
 * One stored article as the document view shows it: the clean text, its entities, every match of
 * the query per field (UTF-16 offsets into that field's text), and the raw input it came from.
 */
public record DocumentView(
    String id,
    String title,
    String body,
    String source,
    String url,
    String publishedAt,
    List<String> tags,
    List<Labeled> country,
    List<Labeled> official,
    List<Labeled> topic,
    Map<String, List<Match>> matches,
    String raw) {}
