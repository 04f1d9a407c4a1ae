package org.fahras.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The clean stage: decodes a raw document, strips its page furniture, and returns the title and
 * body with what the furniture told about the article. Metadata given by the source itself (JSON
 * Lines fields, HTML meta tags) wins over what is mined from the text.
 */
public final class Cleaner {
  private final LineCleaner lines;

  public Cleaner(BoilerplateMarkers markers) {
    this.lines = new LineCleaner(markers);
  }

  public static Cleaner load(ConfigFiles config) {
    return new Cleaner(BoilerplateMarkers.load(config));
  }

  public CleanArticle clean(RawDocument doc) {
    Map<String, String> meta = doc.metadata();
    String raw;
    LineCleaner.Result result;
    String pageTitle = "";
    String pageDate = "";
    if (doc.format() == Format.HTML) {
      HtmlText html = HtmlText.parse(doc.content());
      pageTitle = html.title();
      pageDate = html.meta("article:published_time");
      List<String> blocks = html.lines();
      raw = String.join("\n", blocks);
      result = lines.clean(blocks);
    } else {
      raw = TextDecoder.decode(doc.content());
      result = lines.clean(raw.lines().toList());
    }
    String title = first(meta.get("title"), pageTitle, result.title());
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
        parseDate(first(meta.get("published_at"), pageDate)),
        result.tags(),
        raw);
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }

  /** ISO-8601 instants, offset date-times or plain dates; anything else is left unknown. */
  static Instant parseDate(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notInstant) {
        try {
          return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text)
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant();
        } catch (DateTimeParseException unknown) {
          return null;
        }
      }
    }
  }
}
