package org.fahras.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.fahras.search.SearchResponse.Match;
import org.fahras.search.SearchResponse.Snippet;

/**
 * Formats the highlighter's passages as a {@link Snippet}: plain text, the same text HTML-escaped
 * with {@code <mark>} around each match, and the match offsets within the text. Offsets come from
 * the stored original, so marks land on the words as written.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";

  private final String field;

  SnippetFormatter(String field) {
    this.field = field;
  }

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Match> matches = new ArrayList<>();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(ELLIPSIS);
      }
      int base = text.length() - start;
      int lastEnd = -1;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int matchStart = Math.max(passage.getMatchStarts()[i], start);
        int matchEnd = Math.min(passage.getMatchEnds()[i], end);
        if (matchEnd <= matchStart) {
          continue;
        }
        if (matchStart <= lastEnd && !matches.isEmpty()) { // overlapping forms of one word: merge
          Match last = matches.removeLast();
          matches.add(new Match(last.start(), Math.max(last.end(), base + matchEnd)));
        } else {
          matches.add(new Match(base + matchStart, base + matchEnd));
        }
        lastEnd = Math.max(lastEnd, matchEnd);
      }
      // Paragraph breaks become spaces (same length, so the offsets hold): a snippet is one line.
      for (int i = start; i < end; i++) {
        char c = content.charAt(i);
        text.append(c == '\n' || c == '\r' ? ' ' : c);
      }
    }
    String plain = text.toString();
    return new Snippet(field, direction(plain), plain, html(plain, matches), List.copyOf(matches));
  }

  /** Escaped text with each match wrapped in {@code <mark>}. */
  static String html(String text, List<Match> matches) {
    StringBuilder html = new StringBuilder(text.length() + matches.size() * 13);
    int at = 0;
    for (Match match : matches) {
      escape(text, at, match.start(), html);
      html.append("<mark>");
      escape(text, match.start(), match.end(), html);
      html.append("</mark>");
      at = match.end();
    }
    escape(text, at, text.length(), html);
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** "rtl" when the first strong character is right-to-left, else "ltr". */
  static String direction(String text) {
    for (int i = 0; i < text.length(); i++) {
      byte d = Character.getDirectionality(text.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return "rtl";
      }
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return "ltr";
      }
    }
    return "rtl";
  }
}
