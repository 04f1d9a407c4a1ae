package org.fahras.clean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * Reads files and folders into raw documents: {@code .txt}, {@code .md}, {@code .html} are one
 * article each (id = file name without extension), {@code .jsonl} (optionally gzipped) holds one
 * article per line. Whatever cannot be read is reported with its reason and never stops the run.
 */
public final class CorpusReader {
  /** Larger single files are not articles (a 50 MB "article" is a dump or an accident). */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** Where read documents and skipped inputs go. */
  public interface Sink {
    void accept(RawDocument document);

    void skip(String origin, String reason);
  }

  /** Every readable file under the given paths, in a stable order. */
  public static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  public void read(Path file, Sink sink) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (!Files.isRegularFile(file)) {
        sink.skip(file.toString(), "not a readable file");
      } else if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
        readJsonLines(file, lower.endsWith(".gz"), sink);
      } else {
        Format format = formatOf(lower);
        if (format == null) {
          sink.skip(file.toString(), "unknown file type (expected .txt, .md, .html, .jsonl)");
          return;
        }
        long size = Files.size(file);
        if (size == 0) {
          sink.skip(file.toString(), "empty file");
        } else if (size > MAX_FILE_BYTES) {
          sink.skip(file.toString(), "file too large (" + size + " bytes; limit " + MAX_FILE_BYTES + ")");
        } else {
          byte[] bytes = Files.readAllBytes(file);
          if (looksBinary(bytes)) {
            sink.skip(file.toString(), "binary content, not text");
          } else {
            sink.accept(new RawDocument(idOf(name), format, bytes, Map.of(), file.toString()));
          }
        }
      }
    } catch (IOException e) {
      sink.skip(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static Format formatOf(String lowerName) {
    if (lowerName.endsWith(".txt")) {
      return Format.TEXT;
    }
    if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
      return Format.MARKDOWN;
    }
    if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
      return Format.HTML;
    }
    return null;
  }

  private static String idOf(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** NUL bytes never occur in text of any of the encodings we read. */
  private static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private void readJsonLines(Path file, boolean gzipped, Sink sink) throws IOException {
    var in = Files.newInputStream(file);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String origin = file + ":" + number;
        try {
          sink.accept(fromJson(JsonParser.parseString(line).getAsJsonObject(), origin));
        } catch (JsonParseException | IllegalStateException e) {
          sink.skip(origin, "broken JSON line");
        } catch (IllegalArgumentException e) {
          sink.skip(origin, e.getMessage());
        }
      }
    }
  }

  /**
   * A JSON Lines record (or a document posted to the API): {@code id} and {@code body} or {@code
   * html} are required; an IllegalArgumentException says what is missing.
   */
  public static RawDocument fromJson(JsonObject json, String origin) {
    String id = string(json, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("missing \"id\"");
    }
    String html = string(json, "html");
    String body = string(json, "body");
    if (html.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("missing \"body\" or \"html\"");
    }
    Map<String, String> metadata = new HashMap<>();
    for (String field : List.of("title", "url", "source", "published_at")) {
      String value = string(json, field);
      if (!value.isBlank()) {
        metadata.put(field, value);
      }
    }
    // a record states its title or has none: the cleaner never takes a first line for it
    metadata.putIfAbsent("title", "");
    boolean isHtml = !html.isBlank();
    byte[] content = (isHtml ? html : body).getBytes(StandardCharsets.UTF_8);
    return new RawDocument(id, isHtml ? Format.HTML : Format.TEXT, content, metadata, origin);
  }

  private static String string(JsonObject json, String field) {
    JsonElement value = json.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
