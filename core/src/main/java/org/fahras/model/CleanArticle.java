package org.fahras.model;

import java.time.Instant;
import java.util.List;

/**
 * An article with its page furniture removed: the text every later stage works on.
 *
 * @param id stable document id
 * @param title headline (may be empty when none was found)
 * @param body article text, paragraphs separated by blank lines, as written (never normalised)
 * @param source publisher or agency when known, else empty
 * @param url canonical address when known, else empty
 * @param publishedAt publication time when known, else null
 * @param tags tags mined from tag lines ("كلمات دلالية: …")
 * @param raw the decoded input as it arrived, so a reader can see what was stripped
 */
public record CleanArticle(
    String id,
    String title,
    String body,
    String source,
    String url,
    Instant publishedAt,
    List<String> tags,
    String raw) {
  public CleanArticle {
    tags = List.copyOf(tags);
  }
}
