package org.fahras.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.analysis.ArabicNormalizer;

/**
 * Separates an article's title and body from the page furniture around it, line by line, and
 * mines the furniture for what it tells: the source ("المصدر: …", "View on …", a dateline) and
 * the tags ("كلمات دلالية: …").
 */
public final class LineCleaner {
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("^!\\[.*]\\(.*\\)$");
  private static final Pattern MARKDOWN_DECORATION = Pattern.compile("^#+\\s*|\\*\\*|__");
  private static final Pattern SOURCE_LINE = Pattern.compile("^(?:المصدر|مصدر)\\s*[:：]\\s*(.+)$");
  private static final Pattern TAGS_LINE = Pattern.compile("^كلمات دلالي[ةه]\\s*[:：]\\s*(.*)$");
  private static final Pattern VIEW_ON = Pattern.compile("^View on\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE = Pattern.compile("^[\\p{IsArabic} ]{2,30}\\s[–—-]\\s([\\p{IsArabic} ]{2,30})$");
  private static final Pattern BREADCRUMB = Pattern.compile("^الرئيسي[ةه]\\s*(?:[»›>/|].*|\\S.*)?$");
  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[،,;؛|]\\s*");

  private final BoilerplateMarkers markers;

  public LineCleaner(BoilerplateMarkers markers) {
    this.markers = markers;
  }

  /** What the cleaner kept and mined from a sequence of lines. */
  public record Result(String title, List<String> body, String source, List<String> tags) {}

  public Result clean(List<String> lines) {
    String title = "";
    String source = "";
    List<String> tags = new ArrayList<>();
    List<String> body = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String rawLine : lines) {
      String line = MARKDOWN_DECORATION.matcher(rawLine.strip()).replaceAll("").strip();
      if (line.isEmpty() || MARKDOWN_IMAGE.matcher(line).matches()) {
        continue;
      }
      Matcher m;
      if ((m = SOURCE_LINE.matcher(line)).matches()) {
        source = m.group(1).strip();
        continue;
      }
      if ((m = TAGS_LINE.matcher(line)).matches()) {
        for (String tag : TAG_SEPARATOR.split(m.group(1).strip())) {
          if (!tag.isBlank()) {
            tags.add(tag);
          }
        }
        continue;
      }
      if ((m = VIEW_ON.matcher(line)).matches()) {
        source = source.isEmpty() ? m.group(1).strip() : source;
        continue;
      }
      if (markers.opensFurniture(line)) {
        break; // everything after a furniture heading belongs to the page, not the article
      }
      if (BREADCRUMB.matcher(line).matches() && !line.contains(".")) {
        continue;
      }
      if (title.isEmpty() && body.isEmpty() && (m = DATELINE.matcher(line)).matches()) {
        source = m.group(1).strip();
        continue;
      }
      if (!seen.add(ArabicNormalizer.normalize(line))) {
        continue; // repeated captions and headlines
      }
      if (title.isEmpty()) {
        title = line;
      } else if (body.isEmpty() && (m = DATELINE.matcher(line)).matches()) {
        source = m.group(1).strip();
      } else {
        body.add(line);
      }
    }
    return new Result(title, body, source, tags);
  }
}
