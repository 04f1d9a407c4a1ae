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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.cli.Engine;
import org.fahras.clean.CorpusReader;
import org.fahras.config.ConfigFiles;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;

/**
 * Known-item search on news, as a journalist pastes a headline: each article's body is indexed
 * without its title, and its headline, as written, must find it. Fahras indexes the articles as
 * JSON Lines records without a title through its own pipeline (clean, extract, index) and answers
 * through its own {@code SearchService}, with the default settings and with {@code operator=or};
 * Lucene's ArabicAnalyzer and StandardAnalyzer index the same bodies and search the escaped
 * headline as the OR of its words, in the same run. Only headlines that occur once in the archive
 * are asked (a repeated headline has no single answer); 2,000 of them, chosen by a fixed seed.
 * Prints MRR@10, Recall@10 and Recall@100.
 *
 * <p>Usage: {@code KnownItemEvaluation ARCHIVE.jsonl.gz [QUERIES]}; the archive's records have
 * {@code title} and {@code text} (ANT) or {@code content} (SaudiNewsNet).
 */
public final class KnownItemEvaluation {
  private static final int QUERIES = 2000;
  private static final long SEED = 19;
  private static final int DEPTH = 100;

  /** Searches that hit the service's time limit (a loaded machine): their hits are partial. */
  private static final AtomicInteger TIMED_OUT = new AtomicInteger();

  record Article(String id, String title, String body) {}

  record Scores(double mrr10, double recall10, double recall100) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: KnownItemEvaluation ARCHIVE.jsonl.gz [QUERIES]   (e.g. ../shared/data/ant-corpus/ant-v1.1-jawharafm.jsonl.gz)");
      System.exit(2);
    }
    Path archive = Path.of(args[0]);
    int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : QUERIES;
    List<Article> articles = read(archive);
    List<Article> asked = knownItems(articles, queryCount);
    System.err.printf(Locale.ROOT, "%s: %d articles, %d unique headlines asked%n", archive.getFileName(), articles.size(), asked.size());

    Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
    systems.put("Lucene StandardAnalyzer (escaped headline, OR)", lucene(new StandardAnalyzer(), articles));
    systems.put("Lucene ArabicAnalyzer (escaped headline, OR)", lucene(new ArabicAnalyzer(), articles));
    // our stemmed analyser alone in the same harness: tells the analysis's share from the product's
    systems.put("Fahras stemmed analyser alone (escaped headline, OR)",
        lucene(new FahrasAnalyzer(TextForm.STEMMED, AnalysisResources.load(ConfigFiles.defaults())), articles));
    Path indexDir = Files.createTempDirectory("fahras-known-item");
    try (Engine engine = Engine.open(ConfigFiles.defaults(), indexDir)) {
      index(engine, articles);
      for (SearchRequest.Operator operator : SearchRequest.Operator.values()) {
        String name = operator.name().toLowerCase(Locale.ROOT);
        systems.put("Fahras, operator=" + name + (operator == SearchRequest.of("").operator() ? " (default)" : ""),
            headline -> fahras(engine, headline, operator));
      }
      StringBuilder table = new StringBuilder("| archive | system | MRR@10 | Recall@10 | Recall@100 |\n|---|---|---|---|---|\n");
      for (var system : systems.entrySet()) {
        Scores s = score(asked, system.getValue());
        table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n",
            archive.getFileName(), system.getKey(), s.mrr10(), s.recall10(), s.recall100()));
      }
      System.out.print(table);
      System.out.printf(Locale.ROOT, "%nFahras searches that hit the service's time limit (partial hits): %d%n", TIMED_OUT.get());
    } finally {
      try (Stream<Path> files = Files.walk(indexDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The archive's articles with a headline and a body, in file order. */
  static List<Article> read(Path archive) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(archive)), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        JsonObject json = JsonParser.parseString(line).getAsJsonObject();
        String title = text(json, "title");
        String body = text(json, "text");
        if (body.isBlank()) {
          body = text(json, "content");
        }
        if (!title.isBlank() && !body.isBlank()) {
          articles.add(new Article("ki-" + n, title.strip(), body));
        }
        n++;
      }
    }
    return articles;
  }

  /** The articles whose headline no other article shares, {@code count} of them by a fixed seed. */
  static List<Article> knownItems(List<Article> articles, int count) {
    Map<String, Integer> seen = new HashMap<>();
    for (Article a : articles) {
      seen.merge(key(a.title()), 1, Integer::sum);
    }
    List<Article> unique = new ArrayList<>(articles.stream().filter(a -> seen.get(key(a.title())) == 1).toList());
    Collections.shuffle(unique, new Random(SEED));
    return unique.subList(0, Math.min(count, unique.size()));
  }

  private static String key(String title) {
    return title.replaceAll("\\s+", " ").strip();
  }

  /** Every body through the product's pipeline, as a JSON Lines record with no title. */
  private static void index(Engine engine, List<Article> articles) throws IOException {
    IndexPipeline pipeline = engine.pipeline();
    int skipped = 0;
    for (Article a : articles) {
      JsonObject record = new JsonObject();
      record.addProperty("id", a.id());
      record.addProperty("body", a.body());
      try {
        pipeline.index(CorpusReader.fromJson(record, a.id()));
      } catch (IndexPipeline.RejectedException e) {
        skipped++;
      }
    }
    engine.store().commit();
    System.err.println("Fahras indexed " + (articles.size() - skipped) + " articles (" + skipped + " rejected by cleaning)");
  }

  private static List<String> fahras(Engine engine, String headline, SearchRequest.Operator operator) {
    SearchRequest request = SearchRequest.of(headline).withOperator(operator).withPage(1, DEPTH).withoutExtras();
    try {
      SearchResponse response = engine.search().search(request);
      if (response.timedOut()) {
        TIMED_OUT.incrementAndGet();
      }
      return response.hits().stream().map(SearchResponse.Hit::id).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Plain Lucene: the body with one analyser, the escaped headline as the OR of its words. */
  private static Function<String, List<String>> lucene(Analyzer analyzer, List<Article> articles) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Article a : articles) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new TextField("body", a.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    return headline -> {
      try {
        Query query;
        try {
          query = new QueryParser("body", analyzer).parse(QueryParser.escape(headline));
        } catch (ParseException e) {
          query = new MatchNoDocsQuery();
        }
        List<String> ids = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, DEPTH).scoreDocs) {
          ids.add(stored.document(hit.doc).get("id"));
        }
        return ids;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  static Scores score(List<Article> asked, Function<String, List<String>> system) {
    double mrr = 0, r10 = 0, r100 = 0;
    for (Article a : asked) {
      int rank = system.apply(a.title()).indexOf(a.id()) + 1;
      if (rank > 0) {
        r100++;
        if (rank <= 10) {
          r10++;
          mrr += 1.0 / rank;
        }
      }
    }
    int n = asked.size();
    return new Scores(mrr / n, r10 / n, r100 / n);
  }

  private static String text(JsonObject json, String field) {
    var value = json.get(field);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
