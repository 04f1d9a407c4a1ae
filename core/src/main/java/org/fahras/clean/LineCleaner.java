package org.fahras.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.analysis.ArabicNormalizer;

/**
 * Separates an article's title and body from the page furniture around it, line by line, in the
 * spirit of jusText: each line is classified by its own features (length in characters, sentence
 * punctuation including ، ؛ ؟, trailing ellipsis, list numbering, Markdown images, share of Latin
 * letters, repetition) and by its context (marker headings, the article's end signals, its place
 * before, between or after the paragraphs). The furniture is mined for what it tells: the source
 * ("المصدر: …", "View on …", a dateline such as "الجزائر – المغرب اليوم") and the tags ("كلمات
 * دلالية: …").
 */
public final class LineCleaner {
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("^!\\[.*]\\(.*\\)$");
  private static final Pattern MARKDOWN_DECORATION = Pattern.compile("^#+\\s*|\\*\\*|__");
  private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[0-9٠-٩]{1,3}[.)\\-–]|[•·▪◦*-])\\s+");
  private static final Pattern SOURCE_LINE = Pattern.compile("^(?:المصدر|مصدر)\\s*[:：]\\s*(.+)$");
  private static final Pattern TAGS_LINE = Pattern.compile("^كلمات دلالي[ةه]\\s*[:：]\\s*(.*)$");
  private static final Pattern VIEW_ON = Pattern.compile("^View on\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE = Pattern.compile("^[\\p{IsArabic} ]{2,30}\\s[–—-]\\s([\\p{IsArabic} ]{2,30})$");
  private static final Pattern BREADCRUMB = Pattern.compile("^الرئيسي[ةه]\\s*(?:[»›>/|].*|\\S.*)?$");
  /** An agency or place opening the first paragraph: "الأناضول – اتفقت الجزائر …". */
  private static final Pattern AGENCY_OPENING = Pattern.compile("^([\\p{IsArabic}]+(?: [\\p{IsArabic}]+){0,2})\\s[–—-]\\s\\S");
  /**
   * Another story's agency dateline, "أتلانتا، الولايات المتحدة الأمريكية (CNN) --": met after the
   * article began, it opens a teaser of another story, and the article has ended.
   */
  private static final Pattern STORY_DATELINE = Pattern.compile("^[^.()\\n]{1,80}\\([^()\\n]{1,15}\\)\\s*[—–-]+");
  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[،,;؛|]\\s*");
  /** A paragraph ends a sentence: . ! ؟ ? … or a closing quote after one. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟:»”\"')]\\s*$");
  private static final int GOOD_MIN_CHARS = 60;
  private static final int LONG_CHARS = 200;
  private static final int PROSE_CHARS = 100;
  /** A headline and a standfirst, or a heading and a subheading: more short lines in a row are a list. */
  private static final int MAX_SHORT_RUN = 2;
  private static final int HEADLINE_MAX_CHARS = 160;
  /**
   * A short line of this many words or more, unpunctuated, between paragraphs, is another story's
   * headline (a related-story teaser), not a subheading: subheadings are a few words or a question.
   */
  private static final int TEASER_MIN_WORDS = 6;
  private static final Pattern HEADLINE_END = Pattern.compile("[.!?؟:…»”\"')]\\s*$");

  private final BoilerplateMarkers markers;

  public LineCleaner(BoilerplateMarkers markers) {
    this.markers = markers;
  }

  /** What the cleaner kept and mined from a sequence of lines. */
  public record Result(String title, List<String> body, String source, List<String> tags) {}

  /** The classes of a line. */
  private enum Kind {
    /** A paragraph of the article: long, ends a sentence. */
    GOOD,
    /** Short or unfinished: a title, subheading, caption, teaser or menu item, by context. */
    SHORT,
    /** Furniture by its own features: images, numbered teasers, link-like lines. */
    BAD
  }

  public Result clean(List<String> lines) {
    Map<String, Integer> occurrences = new HashMap<>();
    for (String line : lines) {
      occurrences.merge(ArabicNormalizer.normalize(line.strip()), 1, Integer::sum);
    }
    String source = "";
    List<String> tags = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ended = false; // an end signal was met after article text: the rest is furniture
    boolean inBlock = false; // inside a furniture block opened by a marker: skipped up to the next paragraph
    boolean tailMet = false; // a tail marker ended the previous line: the article ends with it
    for (String rawLine : lines) {
      ended |= tailMet;
      String line = withoutMarkdownDecoration(rawLine.strip());
      int tail = markers.tailStart(line);
      if (tail >= 0) {
        line = line.substring(0, tail).strip(); // the line's words before the marker stay
        tailMet = true;
      }
      if (line.isEmpty()) {
        continue;
      }
      boolean hasArticle = kinds.contains(Kind.GOOD);
      Matcher m;
      if ((m = SOURCE_LINE.matcher(line)).matches()) {
        source = m.group(1).strip();
        ended |= hasArticle;
        continue;
      }
      if ((m = TAGS_LINE.matcher(line)).matches()) {
        for (String tag : TAG_SEPARATOR.split(m.group(1).strip())) {
          if (!tag.isBlank()) {
            tags.add(tag);
          }
        }
        ended |= hasArticle;
        continue;
      }
      if ((m = VIEW_ON.matcher(line)).matches()) {
        source = source.isEmpty() ? m.group(1).strip() : source;
        continue;
      }
      if (ended) {
        continue;
      }
      BoilerplateMarkers.Kind marker = markers.classify(line);
      if (marker != BoilerplateMarkers.Kind.NONE) {
        inBlock = true;
        continue;
      }
      Kind kind = classify(line);
      if (inBlock && kind != Kind.GOOD) {
        continue; // the teasers of a block
      }
      inBlock = false;
      if (kind == Kind.BAD || BREADCRUMB.matcher(line).matches() && !SENTENCE_END.matcher(line).find()) {
        continue;
      }
      if (hasArticle && STORY_DATELINE.matcher(line).find()) {
        ended = true;
        continue;
      }
      if (!hasArticle && (m = DATELINE.matcher(line)).matches() && kinds.size() <= 1) {
        source = m.group(1).strip();
        continue;
      }
      String key = ArabicNormalizer.normalize(line);
      if (kind == Kind.SHORT && occurrences.getOrDefault(ArabicNormalizer.normalize(rawLine.strip()), 0) > 1) {
        continue; // a short line printed twice is an image's alt text and caption
      }
      if (!seen.add(key)) {
        continue; // a paragraph repeated by the page
      }
      kept.add(line);
      kinds.add(kind);
    }
    // Short lines after the last paragraph are teasers, menus and tag clouds, not the article;
    // so are runs of more short lines than a headline and a standfirst, or a heading and a
    // subheading, make: between paragraphs such a run is dropped, above them only its last lines stay.
    int last = kinds.lastIndexOf(Kind.GOOD);
    List<String> body = new ArrayList<>();
    boolean startsShort = false;
    if (last < 0) {
      body.addAll(kept); // no paragraph at all: a short note is all there is
      startsShort = !kept.isEmpty();
    } else {
      int runStart = 0;
      for (int i = 0; i <= last; i++) {
        if (kinds.get(i) != Kind.GOOD) {
          continue;
        }
        int run = i - runStart;
        int from = run <= MAX_SHORT_RUN ? runStart : runStart == 0 ? i - MAX_SHORT_RUN : i;
        startsShort |= body.isEmpty() && from < i;
        for (String line : kept.subList(from, i)) {
          if (runStart == 0 || !teaserHeadline(line)) {
            body.add(line);
          }
        }
        body.add(kept.get(i));
        runStart = i + 1;
      }
    }
    String title = "";
    if (startsShort && body.getFirst().length() <= HEADLINE_MAX_CHARS) {
      title = body.removeFirst();
    }
    Matcher agency;
    if (source.isEmpty() && !body.isEmpty() && (agency = AGENCY_OPENING.matcher(body.getFirst())).find()) {
      source = agency.group(1);
    }
    return new Result(title, body, source, tags);
  }

  /** A line shaped as a news headline: words enough, no list number, no closing punctuation. */
  private static boolean teaserHeadline(String line) {
    if (line.length() > HEADLINE_MAX_CHARS || HEADLINE_END.matcher(line).find() || LIST_NUMBER.matcher(line).find()) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        words++;
      }
    }
    return words >= TEASER_MIN_WORDS;
  }

  /** The class of a line from its own features. */
  static Kind classify(String line) {
    if (MARKDOWN_IMAGE.matcher(line).matches() || isListItem(line)) {
      return Kind.BAD;
    }
    if (line.endsWith("…") || line.endsWith("...")) {
      return line.length() >= LONG_CHARS ? Kind.GOOD : Kind.SHORT; // a teaser cut short
    }
    if (latinShare(line) > 0.5 && line.length() < LONG_CHARS) {
      return Kind.BAD; // "View on …", URLs, widget text on an Arabic page
    }
    if (line.length() >= LONG_CHARS || line.length() >= GOOD_MIN_CHARS && SENTENCE_END.matcher(line).find()
        || line.length() >= PROSE_CHARS && innerPunctuation(line) >= 2) {
      return Kind.GOOD;
    }
    return Kind.SHORT;
  }

  /**
   * A numbered or bulleted teaser or menu entry: short and unfinished. A bullet before a long line
   * is how some papers set every paragraph of a column (" - …"), and that is prose.
   */
  private static boolean isListItem(String line) {
    return LIST_NUMBER.matcher(line).find() && !SENTENCE_END.matcher(line).find() && line.length() < LONG_CHARS;
  }

  /** Commas and full stops inside a line: prose has them, headlines and teasers rarely do. */
  private static int innerPunctuation(String line) {
    int n = 0;
    for (int i = 0; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (c == '،' || c == ',' || c == '.' || c == '؛') {
        n++;
      }
    }
    return n;
  }

  private static double latinShare(String line) {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x0250) {
          latin++;
        }
      }
    }
    return letters == 0 ? 1 : (double) latin / letters;
  }

  /** Without heading marks and bold or underline markers; most lines have none, so look first. */
  private static String withoutMarkdownDecoration(String line) {
    boolean decorated = line.indexOf('#') >= 0 || line.indexOf("**") >= 0 || line.indexOf("__") >= 0;
    return decorated ? MARKDOWN_DECORATION.matcher(line).replaceAll("").strip() : line;
  }
}
