package org.fahras.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
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
  /**
   * One keyword of a topic: the ids of its stems in order ({@link #stemIds}). Rows of the file
   * that stem to the same keyword of the same topic and weight ("إرهابي", "الإرهابية") are one
   * keyword written {@code rows} times: each occurrence counts once per row, under one cap.
   */
  private record Keyword(int index, String topic, int weight, int[] stems) {}

  /** Occurrences of one keyword beyond this add nothing: one word repeated is not a topic. */
  private static final int MAX_COUNT = 3;
  private static final int TITLE_WEIGHT = 2;
  private static final String TITLE = "title";
  private static final String BODY = "body";
  /** The id of a stem no keyword has: most of an article's words. */
  private static final int NO_KEYWORD = -1;
  /** Bits of {@link #stemShapes}. */
  private static final int SHAPES = 1 << 16;

  private final Analyzer analyzer;
  private final Map<String, String> labels = new LinkedHashMap<>();
  /**
   * Every stem of a keyword, numbered: a token's stem is looked up from the term buffer itself, so
   * the words of an article that no keyword has (most of them) cost no string.
   */
  private final CharArrayMap<Integer> stemIds = new CharArrayMap<>(4096, false);
  /**
   * The shapes (first letter, last letter, length) of the keyword stems: a token of another shape,
   * most of them, is no keyword stem without hashing it (the look-ups were 4% of indexing's CPU).
   */
  private final BitSet stemShapes = new BitSet(SHAPES);
  /** The keywords by the id of their first stem. */
  private final List<List<Keyword>> byFirstStem = new ArrayList<>();
  private final List<Keyword> keywords = new ArrayList<>();
  /** Per keyword, the rows of the file that gave it. */
  private final List<Integer> rows = new ArrayList<>();
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
        classifier.addKeyword(row[0], Integer.parseInt(row[1]), row[2]);
      }
    }
    return classifier;
  }

  private void addKeyword(String topic, int weight, String phrase) {
    List<String> stems = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(BODY, phrase)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stems.isEmpty()) {
      return;
    }
    int[] ids = new int[stems.size()];
    for (int k = 0; k < ids.length; k++) {
      Integer id = stemIds.get(stems.get(k));
      if (id == null) {
        id = stemIds.size();
        stemIds.put(stems.get(k), id);
        stemShapes.set(shape(stems.get(k).toCharArray(), stems.get(k).length()));
        byFirstStem.add(new ArrayList<>(1));
      }
      ids[k] = id;
    }
    for (Keyword known : byFirstStem.get(ids[0])) {
      if (known.topic().equals(topic) && known.weight() == weight && Arrays.equals(known.stems(), ids)) {
        rows.set(known.index(), rows.get(known.index()) + 1);
        return;
      }
    }
    Keyword keyword = new Keyword(keywords.size(), topic, weight, ids);
    keywords.add(keyword);
    rows.add(1);
    byFirstStem.get(ids[0]).add(keyword);
  }

  /** The topics of an article, strongest first (ties in the file's order); the mention count is the score. */
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
    int[] counts = new int[keywords.size()];
    count(stemIds(titleStems), TITLE_WEIGHT, counts);
    count(stemIds(bodyStems), 1, counts);
    Map<String, Integer> scores = new HashMap<>();
    for (Keyword keyword : keywords) {
      if (counts[keyword.index()] > 0) {
        scores.merge(keyword.topic(), keyword.weight() * Math.min(counts[keyword.index()], MAX_COUNT * TITLE_WEIGHT), Integer::sum);
      }
    }
    List<FacetValue> topics = new ArrayList<>();
    labels.forEach((topic, label) -> {
      int score = scores.getOrDefault(topic, 0);
      if (score >= threshold) {
        topics.add(new FacetValue(topic, label, score));
      }
    });
    topics.sort(Comparator.comparingInt(FacetValue::mentions).reversed()); // stable: ties in the file's order
    return topics;
  }

  /** Adds {@code weight} to the count of every keyword whose stems stand in order in {@code ids}. */
  private void count(IntsRef ids, int weight, int[] counts) {
    int end = ids.offset + ids.length;
    for (int i = ids.offset; i < end; i++) {
      if (ids.ints[i] == NO_KEYWORD) {
        continue;
      }
      for (Keyword keyword : byFirstStem.get(ids.ints[i])) {
        int[] stems = keyword.stems();
        if (i + stems.length <= end && Arrays.equals(ids.ints, i, i + stems.length, stems, 0, stems.length)) {
          counts[keyword.index()] += weight * rows.get(keyword.index());
        }
      }
    }
  }

  private static int shape(char[] word, int length) {
    return length == 0 ? 0 : ((word[0] * 31 + word[length - 1]) * 31 + length) & (SHAPES - 1);
  }

  /** The keyword-stem id of every token of the stream, {@link #NO_KEYWORD} for the others. */
  private IntsRef stemIds(TokenStream stream) {
    IntsRefBuilder ids = new IntsRefBuilder();
    try {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        Integer id = stemShapes.get(shape(term.buffer(), term.length())) ? stemIds.get(term.buffer(), 0, term.length()) : null;
        ids.append(id == null ? NO_KEYWORD : id);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids.get();
  }
}
