package org.fahras.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.ArabicNormalizer;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;

/**
 * Assigns news topics (IPTC Media Topics, {@code index-config/topics.tsv}) from weighted words and
 * phrases, matched on the stemmed form of the text (the same analysis the index uses, so every
 * inflection of a keyword counts; the indexing pipeline hands over the very streams it then
 * indexes). A topic whose score reaches the threshold, and a share of the best topic's score, is
 * the article's (the strongest few), and so is its parent; an article with none gets its best topic when that one
 * reaches the fallback score. A keyword
 * written {@code =form} counts only where the text has that very word (a proclitic و ف ب ل ك
 * allowed): a movement's name whose stem is a common word's.
 */
public final class TopicClassifier {
  /**
   * One keyword of a topic: the ids of its stems in order ({@link #stemIds}). Rows of the file
   * that stem to the same keyword of the same topic and weight ("إرهابي", "الإرهابية") are one
   * keyword written {@code rows} times: each occurrence counts once per row, under one cap.
   */
  private record Keyword(int index, String topic, int topicIndex, int weight, int[] stems, int rows) {}

  /** Occurrences of one keyword beyond this add nothing: one word repeated is not a topic. */
  private static final int MAX_COUNT = 3;
  private static final int TITLE_WEIGHT = 2;
  private static final String TITLE = "title";
  private static final String BODY = "body";
  /** The id of a stem no keyword has: most of an article's words. */
  private static final int NO_KEYWORD = -1;

  /** A topic of the file: its IPTC code, its parent's slug (null for a top-level subject), its label. */
  public record Topic(String slug, String code, String parent, String label) {}

  /** Proclitics an {@code =form} keyword may carry in the text: a conjunction or a preposition. */
  private static final String PROCLITICS = "وفبلك";

  private final Analyzer analyzer;
  private final Map<String, Topic> topics = new LinkedHashMap<>();
  /**
   * Per stem id, the ids of the {@code =form} keywords whose form has that stem: only a token with
   * such a stem has its surface looked at.
   */
  private final List<Map<String, Integer>> exactFormsByStem = new ArrayList<>();
  /**
   * Every stem of a keyword, numbered: a token's stem is looked up from the term buffer itself, so
   * the words of an article that no keyword has (most of them) cost no string.
   */
  private final StemTable stemIds = new StemTable();
  /** The ids of the {@code =form} keywords, by "=" and the normalised form. */
  private final Map<String, Integer> exactIds = new HashMap<>();
  /** The keywords by the id of their first stem. */
  private final List<List<Keyword>> byFirstStem = new ArrayList<>();
  private final List<Keyword> keywords = new ArrayList<>();
  private int threshold = 8;
  private int fallback = Integer.MAX_VALUE;
  /** A topic at the threshold is kept when its score is at least this percentage of the best topic's. */
  private int relative = 0;
  /** At most this many topics of an article's own, the strongest; their parents come on top. */
  private int max = Integer.MAX_VALUE;
  /** Per topic, the topics it covers: an article of the first is not also filed under these. */
  private final Map<String, List<String>> covers = new HashMap<>();

