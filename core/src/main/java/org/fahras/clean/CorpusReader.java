package org.fahras.clean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * Reads files and folders into raw documents: {@code .txt}, {@code .md}, {@code .html} are one
 * article each, {@code .jsonl} (optionally gzipped) holds one article per line. A file's id is its
 * path relative to the folder named on the command line, without its last extension
 * ({@code 2015/index.txt} → {@code 2015/index}); a file named directly is its name without the
 * extension. Whatever cannot be read (a file, a JSON line, a folder, a link) is reported with its
 * reason and never stops the run, and every input is bounded ({@link Limits}).
 */
public final class CorpusReader {
  /** Larger single files are not articles (a 50 MB "article" is a dump or an accident). */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  /** A JSON Lines record is an article too, bounded as a file is. */
  public static final int MAX_RECORD_BYTES = (int) MAX_FILE_BYTES;
  /** A record's short fields (id, title, url, source, published_at): a headline, not a book. */
  public static final int MAX_FIELD_CHARS = 10_000;

  /** The bounds of what one input may be; larger inputs are skipped with their size. */
  public record Limits(long maxFileBytes, int maxRecordBytes, int maxFieldChars) {
    public static final Limits DEFAULTS = new Limits(MAX_FILE_BYTES, MAX_RECORD_BYTES, MAX_FIELD_CHARS);
  }

  /** A file to read, with the id its article gets and what it was when listed. */
  public record Input(Path file, String id, long size, long modifiedMillis) {}

  /** Where read documents and skipped inputs go. */
  public interface Sink {
    void accept(RawDocument document);

    void skip(String origin, String reason);

    /** The bytes of the current file read so far. */
    default void progress(long bytesRead) {}
  }

  private final Limits limits;
  private final RecordFields fields;

  public CorpusReader() {
    this(Limits.DEFAULTS, RecordFields.OWN);
  }

  /** @param fields where a JSON Lines record keeps each part of its article */
  public CorpusReader(Limits limits, RecordFields fields) {
    this.limits = limits;
    this.fields = fields;
  }

