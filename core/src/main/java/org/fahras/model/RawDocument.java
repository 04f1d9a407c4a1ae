package org.fahras.model;

import java.util.Map;

/**
 * One article as it arrived, before cleaning: its bytes are kept undecoded so that the cleaner can
 * detect the charset (scraped Arabic pages still come in windows-1256).
 *
 * @param id stable document id (file name without extension, or the JSON Lines {@code id})
 * @param format how to read {@code content}
 * @param content the raw bytes
 * @param metadata fields given by the source itself (JSON Lines: title, url, source, published_at)
 * @param origin where it came from, for error reports (path, or path:line)
 */
public record RawDocument(
    String id, Format format, byte[] content, Map<String, String> metadata, String origin) {
  public RawDocument {
    metadata = Map.copyOf(metadata);
  }
}
