package org.fahras.clean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into the lines of its main content: jsoup parses it (detecting the charset
 * from the byte-order mark or the meta tag, windows-1256 included), page chrome elements are
 * dropped, and the article element is preferred when the page marks one.
 */
public final class HtmlText {
  private static final String CHROME = "script, style, noscript, nav, aside, footer, form, iframe, svg";
  private static final String ARTICLE = "[itemprop=articleBody], article";

  private final Document page;

  private HtmlText(Document page) {
    this.page = page;
  }

  public static HtmlText parse(byte[] html) {
    try {
      return new HtmlText(Jsoup.parse(new ByteArrayInputStream(html), null, ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's own title: og:title, else the first h1, else the title element. */
  public String title() {
    String og = page.select("meta[property=og:title]").attr("content");
    if (!og.isBlank()) {
      return og.strip();
    }
    Element h1 = page.selectFirst("h1");
    return h1 != null ? h1.text().strip() : page.title().strip();
  }

  /** A meta tag's content by property or name, or empty. */
  public String meta(String key) {
    return page.select("meta[property=" + key + "], meta[name=" + key + "]").attr("content").strip();
  }

  /** The lines of the main content, one per block element. */
  public List<String> lines() {
    page.select(CHROME).remove();
    Element root = page.selectFirst(ARTICLE);
    if (root == null) {
      root = page.body();
    }
    StringBuilder text = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.text());
            } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              text.append('\n');
            }
          }
        });
    List<String> lines = new ArrayList<>();
    for (String line : text.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
