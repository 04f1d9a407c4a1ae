package org.fahras.bench;

import java.util.Arrays;

/** Latencies of one run, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;
  private long cpuNanos;

  /** CPU time spent by the measuring thread: unlike latency, barely moved by other processes' load. */
  synchronized void addCpu(long nanos) {
    cpuNanos += nanos;
  }

  synchronized double meanCpuMs() {
    return size == 0 ? 0 : cpuNanos / 1e6 / size;
  }

  synchronized void add(long latency) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latency;
  }

  synchronized int size() {
    return size;
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds. */
  synchronized double percentileMs(double p) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  synchronized double meanMs() {
    return Arrays.stream(nanos, 0, size).average().orElse(0) / 1e6;
  }
}
