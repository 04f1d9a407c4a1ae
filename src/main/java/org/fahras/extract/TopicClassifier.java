package org.fahras.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Assigns news topics from the weighted words and phrases of {@code index-config/topics.tsv},
 * matched on the stemmed form of the text (the same analysis the index uses, so every inflection
 * of a keyword counts; the indexing pipeline hands over the very streams it then indexes). A topic
 * whose score reaches the threshold is the article's.
 */
public final class TopicClassifier {
  /** One keyword of a topic: its stems in order. */
  private record Keyword(String topic, int weight, List<String> stems) {}

  /** Occurrences of one keyword beyond this add nothing: one word repeated is not a topic. */
  private static final int MAX_COUNT = 3;
  private static final int TITLE_WEIGHT = 2;
  private static final String TITLE = "title";
  private static final String BODY = "body";

  private final Analyzer analyzer;
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<String, List<Keyword>> byFirstStem = new HashMap<>();
  private int threshold = 8;

  private TopicClassifier(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  public static TopicClassifier load(ConfigFiles config, AnalysisResources resources) {
    TopicClassifier classifier = new TopicClassifier(new FahrasAnalyzer(TextForm.STEMMED, resources));
    for (String[] row : ConfigFiles.table(config.config("topics.tsv"))) {
      if (row[0].equals("topic")) {
        classifier.labels.put(row[1], row[2]);
      } else if (row[0].equals("threshold")) {
        classifier.threshold = Integer.parseInt(row[1]);
      } else {
        List<String> stems = classifier.stems(row[2]);
        if (!stems.isEmpty()) {
          Keyword keyword = new Keyword(row[0], Integer.parseInt(row[1]), stems);
          classifier.byFirstStem.computeIfAbsent(stems.getFirst(), k -> new ArrayList<>()).add(keyword);
        }
      }
    }
    return classifier;
  }

  /** The topics of an article, strongest first; the mention count is the score. */
  public List<FacetValue> classify(String title, String body) {
    try (TokenStream titleStems = analyzer.tokenStream(TITLE, title); TokenStream bodyStems = analyzer.tokenStream(BODY, body)) {
      return classify(titleStems, bodyStems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same from the stemmed form of title and body, as {@code FahrasAnalyzer} streams them; the
   * streams are read from their start and left open for the caller.
   */
  public List<FacetValue> classify(TokenStream titleStems, TokenStream bodyStems) {
    Map<Keyword, Integer> counts = new HashMap<>();
    count(stems(titleStems), TITLE_WEIGHT, counts);
    count(stems(bodyStems), 1, counts);
    Map<String, Integer> scores = new HashMap<>();
    counts.forEach((keyword, n) -> scores.merge(keyword.topic(), keyword.weight() * Math.min(n, MAX_COUNT * TITLE_WEIGHT), Integer::sum));
    List<FacetValue> topics = new ArrayList<>();
    scores.entrySet().stream()
        .filter(e -> e.getValue() >= threshold && labels.containsKey(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> topics.add(new FacetValue(e.getKey(), labels.get(e.getKey()), e.getValue())));
    return topics;
  }

  private void count(List<String> stems, int weight, Map<Keyword, Integer> counts) {
    for (int i = 0; i < stems.size(); i++) {
      for (Keyword keyword : byFirstStem.getOrDefault(stems.get(i), List.of())) {
        if (i + keyword.stems().size() <= stems.size() && stems.subList(i, i + keyword.stems().size()).equals(keyword.stems())) {
          counts.merge(keyword, weight, Integer::sum);
        }
      }
    }
  }

  private List<String> stems(String text) {
    try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
      return stems(stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> stems(TokenStream stream) {
    List<String> stems = new ArrayList<>();
    try {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
