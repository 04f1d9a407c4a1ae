package org.fahras.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.tartarus.snowball.ext.ArabicStemmer;

/**
 * Retrieval quality of each analyser on question sets written and judged by others: the same BM25,
 * the same documents, the same run. Questions are searched as OR of their analysed words, alike for
 * every analyser. Prints a Markdown table of MRR@10, Recall@10 and Recall@100.
 *
 * <p>Usage: {@code RetrievalEvaluation DATA_DIR [ARTICLE_COUNTS] [--datasets arcd,xquad,...]}
 * where DATA_DIR holds arcd/, xquad-ar/, quran-qa-2023-taskA/ and saudinewsnet/ (the latter as
 * distractors); {@code --datasets} runs a subset (arcd, xquad, quran, arcd+snn, xquad+snn);
 * {@code --ranks FILE} also writes, for every question and analyser, the rank of the first
 * relevant document (0: not in the top 100), to compare analysers question by question.
 */
public final class RetrievalEvaluation {
  private static final String ID = "id";
  /** The document's position in the data set, which orders the index. */
  private static final String ORDER = "order";

  /** One analyser under test: the fields it indexes and how it builds a question's query. */
  record System(String name, Map<String, Analyzer> fields, QueryMaker queries) {}

  interface QueryMaker {
    Query make(String question);
  }

  record Dataset(String name, Map<String, String> docs, Map<String, String> questions, Map<String, Set<String>> relevant) {}

  record Scores(double mrr10, double recall10, double recall100) {}

