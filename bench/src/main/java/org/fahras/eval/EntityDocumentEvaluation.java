package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;

/**
 * Document-level precision and recall of the extractor against our hand labels of real archive
 * articles ({@code eval-labels/tuning.tsv} and {@code heldout.tsv}: see eval-labels/README.md),
 * each file a section. The articles are read from the data folder and cleaned as Fahras cleans
 * them.
 *
 * <p>Countries and topics labelled {@code ?X} are borderline: precision is given strict (a
 * borderline value found counts as wrong) and leaving borderline out (it counts neither way);
 * recall is over the firm labels. A labelled subtopic brings its parent (topics.tsv's parent
 * column). An official found matches a label by id or by name ({@link EntityNames}); each label
 * is matched once, so a second value for the same person counts as wrong.
 *
 * <p>Usage: {@code EntityDocumentEvaluation DATA_DIR LABELS_FILE... [--errors] [--article-counts FILE]}.
 */
public final class EntityDocumentEvaluation {
  /** One labelled article: firm and borderline values per facet. */
  record Label(String corpus, String id, Set<String> countries, Set<String> borderCountries, Set<String> officials,
      Set<String> topics, Set<String> borderTopics) {
    String key() {
      return corpus + "\t" + id;
    }
  }

  /** Counts of one facet, micro-averaged over articles. */
  static final class Score {
    int found;
    int right;
    int borderline;
    int gold;
    int goldFound;
    int articles;
    int articlesWithValue;

    void add(Set<String> ours, Set<String> firm, Set<String> border) {
      articles++;
      articlesWithValue += ours.isEmpty() ? 0 : 1;
      found += ours.size();
      gold += firm.size();
      for (String value : ours) {
        right += firm.contains(value) ? 1 : 0;
        borderline += !firm.contains(value) && border.contains(value) ? 1 : 0;
      }
      for (String value : firm) {
        goldFound += ours.contains(value) ? 1 : 0;
      }
    }

    double strict() {
      return found == 0 ? 0 : (double) right / found;
    }

    double lenient() {
      return found - borderline == 0 ? 0 : (double) right / (found - borderline);
    }