  private TopicClassifier(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  public static TopicClassifier load(ConfigFiles config, AnalysisResources resources) {
    TopicClassifier classifier = new TopicClassifier(new FahrasAnalyzer(TextForm.STEMMED, resources));
    for (String[] row : ConfigFiles.table(config.config("topics.tsv"))) {
      if (row[0].equals("topic")) {
        classifier.topics.put(row[1], new Topic(row[1], row[2], row[3].equals("-") ? null : row[3], row[4]));
      } else if (row[0].equals("threshold")) {
        classifier.threshold = Integer.parseInt(row[1]);
      } else if (row[0].equals("fallback")) {
        classifier.fallback = Integer.parseInt(row[1]);
      } else if (row[0].equals("relative")) {
        classifier.relative = Integer.parseInt(row[1]);
      } else if (row[0].equals("max")) {
        classifier.max = Integer.parseInt(row[1]);
      } else if (row[0].equals("covers")) {
        classifier.covers.computeIfAbsent(row[1], t -> new ArrayList<>()).add(row[2]);
      } else {
        classifier.addKeyword(row[0], Integer.parseInt(row[1]), row[2]);
      }
    }
    for (Topic topic : classifier.topics.values()) {
      if (topic.parent() != null && !classifier.topics.containsKey(topic.parent())) {
        throw new IllegalArgumentException("topics.tsv: topic " + topic.slug() + " has an unknown parent " + topic.parent());
      }
    }
    classifier.covers.forEach((topic, covered) -> {
      if (!classifier.topics.containsKey(topic) || !classifier.topics.keySet().containsAll(covered)) {
        throw new IllegalArgumentException("topics.tsv: covers names an unknown topic: " + topic + " " + covered);
      }
    });
    return classifier;
  }

  /** The topics of the file, in its order. */
  public List<Topic> topics() {
    return List.copyOf(topics.values());
  }

  private void addKeyword(String topic, int weight, String phrase) {
    if (phrase.startsWith("=")) {
      addExactKeyword(topic, weight, phrase.substring(1));
      return;
    }
    List<String> stems = stems(phrase);
    if (stems.isEmpty()) {
      return;
    }
    int[] ids = new int[stems.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = stemId(stems.get(k));
    }
    addKeyword(topic, weight, ids);
  }

  /**
   * A keyword counted only on its written form: it gets an id of its own, which a token whose stem
   * is the form's stem takes when its surface is the form.
   */
  private void addExactKeyword(String topic, int weight, String form) {
    List<String> stems = stems(form);
    if (stems.size() != 1) {
      throw new IllegalArgumentException("topics.tsv: =" + form + " must be one word");
    }
    int stem = stemId(stems.get(0));
    String normalised = ArabicNormalizer.normalize(form);
    Integer exact = exactIds.get(normalised);
    int id = exact != null ? exact : newId();
    exactIds.put(normalised, id);
    if (exactFormsByStem.get(stem) == null) {
      exactFormsByStem.set(stem, new HashMap<>());
    }
    exactFormsByStem.get(stem).put(normalised, id);
    addKeyword(topic, weight, new int[] {id});
  }

  private int stemId(String stem) {
    int id = stemIds.get(stem.toCharArray(), stem.length());
    if (id == NO_KEYWORD) {
      id = newId();
      stemIds.put(stem, id);
    }
    return id;
  }

  /** A new id, of a stem or of an {@code =form} keyword. */
  private int newId() {
    byFirstStem.add(new ArrayList<>(1));
    exactFormsByStem.add(null);
    return byFirstStem.size() - 1;
  }

  private List<String> stems(String phrase) {
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
    return stems;
  }

  private void addKeyword(String topic, int weight, int[] ids) {
    if (!topics.containsKey(topic)) {
      throw new IllegalArgumentException("topics.tsv: keyword of an unknown topic " + topic);
    }
    List<Keyword> sameFirstStem = byFirstStem.get(ids[0]);
    for (int k = 0; k < sameFirstStem.size(); k++) {
      Keyword known = sameFirstStem.get(k);
      if (known.topic().equals(topic) && known.weight() == weight && Arrays.equals(known.stems(), ids)) {
        Keyword again = new Keyword(known.index(), topic, known.topicIndex(), weight, ids, known.rows() + 1);
        sameFirstStem.set(k, again);
        keywords.set(known.index(), again);
        return;
      }
    }
    Keyword keyword = new Keyword(keywords.size(), topic, List.copyOf(topics.keySet()).indexOf(topic), weight, ids, 1);
    keywords.add(keyword);
    sameFirstStem.add(keyword);
  }

  /** The topics of an article, strongest first (ties in the file's order); the mention count is the score. */
  public List<FacetValue> classify(String title, String body) {
    try (TokenStream titleStems = analyzer.tokenStream(TITLE, title); TokenStream bodyStems = analyzer.tokenStream(BODY, body)) {
      return classify(title, body, titleStems, bodyStems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same from the stemmed form of title and body, as {@code FahrasAnalyzer} streams them (their
   * offsets into {@code title} and {@code body}); the streams are read from their start and left
   * open for the caller.
   */
  public List<FacetValue> classify(String title, String body, TokenStream titleStems, TokenStream bodyStems) {
    int[] counts = new int[keywords.size()];
    IntsRefBuilder touched = new IntsRefBuilder(); // the keywords met: a few of the file's hundreds
    count(stemIds(titleStems, title), TITLE_WEIGHT, counts, touched);
    count(stemIds(bodyStems, body), 1, counts, touched);
    int[] byTopic = new int[topics.size()];
    for (int t = 0; t < touched.length(); t++) {
      Keyword keyword = keywords.get(touched.intAt(t));
      byTopic[keyword.topicIndex()] += keyword.weight() * Math.min(counts[keyword.index()], MAX_COUNT * TITLE_WEIGHT);
    }
    Map<String, Integer> scores = new HashMap<>();
    String best = null;
    int index = 0;
    for (Topic topic : topics.values()) {
      int score = byTopic[index++];
      if (score > 0) {
        scores.put(topic.slug(), score);
        if (best == null || score > scores.get(best)) {
          best = topic.slug();
        }
      }
    }
    int floor = best == null ? 0 : Math.max(threshold, (scores.get(best) * relative + 99) / 100);
    List<Topic> strongest = new ArrayList<>();
    for (Topic topic : topics.values()) {
      int score = scores.getOrDefault(topic.slug(), 0);
      if (score >= floor && score > 0) {
        strongest.add(topic);
      }
    }
    strongest.sort(Comparator.comparingInt((Topic t) -> scores.get(t.slug())).reversed()); // stable: ties in the file's order
    for (Topic topic : List.copyOf(strongest)) {
      covers.getOrDefault(topic.slug(), List.of()).forEach(covered -> strongest.removeIf(t -> t.slug().equals(covered)));
      // a parent comes with its child: it takes no place of its own
      strongest.removeIf(t -> t.slug().equals(topic.parent()));
    }
    Map<String, Integer> chosen = new HashMap<>();
    strongest.stream().limit(max).forEach(topic -> choose(topic, scores.get(topic.slug()), chosen));
    if (chosen.isEmpty() && best != null && scores.get(best) >= fallback) {
      choose(topics.get(best), scores.get(best), chosen);
    }
    List<FacetValue> found = new ArrayList<>();
    for (Topic topic : topics.values()) {
      if (chosen.containsKey(topic.slug())) {
        found.add(new FacetValue(topic.slug(), topic.label(), chosen.get(topic.slug())));
      }
    }
    found.sort(Comparator.comparingInt(FacetValue::mentions).reversed()); // stable: ties in the file's order
    return found;
  }

  /** Chooses a topic and its ancestors; an ancestor scores at least as much as its child. */
  private void choose(Topic topic, int score, Map<String, Integer> chosen) {
    for (Topic t = topic; t != null; t = t.parent() == null ? null : topics.get(t.parent())) {
      chosen.merge(t.slug(), score, Math::max);
    }
  }

  /**
   * Adds {@code weight} to the count of every keyword whose stems stand in order in {@code ids},
   * and lists each keyword counted for the first time in {@code touched} (its count was 0).
   */
  private void count(IntsRef ids, int weight, int[] counts, IntsRefBuilder touched) {
    int end = ids.offset + ids.length;
    for (int i = ids.offset; i < end; i++) {
      if (ids.ints[i] == NO_KEYWORD) {
        continue;
      }
      for (Keyword keyword : byFirstStem.get(ids.ints[i])) {
        int[] stems = keyword.stems();
        if (i + stems.length <= end && Arrays.equals(ids.ints, i, i + stems.length, stems, 0, stems.length)) {
          if (counts[keyword.index()] == 0) {
            touched.append(keyword.index());
          }
          counts[keyword.index()] += weight * keyword.rows();
        }
      }
    }
  }

  /** The id of the {@code =form} keyword the word {@code text[start..end)} is, else {@code stem}. */
  private static int exactForm(String text, int start, int end, Map<String, Integer> forms, int stem) {
    if (start < 0 || end > text.length() || start >= end) {
      return stem;
    }
    String word = ArabicNormalizer.normalize(text.substring(start, end));
    Integer id = forms.get(word);
    if (id == null && word.length() > 1 && PROCLITICS.indexOf(word.charAt(0)) >= 0) {
      id = forms.get(word.substring(1));
    }
    return id == null ? stem : id;
  }

  /**
   * The keyword-stem id of every token of the stream, {@link #NO_KEYWORD} for the others; a token
   * whose surface in {@code text} is an {@code =form} keyword gets that keyword's id instead.
   */
  private IntsRef stemIds(TokenStream stream, String text) {
    int[] ids = new int[Math.max(16, text.length() / 4)]; // a token takes five or six chars with its space
    int count = 0;
    try {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int id = stemIds.get(term.buffer(), term.length());
        Map<String, Integer> forms = id == NO_KEYWORD ? null : exactFormsByStem.get(id);
        if (forms != null) {
          id = exactForm(text, offset.startOffset(), offset.endOffset(), forms, id);
        }
        ids = ArrayUtil.grow(ids, count + 1);
        ids[count++] = id;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IntsRef(ids, 0, count);
  }

  /**
   * The keyword stems and their ids in an open-addressing table read straight from a term buffer:
   * one hash of the token, and most tokens, no keyword's stem, stop at an empty slot (a map of
   * boxed ids hashed each token twice and compared many of them char by char).
   */
  private static final class StemTable {
    private char[][] keys = new char[1 << 12][];
    private int[] hashes = new int[keys.length];
    private int[] ids = new int[keys.length];
    private int size;

    /** The id of {@code term[0..length)}, or {@link #NO_KEYWORD}. */
    int get(char[] term, int length) {
      int hash = hash(term, length);
      int mask = keys.length - 1;
      for (int slot = mix(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, term, 0, length)) {
          return ids[slot];
        }
      }
      return NO_KEYWORD;
    }

    void put(String stem, int id) {
      if (4 * (size + 1) > keys.length) { // at most a quarter full: most probes end at once
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[2 * oldKeys.length][];
        hashes = new int[keys.length];
        ids = new int[keys.length];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
          if (oldKeys[k] != null) {
            insert(oldKeys[k], oldIds[k]);
          }
        }
      }
      insert(stem.toCharArray(), id);
    }

    private void insert(char[] key, int id) {
      int hash = hash(key, key.length);
      int mask = keys.length - 1;
      int slot = mix(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = hash;
      ids[slot] = id;
      size++;
    }

    private static int hash(char[] term, int length) {
      int hash = 0;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + term[i];
      }
      return hash;
    }

    private static int mix(int hash) {
      return hash ^ (hash >>> 16);
    }
  }
}
