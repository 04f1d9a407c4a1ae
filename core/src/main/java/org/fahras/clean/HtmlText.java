package org.fahras.clean;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML page. jsoup parses it (detecting the charset from the byte-order
 * mark or the meta tag, windows-1256 included). The body is, in order of trust: the JSON-LD
 * {@code articleBody}; the element marked {@code itemprop=articleBody}; else the element whose
 * paragraphs hold the most text that is not link text (the readability heuristic). Inside it, page
 * chrome (scripts, menus, asides, comment forms, captions) is dropped, and so is every block that
 * is mostly links.
 */
public final class HtmlText {
  private static final String CHROME =
      "script, style, noscript, template, iframe, svg, nav, aside, footer, button, select, input, textarea, figcaption, [aria-hidden=true]";
  private static final String PARAGRAPHS = "p, pre, blockquote, li, td, div, section, article";
  /** A block whose text is more than this share of link text is navigation, not prose. */
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int MIN_JSON_LD_BODY_CHARS = 200;

  /** How long finding the article in one page may take; a page that takes longer is not an article. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  private final Document page;
  private final Duration timeLimit;
  private final long deadline;

  private HtmlText(Document page, Duration timeLimit, long start) {
    this.page = page;
    this.timeLimit = timeLimit;
    this.deadline = start + timeLimit.toNanos();
  }

  public static HtmlText parse(byte[] html) {
    return parse(html, TIME_LIMIT);
  }

  static HtmlText parse(byte[] html, Duration timeLimit) {
    long start = System.nanoTime();
    try {
      return new HtmlText(Jsoup.parse(new ByteArrayInputStream(html), null, ""), timeLimit, start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finding the article took longer than {@link #TIME_LIMIT}. */
  public static final class TooSlow extends RuntimeException {
    TooSlow(Duration limit) {
      super("the page took longer than " + limit.toSeconds() + " s to clean");
    }
  }

  /** The page's own title: og:title, else the first h1, else the title element. */
  public String title() {
    String og = meta("og:title");
    if (!og.isBlank()) {
      return og;
    }
    Element h1 = page.selectFirst("h1");
    return h1 != null ? h1.text().strip() : page.title().strip();
  }

  /** A meta tag's content by property, name or itemprop, or empty. */
  public String meta(String key) {
    return page.select("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]")
        .attr("content").strip();
  }