  /** The datasets by the short names {@code --datasets} takes, in the order they run. */
  static final List<String> DATASETS = List.of("arcd", "xquad", "quran", "arcd+snn", "xquad+snn");

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    List<String> chosen = DATASETS;
    Path ranksFile = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--datasets") && i + 1 < args.length) {
        chosen = List.of(args[++i].split(","));
      } else if (args[i].equals("--ranks") && i + 1 < args.length) {
        ranksFile = Path.of(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.isEmpty() || !DATASETS.containsAll(chosen)) {
      java.lang.System.err.println("usage: RetrievalEvaluation DATA_DIR [ARTICLE_COUNTS] [--datasets " + String.join(",", DATASETS) + "] [--ranks FILE]"
          + "   (e.g. ../shared/data target/eval/article-counts.tsv --datasets arcd,xquad,quran)");
      java.lang.System.exit(2);
    }
    Path data = Path.of(positional.get(0));
    List<System> systems = systems(EvaluationResources.load(positional.toArray(String[]::new)));
    List<Dataset> datasets = new ArrayList<>();
    Dataset arcd = squadLike("ARCD", data.resolve("arcd"));
    Dataset xquad = squadLike("XQuAD-ar", data.resolve("xquad-ar"));
    // the distractors (31,030 articles) are read only when a variant with them is asked for
    Map<String, String> distractors = chosen.stream().anyMatch(d -> d.endsWith("+snn"))
        ? saudiNews(data.resolve("saudinewsnet/saudinewsnet.jsonl.gz")) : Map.of();
    for (String name : DATASETS) {
      if (chosen.contains(name)) {
        datasets.add(switch (name) {
          case "arcd" -> arcd;
          case "xquad" -> xquad;
          case "quran" -> quran(data.resolve("quran-qa-2023-taskA"));
          case "arcd+snn" -> withDistractors(arcd, distractors);
          default -> withDistractors(xquad, distractors);
        });
      }
    }

    StringBuilder ranks = new StringBuilder("dataset\tanalyser\tquestion\trank\n");
    StringBuilder table = new StringBuilder("| dataset | analyser | MRR@10 | Recall@10 | Recall@100 |\n|---|---|---|---|---|\n");
    for (Dataset dataset : datasets) {
      Map<String, Scores> scores = evaluate(dataset, systems, ranks);
      for (System system : systems) {
        Scores s = scores.get(system.name());
        table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n",
            dataset.name(), system.name(), s.mrr10(), s.recall10(), s.recall100()));
      }
      java.lang.System.err.println("done: " + dataset.name());
    }
    java.lang.System.out.print(table);
    if (ranksFile != null) {
      Files.writeString(ranksFile, ranks, StandardCharsets.UTF_8);
    }
  }

  /** The analysers compared: ours in each mode and as the product searches, and three baselines. */
  static List<System> systems(AnalysisResources resources) {
    Analyzer exact = new FahrasAnalyzer(TextForm.EXACT, resources);
    Analyzer normalized = new FahrasAnalyzer(TextForm.NORMALIZED, resources);
    Analyzer stemmed = new FahrasAnalyzer(TextForm.STEMMED, resources);
    Analyzer snowball = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new SnowballFilter(new LowerCaseFilter(source), new ArabicStemmer()));
      }
    };
    List<System> systems = new ArrayList<>();
    systems.add(single("Fahras exact", "f.exact", exact));
    systems.add(single("Fahras normalized", "f.norm", normalized));
    systems.add(single("Fahras stemmed (stem form only)", "f.stem", stemmed));
    Map<String, Analyzer> all = Map.of("f.exact", exact, "f.norm", normalized, "f.stem", stemmed);
    // The product's stemmed mode, shaped as org.fahras.lucene.QueryBuilder builds it: the stem
    // form must match, the stricter forms it names (without stopwords) add score.
    Map<TextForm, String> fieldOf = Map.of(TextForm.EXACT, "f.exact", TextForm.NORMALIZED, "f.norm");
    List<TextForm> stricter = org.fahras.lucene.QueryBuilder.stricterThan(TextForm.STEMMED);
    Map<TextForm, Analyzer> ranking = new HashMap<>();
    stricter.forEach(form -> ranking.put(form, new FahrasAnalyzer(form, resources, true)));
    float boost = org.fahras.lucene.QueryBuilder.STRICTER_FORM_BOOST;
    systems.add(new System("Fahras stemmed (product: + " + boost + " × normalised)", all, question -> {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      q.add(or("f.stem", stemmed, question), Occur.MUST);
      for (TextForm form : stricter) {
        q.add(new BoostQuery(or(fieldOf.get(form), ranking.get(form), question), boost), Occur.SHOULD);
      }
      return q.build();
    }));
    systems.add(single("Lucene ArabicAnalyzer", "lucene.ar", new ArabicAnalyzer()));
    systems.add(single("Lucene StandardAnalyzer", "lucene.std", new StandardAnalyzer()));
    systems.add(single("Snowball Arabic (Standard → lower → Snowball)", "snowball", snowball));
    return systems;
  }

  private static System single(String name, String field, Analyzer analyzer) {
    return new System(name, Map.of(field, analyzer), question -> or(field, analyzer, question));
  }

  /** OR of the analysed words of a question (Lucene's own query builder). */
  static Query or(String field, Analyzer analyzer, String text) {
    Query query = new QueryBuilder(analyzer).createBooleanQuery(field, text, Occur.SHOULD);
    return query == null ? new MatchNoDocsQuery() : query;
  }

  static Map<String, Scores> evaluate(Dataset dataset, List<System> systems, StringBuilder ranks) throws Exception {
    Map<String, Analyzer> perField = new HashMap<>();
    systems.forEach(s -> perField.putAll(s.fields()));
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField));
    config.setRAMBufferSizeMB(256);
    // Two threads add the documents, so their arrival order, and with it the document ids that
    // break score ties, would differ from run to run (MRR@10 moved by up to 0.003). The index is
    // sorted by the documents' order in the data set and merged into one segment: ties go to the
    // earlier document, and every figure is the same on every run.
    config.setIndexSort(new Sort(new SortField(ORDER, SortField.Type.INT)));
    List<Map.Entry<String, String>> docs = new ArrayList<>(dataset.docs().entrySet());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      int threads = Runtime.getRuntime().availableProcessors();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int slice = t;
        done.add(pool.submit(() -> {
          for (int i = slice; i < docs.size(); i += threads) {
            Document doc = new Document();
            doc.add(new StringField(ID, docs.get(i).getKey(), Field.Store.YES));
            doc.add(new NumericDocValuesField(ORDER, i));
            for (String field : perField.keySet()) {
              doc.add(new TextField(field, docs.get(i).getValue(), Field.Store.NO));
            }
            writer.addDocument(doc);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      writer.forceMerge(1);
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      var storedFields = searcher.storedFields();
      for (System system : systems) {
        double mrr = 0, r10 = 0, r100 = 0;
        int n = 0;
        for (var question : dataset.questions().entrySet()) {
          Set<String> relevant = dataset.relevant().get(question.getKey());
          if (relevant == null || relevant.isEmpty()) {
            continue;
          }
          n++;
          ScoreDoc[] top = searcher.search(system.queries().make(question.getValue()), 100).scoreDocs;
          int found10 = 0, found100 = 0, first = 0;
          for (int rank = 0; rank < top.length; rank++) {
            if (relevant.contains(storedFields.document(top[rank].doc).get(ID))) {
              first = first == 0 ? rank + 1 : first;
              if (rank < 10) {
                if (found10 == 0) {
                  mrr += 1.0 / (rank + 1);
                }
                found10++;
              }
              found100++;
            }
          }
          ranks.append(dataset.name()).append('\t').append(system.name()).append('\t').append(question.getKey()).append('\t').append(first).append('\n');
          r10 += (double) found10 / relevant.size();
          r100 += (double) found100 / relevant.size();
        }
        scores.put(system.name(), new Scores(mrr / n, r10 / n, r100 / n));
      }
    }
    return scores;
  }

  /** ARCD and XQuAD as prepared in shared data: docs.tsv (id, title, text), queries.tsv, qrels.txt. */
  static Dataset squadLike(String name, Path dir) throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    for (String[] row : tsv(dir.resolve("docs.tsv"), true)) {
      docs.put(row[0], row[row.length - 1]);
    }
    Map<String, String> questions = new LinkedHashMap<>();
    for (String[] row : tsv(dir.resolve("queries.tsv"), true)) {
      questions.put(row[0], row[row.length - 1]);
    }
    return new Dataset(name, docs, questions, qrels(dir.resolve("qrels.txt"), " "));
  }

  /** Qur'an QA 2023 task A: passages, all questions of train, dev and test, and their qrels. */
  static Dataset quran(Path dir) throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    for (String[] row : tsv(dir.resolve("QQA23_TaskA_QPC_v1.1.tsv"), false)) {
      docs.put(row[0], row[1]);
    }
    Map<String, String> questions = new LinkedHashMap<>();
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String split : List.of("train", "dev", "test")) {
      for (String[] row : tsv(dir.resolve("QQA23_TaskA_ayatec_v1.2_" + split + ".tsv"), false)) {
        questions.put(row[0], row[1]);
      }
      // zero-answer questions (relevant passage -1) are left out: there is nothing to rank
      qrels(dir.resolve("QQA23_TaskA_ayatec_v1.2_qrels_" + split + ".gold"), "\t").forEach((q, docsOf) -> {
        docsOf.remove("-1");
        relevant.computeIfAbsent(q, k -> new HashSet<>()).addAll(docsOf);
      });
    }
    return new Dataset("Qur'an QA 2023 (A)", docs, questions, relevant);
  }

  static Dataset withDistractors(Dataset dataset, Map<String, String> distractors) {
    Map<String, String> docs = new LinkedHashMap<>(dataset.docs());
    docs.putAll(distractors);
    return new Dataset(dataset.name() + " + SaudiNewsNet", docs, dataset.questions(), dataset.relevant());
  }

  /** The news articles of SaudiNewsNet, id = "sn-" + line number. */
  static Map<String, String> saudiNews(Path file) throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        docs.put("sn-" + n++, json.has("content") ? json.get("content").getAsString() : "");
      }
    }
    return docs;
  }

  private static Map<String, Set<String>> qrels(Path file, String separator) throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.strip().split(separator.equals(" ") ? "\\s+" : separator);
      if (cells.length >= 4 && !cells[3].equals("0")) {
        relevant.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[2]);
      }
    }
    return relevant;
  }

  private static List<String[]> tsv(Path file, boolean header) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : header ? lines.subList(1, lines.size()) : lines) {
      if (!line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