  /**
   * Every regular file under the given paths, in a stable order; symbolic links are followed.
   * Folders that cannot be read, dangling links, link loops, FIFOs and devices go to {@code sink}
   * as skipped, and the walk goes on.
   */
  public static List<Input> inputs(List<Path> paths, Sink sink) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
      try {
        Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
              inputs.add(new Input(file, idOf(root, file), attributes.size(), attributes.lastModifiedTime().toMillis()));
            } else if (attributes.isSymbolicLink()) {
              sink.skip(file.toString(), "dangling symbolic link (to " + linkTarget(file) + ")");
            } else {
              sink.skip(file.toString(), "not a regular file (a FIFO, socket or device)");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            sink.skip(file.toString(), whyUnreadable(e));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              sink.skip(dir.toString(), "folder not read to the end: " + whyUnreadable(e));
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        sink.skip(path.toString(), whyUnreadable(e));
      }
    }
    inputs.sort(Comparator.comparing(Input::file));
    return inputs;
  }

  private static String whyUnreadable(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (a link to a folder above it), not followed";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    return "cannot read: " + e.getMessage();
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  /** The path below {@code root} with '/' between folders, without the last extension. */
  private static String idOf(Path root, Path file) {
    Path relative = root == null ? file.getFileName() : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String id = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    int slash = id.lastIndexOf('/');
    int dot = id.lastIndexOf('.');
    return dot > slash + 1 ? id.substring(0, dot) : id;
  }

  public void read(Input input, Sink sink) {
    Path file = input.file();
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
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
        } else if (size > limits.maxFileBytes()) {
          sink.skip(file.toString(), "file too large (" + size + " bytes; limit " + limits.maxFileBytes() + ")");
        } else {
          byte[] bytes = Files.readAllBytes(file);
          sink.progress(bytes.length);
          if (looksBinary(bytes)) {
            sink.skip(file.toString(), "binary content, not text");
          } else {
            sink.accept(new RawDocument(input.id(), format, bytes, Map.of(), file.toString()));
          }
        }
      }
    } catch (IOException e) {
      sink.skip(file.toString(), whyUnreadable(e));
    } catch (RuntimeException e) {
      sink.skip(file.toString(), "failed: " + e);
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

  /**
   * One record per line, each decoded on its own as a text file is (UTF-8, else windows-1256)
   * and bounded by {@link Limits#maxRecordBytes}. A gzipped file cut short keeps its complete
   * lines.
   */
  private void readJsonLines(Path file, boolean gzipped, Sink sink) throws IOException {
    try (CountingStream counted = new CountingStream(Files.newInputStream(file))) {
      InputStream in;
      try {
        in = gzipped ? new GZIPInputStream(counted, 64 * 1024) : counted;
      } catch (IOException broken) {
        sink.skip(file.toString(), "not a readable gzip file (" + broken.getMessage() + ")");
        return;
      }
      LineReader.read(in, limits.maxRecordBytes(), new LineReader.Lines() {
        @Override
        public void line(int number, byte[] bytes) {
          String origin = file + ":" + number;
          String line = TextDecoder.decode(bytes);
          if (line.isBlank()) {
            return;
          }
          try {
            sink.accept(fromJson(JsonParser.parseString(line).getAsJsonObject(), origin, limits, fields));
          } catch (JsonParseException | IllegalStateException e) {
            sink.skip(origin, "broken JSON line");
          } catch (IllegalArgumentException e) {
            sink.skip(origin, e.getMessage());
          }
        }

        @Override
        public void tooLong(int number, long bytes) {
          sink.skip(file + ":" + number, "record too large (" + bytes + " bytes; limit " + limits.maxRecordBytes() + ")");
        }

        @Override
        public void progress() {
          sink.progress(counted.count);
        }
      });
    } catch (LineReader.Truncated e) {
      sink.skip(file.toString(), "truncated " + (gzipped ? "gzip file" : "file") + " (" + e.getMessage() + "): the "
          + e.completeLines + " complete lines before the break were read, the rest is lost");
    }
  }

  /**
   * A document posted to the API: {@code id} and {@code body} or {@code html} are required, every
   * field is a string (or a number), and the short fields are bounded; an IllegalArgumentException
   * says what is wrong.
   */
  public static RawDocument fromJson(JsonObject json, String origin) {
    return fromJson(json, origin, Limits.DEFAULTS, RecordFields.OWN);
  }

  /** A JSON Lines record, its parts found under the names {@code fields} gives them. */
  private static RawDocument fromJson(JsonObject json, String origin, Limits limits, RecordFields fields) {
    String id = string(json, fields.fieldOf(json, "id"), limits.maxFieldChars());
    if (id.isBlank()) {
      throw new IllegalArgumentException("missing \"id\"");
    }
    String htmlField = fields.fieldOf(json, "html");
    String bodyField = fields.fieldOf(json, "body");
    String html = string(json, htmlField, Integer.MAX_VALUE);
    String body = string(json, bodyField, Integer.MAX_VALUE);
    if (BlankText.isBlank(html) && BlankText.isBlank(body)) {
      throw new IllegalArgumentException(json.has(bodyField) || json.has(htmlField) ? "empty body"
          : "missing \"body\" or \"html\" (name the record's field with --map body=FIELD)");
    }
    Map<String, String> metadata = new HashMap<>();
    for (String part : List.of("title", "url", "source", "published_at")) {
      String value = string(json, fields.fieldOf(json, part), limits.maxFieldChars());
      if (!value.isBlank()) {
        metadata.put(part, value);
      }
    }
    String tags = tags(json, fields.fieldOf(json, "tags"), limits.maxFieldChars());
    if (!tags.isEmpty()) {
      metadata.put("tags", tags);
    }
    // a record states its title or has none: the cleaner never takes a first line for it
    metadata.putIfAbsent("title", "");
    boolean isHtml = !BlankText.isBlank(html);
    byte[] content = (isHtml ? html : body).getBytes(StandardCharsets.UTF_8);
    return new RawDocument(id, isHtml ? Format.HTML : Format.TEXT, content, metadata, origin);
  }

  /** Tags as one string or a list of strings, kept one per line. */
  private static String tags(JsonObject json, String field, int maxChars) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonArray()) {
      return string(json, field, maxChars).replace('\n', ' ');
    }
    List<String> tags = new ArrayList<>();
    for (JsonElement tag : value.getAsJsonArray()) {
      if (tag.isJsonPrimitive() && !tag.getAsString().isBlank()) {
        tags.add(tag.getAsString().strip().replace('\n', ' '));
      }
    }
    return bounded(field, String.join("\n", tags), maxChars);
  }

  private static String string(JsonObject json, String field, int maxChars) {
    JsonElement value = json.get(field);
    if (value == null || value.isJsonNull()) {
      return "";
    }
    if (!value.isJsonPrimitive()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + (value.isJsonObject() ? "an object" : "an array"));
    }
    return bounded(field, value.getAsString(), maxChars);
  }

  private static String bounded(String field, String text, int maxChars) {
    if (text.length() > maxChars) {
      throw new IllegalArgumentException("\"" + field + "\" too long (" + text.length() + " characters; limit " + maxChars + ")");
    }
    return text;
  }

  /** Counts the bytes read from the file, for progress through a gzipped one. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count += Math.max(n, 0);
      return n;
    }
  }
}
