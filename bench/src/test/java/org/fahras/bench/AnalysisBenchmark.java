package org.fahras.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.config.ConfigFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Analysis throughput of our stemmed chain against Lucene's ArabicAnalyzer, in the same JMH run,
 * over Arabic news text: the sample corpus, or the articles of a folder given as {@code -Dcorpus}.
 * {@link #main} runs both in alternating rounds ({@code -Drounds}, default {@value #ROUNDS}), one
 * fork each, so that a neighbour's load on a shared machine falls on both alike, and prints MB/s
 * with JMH's 99.9% error for each, the ratio of each round, and the median and quartiles of the
 * ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AnalysisBenchmark {
  @Param({"samples/news"})
  public String corpus;

  private List<String> texts;
  private Analyzer fahras;
  private Analyzer lucene;

  @Setup
  public void setUp() throws IOException {
    texts = texts(Path.of(corpus));
    fahras = new FahrasAnalyzer(TextForm.STEMMED, AnalysisResources.load(ConfigFiles.defaults()));
    lucene = new ArabicAnalyzer();
  }

  static List<String> texts(Path folder) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  static long bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  @Benchmark
  public long fahrasStemmed() throws IOException {
    return analyze(fahras, texts);
  }

  @Benchmark
  public long luceneArabicAnalyzer() throws IOException {
    return analyze(lucene, texts);
  }

  /** Analyses every text; returns the total length of the terms, for JMH to consume. */
  static long analyze(Analyzer analyzer, List<String> texts) throws IOException {
    long length = 0;
    for (String text : texts) {
      try (TokenStream stream = analyzer.tokenStream("body", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          length += term.length();
        }
        stream.end();
      }
    }
    return length;
  }

  static final int ROUNDS = 6;
  static final int PAIRS = 400;

  /** Runs both benchmarks round after round and prints their throughput in MB/s and the ratios ours / Lucene. */
  public static void main(String[] args) throws Exception {
    String corpus = System.getProperty("corpus", "samples/news");
    int rounds = Integer.getInteger("rounds", ROUNDS);
    double megabytes = bytes(texts(Path.of(corpus))) / 1e6;
    StringBuilder table = new StringBuilder("| round | Fahras stemmed MB/s | Lucene ArabicAnalyzer MB/s | ratio |\n|---|---|---|---|\n");
    double[] ratios = new double[rounds];
    double oursTotal = 0;
    double theirsTotal = 0;
    for (int round = 0; round < rounds; round++) {
      double[] ours = null;
      double[] theirs = null;
      for (String benchmark : round % 2 == 0 ? List.of("fahrasStemmed", "luceneArabicAnalyzer") : List.of("luceneArabicAnalyzer", "fahrasStemmed")) {
        var options = new OptionsBuilder().include(AnalysisBenchmark.class.getName() + "." + benchmark + "$").param("corpus", corpus).build();
        var result = new Runner(options).runSingle().getPrimaryResult();
        double[] mbPerSecond = {result.getScore() * megabytes, result.getScoreError() * megabytes};
        if (benchmark.equals("fahrasStemmed")) {
          ours = mbPerSecond;
        } else {
          theirs = mbPerSecond;
        }
      }
      ratios[round] = ours[0] / theirs[0];
      oursTotal += ours[0];
      theirsTotal += theirs[0];
      table.append(String.format(Locale.ROOT, "| %d | %.1f ± %.1f | %.1f ± %.1f | %.2f |%n", round + 1, ours[0], ours[1], theirs[0], theirs[1], ratios[round]));
    }
    table.append(String.format(Locale.ROOT, "| **mean of the rounds** | %.1f | %.1f | %.2f |%n",
        oursTotal / rounds, theirsTotal / rounds, oursTotal / theirsTotal));
    double[] sorted = ratios.clone();
    java.util.Arrays.sort(sorted);
    table.append(String.format(Locale.ROOT, "| **median (quartiles)** | | | **%.2f** (%.2f–%.2f) |%n",
        quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75)));
    System.out.print("\n" + table);
    System.out.print(cpuTimeComparison(Path.of(corpus), Integer.getInteger("pairs", PAIRS)));
  }

  /**
   * The same comparison in thread CPU time rather than wall time, which a neighbour's load on a
   * shared machine barely moves: after a warm-up, {@code pairs} pairs of ten passes over the
   * corpus, one by each analyser in alternating order, each timed by the thread's CPU clock. The
   * ratio of a pair is Lucene's time over ours (our relative throughput); prints MB per CPU second
   * of each, and the median ratio with its 95% confidence interval (order statistics).
   */
  static String cpuTimeComparison(Path corpus, int pairs) throws IOException {
    List<String> texts = texts(corpus);
    double megabytes = bytes(texts) / 1e6;
    Analyzer ours = new FahrasAnalyzer(TextForm.STEMMED, AnalysisResources.load(ConfigFiles.defaults()));
    Analyzer theirs = new ArabicAnalyzer();
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < 3000; i++) {
      sink += analyze(ours, texts) + analyze(theirs, texts);
    }
    double[] ratios = new double[pairs];
    long oursNanos = 0;
    long theirsNanos = 0;
    for (int pair = 0; pair < pairs; pair++) {
      long[] nanos = new long[2];
      for (int turn = 0; turn < 2; turn++) {
        int which = (pair + turn) % 2; // 0 = ours
        long start = clock.getCurrentThreadCpuTime();
        for (int pass = 0; pass < 10; pass++) {
          sink += analyze(which == 0 ? ours : theirs, texts);
        }
        nanos[which] = clock.getCurrentThreadCpuTime() - start;
      }
      ratios[pair] = (double) nanos[1] / nanos[0];
      oursNanos += nanos[0];
      theirsNanos += nanos[1];
    }
    java.util.Arrays.sort(ratios);
    int half = (int) Math.ceil(1.96 * Math.sqrt(pairs) / 2);
    return String.format(Locale.ROOT,
        "%n| thread CPU time, %d pairs | Fahras stemmed | Lucene ArabicAnalyzer | ratio: median (95%% interval) |%n|---|---|---|---|%n"
            + "| MB per CPU second | %.1f | %.1f | **%.2f** (%.2f–%.2f) |%n(checksum %d)%n",
        pairs, megabytes * 10 * pairs / (oursNanos / 1e9), megabytes * 10 * pairs / (theirsNanos / 1e9),
        quantile(ratios, 0.5), ratios[Math.max(0, pairs / 2 - half)], ratios[Math.min(pairs - 1, pairs / 2 + half)], sink);
  }

  /** Linear interpolation between the closest ranks of sorted values. */
  static double quantile(double[] sorted, double q) {
    double rank = q * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }
}