  /** The values of a field in the page's JSON-LD blocks (schema.org NewsArticle and the like). */
  public List<String> jsonLd(String field) {
    List<String> values = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JsonParser.parseString(script.data()), field, values);
      } catch (RuntimeException malformed) {
        // many sites ship broken JSON-LD; the other sources of the page still count
      }
    }
    return values;
  }

  private static void collect(JsonElement json, String field, List<String> values) {
    if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> collect(e, field, values));
    } else if (json.isJsonObject()) {
      json.getAsJsonObject().entrySet().forEach(e -> {
        if (e.getKey().equals(field) && e.getValue().isJsonPrimitive()) {
          values.add(e.getValue().getAsString());
        } else {
          collect(e.getValue(), field, values);
        }
      });
    }
  }

  /** Text of time elements with a datetime attribute, article's first. */
  public List<String> times() {
    List<String> times = new ArrayList<>();
    for (Element time : page.select("[itemprop=datePublished][datetime], time[datetime]")) {
      times.add(time.attr("datetime"));
    }
    return times;
  }

  /** The page's visible text, one line per block, before any cleaning: what the raw view shows. */
  public String text() {
    Document copy = page.clone();
    copy.select("script, style, noscript, template, svg").remove();
    return String.join("\n", blockLines(copy.body(), 1.0));
  }

  /** The text around the headline, where pages print the date ("تم نشره الجمعة 24 نيسان 2020"). */
  public String headerText() {
    Element h1 = page.selectFirst("h1");
    Element around = h1 == null ? null : h1.parent() != null && h1.parent().parent() != null ? h1.parent().parent() : h1.parent();
    return around == null ? "" : around.text();
  }

  /** The lines of the article body, one per block. */
  public List<String> lines() {
    for (String body : jsonLd("articleBody")) {
      if (body.strip().length() >= MIN_JSON_LD_BODY_CHARS) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      }
    }
    Element root = page.select("[itemprop=articleBody]").stream()
        .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
        .orElseGet(this::bestScored);
    root.select(CHROME).remove();
    root.select("form:has(textarea), form:has(input[type=text])").remove(); // comment forms
    return blockLines(root, MAX_LINK_DENSITY);
  }

  /**
   * The element whose paragraphs carry the most non-link text (parents count fully, grandparents
   * half). Linear in the page: the scores are computed on a copy without the chrome, whose
   * elements map back to the page's by their place in document order, and every block's text and
   * link text lengths come from one walk.
   */
  private Element bestScored() {
    Element body = page.body();
    Document copy = page.clone();
    Map<Element, Element> originals = new IdentityHashMap<>();
    Elements copied = copy.getAllElements();
    Elements own = page.getAllElements();
    for (int i = 0; i < copied.size(); i++) {
      originals.put(copied.get(i), own.get(i));
    }
    copy.select(CHROME).remove();
    Map<Element, int[]> textAndLinks = textAndLinkLengths(copy.body());
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : copy.body().select(PARAGRAPHS)) {
      checkTime();
      String text = block.nameIs("div") || block.nameIs("td") || block.nameIs("section") || block.nameIs("article")
          ? block.ownText() : block.text();
      if (text.length() < MIN_PARAGRAPH_CHARS || linkDensity(textAndLinks.get(block)) > MAX_LINK_DENSITY) {
        continue;
      }
      double score = 1 + text.length() / 100.0 + commas(text);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
      if (!block.ownText().isEmpty() && !block.nameIs("p")) {
        scores.merge(block, score, Double::sum);
      }
    }
    Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    return best == null ? body : originals.getOrDefault(best, body);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '،' || c == ',' || c == '.' || c == '؛') {
        n++;
      }
    }
    return n;
  }

  /** For every element under {@code root}: the length of its text and of the part inside links, in one walk. */
  private Map<Element, int[]> textAndLinkLengths(Element root) {
    Map<Element, int[]> lengths = new IdentityHashMap<>();
    int[] linkDepth = {0};
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          lengths.put(element, new int[2]);
          linkDepth[0] += element.nameIs("a") ? 1 : 0;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode text && node.parent() instanceof Element parent) {
          int length = text.text().strip().length();
          int[] sums = lengths.get(parent);
          sums[0] += length;
          sums[1] += linkDepth[0] > 0 ? length : 0;
        } else if (node instanceof Element element) {
          linkDepth[0] -= element.nameIs("a") ? 1 : 0;
          if (element != root && element.parent() != null) {
            int[] sums = lengths.get(element);
            int[] parentSums = lengths.get(element.parent());
            parentSums[0] += sums[0];
            parentSums[1] += sums[1];
          }
        }
      }
    });
    return lengths;
  }

  private static double linkDensity(int[] textAndLinks) {
    return textAndLinks == null || textAndLinks[0] == 0 ? 0 : (double) textAndLinks[1] / textAndLinks[0];
  }

  private void checkTime() {
    if (System.nanoTime() > deadline) {
      throw new TooSlow(timeLimit);
    }
  }

  /** One line per block element; blocks that are mostly links are left out. */
  private List<String> blockLines(Element root, double maxLinkDensity) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    for (Node n = root.parent(); n != null; n = n.parent()) {
      linkDepth[0] += n instanceof Element e && e.nameIs("a") ? 1 : 0;
    }
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        checkTime();
        if (node instanceof TextNode text) {
          line.append(text.text());
          if (linkDepth[0] > 0) {
            linkChars[0] += text.text().strip().length();
          }
        } else if (node instanceof Element element) {
          linkDepth[0] += element.nameIs("a") ? 1 : 0;
          if (element.isBlock() || element.nameIs("br")) {
            flush();
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          linkDepth[0] -= element.nameIs("a") ? 1 : 0;
          if (element.isBlock()) {
            flush();
          }
        }
      }

      private void flush() {
        String text = line.toString().strip();
        if (!text.isEmpty() && (double) linkChars[0] / text.length() <= maxLinkDensity) {
          lines.add(text);
        }
        line.setLength(0);
        linkChars[0] = 0;
      }
    });
    String last = line.toString().strip();
    if (!last.isEmpty() && (double) linkChars[0] / last.length() <= maxLinkDensity) {
      lines.add(last);
    }
    return lines;
  }
}
