package org.fahras.cli;

import java.io.PrintWriter;

/** A one-line progress bar on the terminal, redrawn at most a few times a second. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final int total;
  private long lastDraw;

  ProgressBar(PrintWriter out, int total) {
    this.out = out;
    this.total = Math.max(total, 1);
  }

  void update(int done) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) done * WIDTH / total);
    out.printf("\r[%s%s] %d/%d files", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
  }

  void finish() {
    out.println();
  }
}