    double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }
  }

  public static void main(String[] args) throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--article-counts")) {
        i++;
      } else if (!args[i].startsWith("--")) {
        files.add(args[i]);
      }
    }
    if (args.length < 2 || files.isEmpty()) {
      System.err.println("usage: EntityDocumentEvaluation DATA_DIR LABELS_FILE... [--errors] [--article-counts FILE]"
          + "   (e.g. ../shared/data eval-labels/tuning.tsv eval-labels/heldout.tsv --article-counts target/eval/article-counts.tsv)");
      System.exit(2);
    }
    boolean showErrors = List.of(args).contains("--errors");
    ConfigFiles config = ConfigFiles.defaults();
    EntityExtractor extractor = EntityExtractor.load(config, EvaluationResources.withCountsOption(args));
    EntityNames names = EntityNames.load(config);
    Map<String, String> parents = topicParents(config);

    Map<String, List<Label>> labelsByFile = new LinkedHashMap<>();
    Set<String> wanted = new HashSet<>();
    for (String file : files) {
      List<Label> labels = labels(Path.of(file), parents);
      labelsByFile.put(file, labels);
      labels.forEach(l -> wanted.add(l.key()));
    }
    Set<String> unknown = new java.util.TreeSet<>();
    Set<String> slugs = topicSlugs(config);
    labelsByFile.values().forEach(labels -> labels.forEach(l -> {
      unknown.addAll(l.topics());
      unknown.addAll(l.borderTopics());
    }));
    unknown.removeAll(slugs);
    if (!unknown.isEmpty()) {
      // the labels use the IPTC-based slugs; another topics.tsv cannot find these at all
      System.out.println("Labelled topics that index-config/topics.tsv does not define: " + unknown);
      System.out.println();
    }
    Map<String, ArchiveArticles.Article> articles = new HashMap<>();
    new ArchiveArticles(Path.of(args[0])).read(List.of(ArchiveArticles.Corpus.values()), wanted::contains, a -> articles.put(a.key(), a));

    for (var entry : labelsByFile.entrySet()) {
      Map<String, Score[]> perCorpus = new LinkedHashMap<>();
      Score[] all = {new Score(), new Score(), new Score()};
      for (Label label : entry.getValue()) {
        ArchiveArticles.Article article = articles.get(label.key());
        if (article == null) {
          throw new IllegalStateException("labelled article not found in the data: " + label.corpus() + " " + label.id());
        }
        Entities found = extractor.extract(article.clean());
        Set<String> ourCountries = values(found.countries());
        Set<String> ourTopics = values(found.topics());
        Set<String> ourOfficials = officialsAsLabels(found.officials(), label.officials(), names);
        Score[] corpus = perCorpus.computeIfAbsent(label.corpus(), c -> new Score[] {new Score(), new Score(), new Score()});
        for (Score[] scores : List.of(all, corpus)) {
          scores[0].add(ourCountries, label.countries(), label.borderCountries());
          scores[1].add(ourOfficials, label.officials(), Set.of());
          scores[2].add(ourTopics, label.topics(), label.borderTopics());
        }
        if (showErrors) {
          errors(label.id(), "country", ourCountries, label.countries(), label.borderCountries());
          errors(label.id(), "official", ourOfficials, label.officials(), Set.of());
          errors(label.id(), "topic", ourTopics, label.topics(), label.borderTopics());
        }
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      perCorpus.forEach((c, s) -> counts.put(c, s[0].articles));
      System.out.println("### " + entry.getKey() + ": document level (" + all[0].articles + " articles: " + counts + ")");
      System.out.println();
      System.out.println("| facet | labelled | found | right | borderline found | P strict | P leaving borderline out | R | articles with a value |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      String[] facets = {"country", "official", "topic"};
      for (int f = 0; f < 3; f++) {
        row(facets[f], all[f]);
      }
      for (var corpus : perCorpus.entrySet()) {
        for (int f = 0; f < 3; f++) {
          row(facets[f] + ", " + corpus.getKey(), corpus.getValue()[f]);
        }
      }
      System.out.println();
    }
  }

  private static void row(String facet, Score s) {
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %d of %d (%.0f%%) |%n", facet, s.gold, s.found, s.right,
        s.borderline, s.strict(), s.lenient(), s.recall(), s.articlesWithValue, s.articles, 100.0 * s.articlesWithValue / Math.max(1, s.articles));
  }

  /**
   * The officials we found, each as the label it matches (each label once), else as its own
   * value: a second value for one person, or a person nobody labelled, is then wrong.
   */
  private static Set<String> officialsAsLabels(List<FacetValue> found, Set<String> labelled, EntityNames names) {
    Set<String> ours = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (FacetValue official : found) {
      List<String> spellings = names.spellings(official.value(), official.label());
      String match = null;
      for (String label : labelled) {
        if (!used.contains(label) && (label.equals(official.value()) || EntityNames.samePerson(spellings, names.spellings(label, null), true))) {
          match = label;
          break;
        }
      }
      if (match != null) {
        used.add(match);
        ours.add(match);
      } else {
        ours.add("≠ " + official.value()); // never a label, even when it names a labelled person twice
      }
    }
    return ours;
  }

  /** The slugs the running topics.tsv defines. */
  private static Set<String> topicSlugs(ConfigFiles config) {
    Set<String> slugs = new HashSet<>();
    for (String[] row : ConfigFiles.table(config.config("topics.tsv"))) {
      if (row[0].equals("topic") && row.length > 1) {
        slugs.add(row[1]);
      }
    }
    return slugs;
  }

  /** Each topic's parent slug, from the running topics.tsv (rows "topic slug code parent …"). */
  static Map<String, String> topicParents(ConfigFiles config) {
    Map<String, String> parents = new HashMap<>();
    for (String[] row : ConfigFiles.table(config.config("topics.tsv"))) {
      if (row[0].equals("topic") && row.length >= 6 && !row[3].equals("-") && !row[3].isBlank()) {
        parents.put(row[1], row[3]);
      }
    }
    return parents;
  }

  private static void errors(String id, String facet, Set<String> ours, Set<String> firm, Set<String> border) {
    for (String value : ours) {
      if (!firm.contains(value)) {
        System.out.println((border.contains(value) ? "FP? " : "FP  ") + facet + "\t" + value + "\t" + id);
      }
    }
    for (String value : firm) {
      if (!ours.contains(value)) {
        System.out.println("FN  " + facet + "\t" + value + "\t" + id);
      }
    }
  }

  private static Set<String> values(List<FacetValue> values) {
    Set<String> set = new HashSet<>();
    values.forEach(v -> set.add(v.value()));
    return set;
  }

  static List<Label> labels(Path file, Map<String, String> parents) {
    List<Label> labels = new ArrayList<>();
    for (String[] row : ConfigFiles.table(file)) {
      Set<String> countries = new HashSet<>();
      Set<String> borderCountries = new HashSet<>();
      split(cell(row, 2), countries, borderCountries);
      Set<String> topics = new HashSet<>();
      Set<String> borderTopics = new HashSet<>();
      split(cell(row, 4), topics, borderTopics);
      withParents(topics, parents);
      withParents(borderTopics, parents);
      borderTopics.removeAll(topics);
      Set<String> officials = new HashSet<>();
      for (String official : cell(row, 3).split("\\|")) {
        if (!official.isBlank()) {
          officials.add(official.strip());
        }
      }
      labels.add(new Label(row[0], row[1], countries, borderCountries, officials, topics, borderTopics));
    }
    return labels;
  }

  private static void withParents(Set<String> topics, Map<String, String> parents) {
    for (String topic : List.copyOf(topics)) {
      for (String p = parents.get(topic); p != null && topics.add(p); p = parents.get(p)) {
        // each ancestor once
      }
    }
  }

  private static void split(String cell, Set<String> firm, Set<String> border) {
    for (String value : cell.split("\\s+")) {
      if (value.startsWith("?")) {
        border.add(value.substring(1));
      } else if (!value.isBlank()) {
        firm.add(value);
      }
    }
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }
}
