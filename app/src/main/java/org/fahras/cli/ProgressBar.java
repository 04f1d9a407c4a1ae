package org.fahras.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fahras.pipeline.IndexPipeline;

/**
 * One line on the terminal, redrawn at most five times a second: files and bytes read, articles
 * indexed and their rate, and the time left at the rate the bytes go (a large JSON Lines file
 * moves the bar as it is read, not only when it is done).
 */
final class ProgressBar {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int lastLength;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  void update(IndexPipeline.Progress progress) {
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    draw(line(progress, (now - start) / 1e9));
  }

  /** The line for a state of the run {@code seconds} after its start. */
  static String line(IndexPipeline.Progress p, double seconds) {
    double share = p.bytes() == 0 ? (p.files() == 0 ? 1 : (double) p.filesDone() / p.files()) : (double) p.bytesDone() / p.bytes();
    int filled = (int) Math.min(WIDTH, Math.round(share * WIDTH));
    StringBuilder line = new StringBuilder();
    line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
    line.append(String.format(Locale.ROOT, "%d/%d files, %s of %s", p.filesDone(), p.files(), size(p.bytesDone()), size(p.bytes())));
    line.append(String.format(Locale.ROOT, " · %,d articles", p.indexed()));
    if (seconds >= 1) {
      line.append(String.format(Locale.ROOT, " (%,d/s)", Math.round(p.indexed() / seconds)));
    }
    if (p.unchanged() > 0) {
      line.append(String.format(Locale.ROOT, " · %,d unchanged", p.unchanged()));
    }
    if (p.skipped() > 0) {
      line.append(String.format(Locale.ROOT, " · %,d skipped", p.skipped()));
    }
    if (seconds >= 1 && p.bytesDone() > 0 && p.bytesDone() < p.bytes()) {
      line.append(" · ").append(duration(seconds * (p.bytes() - p.bytesDone()) / p.bytesDone())).append(" left");
    }
    return line.toString();
  }

  private void draw(String line) {
    out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    out.flush();
    lastLength = line.length();
  }

  void finish(IndexPipeline.Progress last) {
    draw(line(last, (System.nanoTime() - start) / 1e9));
    out.println();
    lastLength = 0;
  }

  /** Ends a line left half drawn by a run that failed, so that the error starts a line of its own. */
  void abandon() {
    if (lastLength > 0) {
      out.println();
      lastLength = 0;
    }
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
