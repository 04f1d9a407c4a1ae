package org.fahras.clean;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The clean stage: decodes a raw document, strips its page furniture, and returns the title and
 * body with what the furniture told about the article. Metadata given by the source itself (JSON
 * Lines fields, HTML meta tags) wins over what is mined from the text; a JSON Lines record without
 * a title has none, where a plain text or Markdown file's short first line is its title.
 */
public final class Cleaner {
  /** How far into a text article a printed date still counts as its publication date. */
  private static final int DATE_SEARCH_CHARS = 600;

  private final LineCleaner lines;
  private final PublicationDate dates;

  public Cleaner(BoilerplateMarkers markers, PublicationDate dates) {
    this.lines = new LineCleaner(markers);
    this.dates = dates;
  }

  public static Cleaner load(ConfigFiles config) {
    return new Cleaner(BoilerplateMarkers.load(config), PublicationDate.load(config));
  }

  public CleanArticle clean(RawDocument doc) {
    Map<String, String> meta = doc.metadata();
    String raw;
    LineCleaner.Result result;
    String pageTitle = "";
    Instant published = dates.parse(meta.get("published_at"));
    if (doc.format() == Format.HTML) {
      HtmlText html = HtmlText.parse(doc.content());
      pageTitle = html.title();
      if (published == null) {
        published = dates.first(htmlDateCandidates(html));
      }
      List<String> blocks = html.lines();
      raw = html.text();
      result = lines.clean(blocks);
      if (published == null) {
        published = dates.inText(html.headerText());
      }
    } else {
      raw = TextDecoder.decode(doc.content());
      result = lines.clean(raw.lines().toList());
      if (published == null) {
        published = dates.inText(raw.substring(0, Math.min(raw.length(), DATE_SEARCH_CHARS)));
      }
    }
    // a JSON Lines record says what its title is, if any; a file's first short line is its title
    String title = meta.containsKey("title") ? first(meta.get("title"), pageTitle) : first(pageTitle, result.title());
    List<String> body = result.body();
    if (!title.equals(result.title()) && !result.title().isEmpty()) {
      body = new java.util.ArrayList<>(body);
      body.add(0, result.title()); // the source named its own title; the first line is body text
    }
    return new CleanArticle(
        doc.id(),
        title,
        String.join("\n\n", body),
        first(meta.get("source"), result.source()),
        first(meta.get("url"), ""),
        published,
        tags(meta.get("tags"), result.tags()),
        raw);
  }

  /** The record's own tags (one per line), then those mined from the text, each once. */
  private static List<String> tags(String given, List<String> mined) {
    if (given == null || given.isBlank()) {
      return mined;
    }
    java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();
    given.lines().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
    tags.addAll(mined);
    return List.copyOf(tags);
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }

  /** Where pages state their publication date, most trusted first. */
  private static List<String> htmlDateCandidates(HtmlText html) {
    List<String> candidates = new java.util.ArrayList<>(html.jsonLd("datePublished"));
    for (String key : List.of("article:published_time", "og:published_time", "datePublished", "pubdate",
        "publishdate", "publish-date", "date", "DC.date.issued", "sailthru.date", "parsely-pub-date")) {
      candidates.add(html.meta(key));
    }
    candidates.addAll(html.times());
    return candidates;
  }
}
