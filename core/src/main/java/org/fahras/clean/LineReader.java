package org.fahras.clean;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without ever holding more than {@code maxLineBytes} of one:
 * a longer line is reported with its length and skipped as it streams past, so a one-line
 * gigabyte (a dump, a gzip bomb) costs no memory. A stream that breaks off mid-way (a truncated
 * {@code .gz}) keeps the complete lines before the break.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  /** Where the lines go; {@code number} counts from 1. */
  interface Lines {
    void line(int number, byte[] bytes);

    void tooLong(int number, long bytes);

    /** The stream's own bytes read so far (compressed bytes for a gzipped file). */
    default void progress() {}
  }

  /** The stream broke off after {@code completeLines} complete lines; the partial line after them is dropped. */
  static final class Truncated extends IOException {
    final int completeLines;

    Truncated(int completeLines, IOException cause) {
      super(cause.getMessage(), cause);
      this.completeLines = completeLines;
    }
  }

  private LineReader() {}

  static void read(InputStream in, int maxLineBytes, Lines lines) throws IOException {
    byte[] chunk = new byte[CHUNK];
    byte[] line = new byte[Math.min(maxLineBytes, CHUNK)];
    int length = 0; // bytes of the current line held in `line`
    long seen = 0; // bytes of the current line, held or not
    int number = 0;
    while (true) {
      int n;
      try {
        n = in.read(chunk);
      } catch (IOException broken) {
        throw new Truncated(number, broken);
      }
      if (n < 0) {
        break;
      }
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] != '\n') {
          continue;
        }
        number++;
        seen += i - start;
        if (seen > maxLineBytes) {
          lines.tooLong(number, seen);
        } else {
          line = append(line, length, chunk, start, i - start);
          lines.line(number, Arrays.copyOf(line, (int) seen));
        }
        length = 0;
        seen = 0;
        start = i + 1;
      }
      int rest = n - start;
      if (seen + rest <= maxLineBytes) {
        line = append(line, length, chunk, start, rest);
        length += rest;
      }
      seen += rest;
      lines.progress();
    }
    if (seen > 0) {
      number++;
      if (seen > maxLineBytes) {
        lines.tooLong(number, seen);
      } else {
        lines.line(number, Arrays.copyOf(line, length));
      }
    }
  }

  private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(from, offset, line, length, count);
    return line;
  }
}
