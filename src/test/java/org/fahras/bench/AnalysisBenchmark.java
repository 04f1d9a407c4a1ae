package org.fahras.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Analysis throughput of our stemmed chain against Lucene's ArabicAnalyzer, in the same JMH run,
 * over Arabic news text: the sample corpus, or the articles of a folder given as {@code -Dcorpus}.
 * {@link #main} prints MB/s for each and the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
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
  public void fahrasStemmed(Blackhole sink) throws IOException {
    analyze(fahras, sink);
  }

  @Benchmark
  public void luceneArabicAnalyzer(Blackhole sink) throws IOException {
    analyze(lucene, sink);
  }

  private void analyze(Analyzer analyzer, Blackhole sink) throws IOException {
    for (String text : texts) {
      try (TokenStream stream = analyzer.tokenStream("body", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          sink.consume(term.length());
        }
        stream.end();
      }
    }
  }

  /** Runs both benchmarks and prints their throughput in MB/s and the ratio ours / Lucene. */
  public static void main(String[] args) throws Exception {
    String corpus = System.getProperty("corpus", "samples/news");
    double megabytes = bytes(texts(Path.of(corpus))) / 1e6;
    var options = new OptionsBuilder().include(AnalysisBenchmark.class.getSimpleName()).param("corpus", corpus).build();
    double ours = 0;
    double theirs = 0;
    for (RunResult result : new Runner(options).run()) {
      double mbPerSecond = result.getPrimaryResult().getScore() * megabytes;
      if (result.getParams().getBenchmark().endsWith("fahrasStemmed")) {
        ours = mbPerSecond;
      } else {
        theirs = mbPerSecond;
      }
    }
    System.out.printf(Locale.ROOT, "%n| analyser | MB/s |%n|---|---|%n| Fahras stemmed | %.1f |%n| Lucene ArabicAnalyzer | %.1f |%n| ratio Fahras / Lucene | %.2f |%n",
        ours, theirs, ours / theirs);
  }
}
