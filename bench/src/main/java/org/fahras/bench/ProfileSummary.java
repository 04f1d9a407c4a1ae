package org.fahras.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a Java Flight Recording: the CPU samples ({@code jdk.ExecutionSample})
 * whose stack passes through a given method, each charged to the stage of its innermost frame
 * that belongs to one (so a HashMap lookup inside the gazetteer counts as extraction), and the
 * hottest leaf methods. Prints Markdown tables.
 *
 * <p>Usage: {@code ProfileSummary RECORDING.jfr [METHOD]}, METHOD defaulting to {@code
 * IndexPipeline.index} (the indexing of one document).
 */
public final class ProfileSummary {
  /** Stage by class-name prefix, tried in this order on each frame from the leaf up. */
  private static final Map<String, String> STAGES = new LinkedHashMap<>();

  static {
    STAGES.put("org.fahras.clean.", "clean");
    STAGES.put("org.fahras.extract.", "extract");
    STAGES.put("org.fahras.analysis.", "analysis chain");
    STAGES.put("org.apache.lucene.analysis.", "analysis chain");
    STAGES.put("org.fahras.search.", "search");
    for (String searching : List.of("SearchService", "Highlighter", "SnippetFormatter", "SentenceEnds", "Query")) {
      STAGES.put("org.fahras.lucene." + searching, "search");
    }
    STAGES.put("org.fahras.lucene.DocumentBuilder", "document building");
    STAGES.put("org.apache.lucene.facet.", "document building");
    STAGES.put("org.apache.lucene.document.", "document building");
    STAGES.put("org.apache.lucene.index.", "Lucene indexing (invert, flush)");
    STAGES.put("org.apache.lucene.codecs.", "Lucene indexing (invert, flush)");
  }

  private ProfileSummary() {}

  public static void main(String[] args) throws Exception {
    String within = args.length > 1 ? args[1] : "IndexPipeline.index";
    Map<String, Integer> stages = new TreeMap<>();
    Map<String, Integer> leaves = new TreeMap<>();
    int total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (frames.stream().noneMatch(f -> name(f).contains(within))) {
        continue;
      }
      total++;
      stages.merge(stageOf(frames), 1, Integer::sum);
      leaves.merge(name(frames.getFirst()), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "%d CPU samples within %s%n%n| stage | samples | share |%n|---|---|---|%n", total, within);
    int all = total;
    stages.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> b - a))
        .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d | %.0f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / all));
    System.out.printf(Locale.ROOT, "%n| hottest methods (leaf frame) | share |%n|---|---|%n");
    leaves.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> b - a)).limit(15)
        .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / all));
  }

  private static String stageOf(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      for (Map.Entry<String, String> stage : STAGES.entrySet()) {
        if (name.startsWith(stage.getKey())) {
          return stage.getValue();
        }
      }
    }
    return "other";
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
