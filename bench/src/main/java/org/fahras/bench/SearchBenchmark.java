package org.fahras.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.TextForm;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.lucene.FacetedSearcher;
import org.fahras.lucene.Fields;
import org.fahras.lucene.IndexStore;
import org.fahras.lucene.QueryBuilder;
import org.fahras.search.ArticleSearch;
import org.fahras.search.SearchRequest;

/**
 * In-process search latency on the index {@link IndexingBenchmark} left in {@code WORK_DIR/fahras},
 * one thread, over the {@link QuerySet}: (a) the product's query, BM25 top 20, nothing else; (b)
 * the product's {@link org.fahras.lucene.SearchService} with 3 facets counted by drill-sideways and the hits' stored
 * fields; (c) the same with highlighted snippets. Prints p50/p95/p99 and the ratios to (a).
 *
 * <p>Usage: {@code SearchBenchmark DATA_DIR ARTICLES [WORK_DIR] [QUERIES]}: the corpus is only
 * read to sample the queries again (seeded, the same set every run).
 */
public final class SearchBenchmark {
  private static final int ROUNDS = 3;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int articles = Integer.parseInt(args[1]);
    Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    List<SearchRequest> queries = QuerySet.sample(BenchCorpus.realOnly(data, articles), count, BenchCorpus.SEED);
    ConfigFiles config = ConfigFiles.defaults();
    try (Engine engine = Engine.open(config, work.resolve("fahras"))) {
      QueryBuilder builder = new QueryBuilder(engine.lucene().store().analyzer(), Fields.rankingAnalyzer(AnalysisResources.load(config)));
      ArticleSearch service = engine.search();
      Latencies plain = null;
      Latencies faceted = null;
      Latencies snippets = null;
      Map<TextForm, Latencies> snippetsByMode = null;
      long hits = 0;
      for (int round = 0; round < ROUNDS; round++) { // the first rounds warm the JIT and the page cache up
        plain = new Latencies();
        faceted = new Latencies();
        snippets = new Latencies();
        snippetsByMode = new EnumMap<>(TextForm.class);
        hits = 0;
        for (SearchRequest request : queries) {
          long cpu = CPU.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          hits += topOnly(engine, builder, request);
          plain.add(System.nanoTime() - t0);
          plain.addCpu(CPU.getCurrentThreadCpuTime() - cpu);
        }
        for (SearchRequest request : queries) {
          long cpu = CPU.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          service.search(withSnippets(request, false));
          faceted.add(System.nanoTime() - t0);
          faceted.addCpu(CPU.getCurrentThreadCpuTime() - cpu);
        }
        for (SearchRequest request : queries) {
          long cpu = CPU.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          service.search(request);
          long took = System.nanoTime() - t0;
          long cpuTook = CPU.getCurrentThreadCpuTime() - cpu;
          snippets.add(took);
          snippets.addCpu(cpuTook);
          Latencies byMode = snippetsByMode.computeIfAbsent(request.mode(), m -> new Latencies());
          byMode.add(took);
          byMode.addCpu(cpuTook);
        }
      }
      System.out.printf(Locale.ROOT, "%d queries on %d documents, one thread, round %d of %d; %.1f hits per query%n%n",
          queries.size(), service.documentCount(), ROUNDS, ROUNDS, hits / (double) queries.size());
      System.out.printf(Locale.ROOT, "| search (in process) | p50 ms | p95 ms | p99 ms | mean ms | mean CPU ms | p50 / (a) | p99 / (a) |%n|---|---|---|---|---|---|---|---|%n");
      row("(a) BM25 top 20", plain, plain);
      row("(b) + 3 facets, drill-sideways, stored fields", faceted, plain);
      row("(c) + highlighted snippets", snippets, plain);
      for (Map.Entry<TextForm, Latencies> mode : snippetsByMode.entrySet()) {
        row("(c), mode=" + mode.getKey().name().toLowerCase(Locale.ROOT) + " only (" + mode.getValue().size() + " queries)", mode.getValue(), plain);
      }
    }
  }

  /** (a): the query as the service builds it, filters as a drill-down, top 20 by BM25; the total hits. */
  private static long topOnly(Engine engine, QueryBuilder builder, SearchRequest request) throws Exception {
    IndexStore store = engine.lucene().store();
    DrillDownQuery query = new DrillDownQuery(store.facetsConfig(), builder.build(request.query(), request.mode(), request.operator()).query());
    request.filters().forEach((dim, values) -> values.forEach(value -> query.add(dim, value)));
    FacetedSearcher searcher = store.acquire();
    try {
      return searcher.search(query, request.perPage()).totalHits.value();
    } finally {
      store.release(searcher);
    }
  }

  static SearchRequest withSnippets(SearchRequest r, boolean snippets) {
    return new SearchRequest(r.query(), r.mode(), r.operator(), r.filters(), r.excludes(), r.from(), r.to(), r.sort(), r.page(),
        r.perPage(), r.facets(), r.facetSize(), r.facetSizes(), snippets, r.snippetSize());
  }

  private static void row(String name, Latencies l, Latencies base) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, l.percentileMs(50), l.percentileMs(95),
        l.percentileMs(99), l.meanMs(), l.meanCpuMs(), l.percentileMs(50) / base.percentileMs(50), l.percentileMs(99) / base.percentileMs(99));
  }
}
