package org.fahras.lucene;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.fahras.analysis.TextForm;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.fahras.search.ArticleSearch;
import org.fahras.search.DocumentView;
import org.fahras.search.FacetLabels;
import org.fahras.search.FacetOrder;
import org.fahras.search.HitStream;
import org.fahras.search.QueryTooComplexException;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.SearchResponse.FacetCount;
import org.fahras.search.SearchResponse.FacetCounts;
import org.fahras.search.SearchResponse.Hit;
import org.fahras.search.SearchResponse.Labeled;
import org.fahras.search.SearchResponse.Snippet;

/**
 * The embedded engine's {@link ArticleSearch}: runs searches against the Lucene index of its
 * {@link IndexStore}: the query from {@link QueryBuilder}, facet filters as a
 * {@link DrillDownQuery} counted with {@link DrillSideways} (so each facet's counts ignore its own
 * selection: multi-select), exclusions and date ranges as filters, and snippets from the
 * {@link Highlighter}.
 */
public final class SearchService implements ArticleSearch {
  private static final String[] HIGHLIGHT_FIELDS = {Fields.TITLE, Fields.BODY};

  private final IndexStore store;
  private final QueryBuilder queries;
  private final FacetLabels facetLabels;
  private final Duration timeout;
  private final FacetOrder order = FacetOrder.arabic();

  /**
   * How long matching and ranking may run before the search answers with the hits found so far,
   * flagged {@code timed_out}: the last guard, after the query length, nesting and expansion limits,
   * that keeps one costly query from holding a server thread.
   */
  public static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(2);

  public SearchService(IndexStore store, QueryBuilder queries, FacetLabels facetLabels) {
    this(store, queries, facetLabels, SEARCH_TIMEOUT);
  }

  /** A service whose ranked search stops after {@code timeout} and answers what it found so far. */
  public SearchService(IndexStore store, QueryBuilder queries, FacetLabels facetLabels, Duration timeout) {
    this.store = store;
    this.queries = queries;
    this.facetLabels = facetLabels;
    this.timeout = timeout;
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    try {
      return run(request);
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
      throw tooComplex();
    }
  }

  private SearchResponse run(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    QueryBuilder.Built built = queries.build(request.query(), request.mode(), request.operator());
    FacetsConfig config = store.facetsConfig();
    DrillDownQuery drillDown = drillDown(built.query(), request);

    FacetedSearcher searcher = store.acquire();
    try {
      QueryChecks.check(built.query(), searcher.getIndexReader());
      int topN = Math.max(1, request.page() * request.perPage());
      TopDocs top;
      Facets facets = null;
      // Lucene's drill-sideways scorer must score all documents in one pass, which its time-limited
      // bulk scorer does not allow; filtered searches rely on the earlier limits alone.
      IndexSearcher timed = request.filters().values().stream().allMatch(List::isEmpty) ? timed(searcher) : searcher;
      if (searcher.facetState() != null) {
        DrillSideways sideways = new DrillSideways(timed, config, searcher.facetState());
        DrillSideways.DrillSidewaysResult result =
            sortOf(request) == null
                ? sideways.search(drillDown, topN)
                : sideways.search(drillDown, null, null, topN, sortOf(request), true);
        top = result.hits;
        facets = result.facets;
      } else {
        top = sortOf(request) == null ? timed.search(drillDown, topN) : timed.search(drillDown, topN, sortOf(request), true);
      }
      ScoreDoc[] page = pageOf(top.scoreDocs, request);
      List<Hit> hits = hits(searcher, page, built.query(), request);
      Map<String, FacetCounts> facetCounts = facetCounts(searcher, facets, request);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResponse(
          new SearchResponse.QueryInfo(request.query(), request.mode().name().toLowerCase(), built.operator(),
              built.minimumShouldMatch(), built.analyzedTerms(), warnings(built.warning(), searcher, request)),
          new SearchResponse.Total(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? "eq" : "gte"),
          request.page(),
          request.perPage(),
          tookMs,
          timed.timedOut(),
          hits,
          facetCounts);
    } finally {
      store.release(searcher);
    }
  }

  /**
   * Every hit of a search in its order, read page by page with {@code searchAfter} from one
   * point-in-time view of the index: no result window, so an export can go past the deepest page
   * of {@link #search}. The query is checked, and the hits counted, when the stream opens.
   */
  @Override
  public HitStream stream(SearchRequest request) throws IOException {
    try {
      Query text = queries.build(request.query(), request.mode(), request.operator()).query();
      Query query = drillDown(text, request);
      FacetedSearcher searcher = store.acquire();
      try {
        QueryChecks.check(text, searcher.getIndexReader());
        return new PagedHits(searcher, query, text, request, searcher.count(query));
      } catch (RuntimeException | IOException e) {
        store.release(searcher);
        throw e;
      }
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
      throw tooComplex();
    }
  }

  private static QueryTooComplexException tooComplex() {
    return new QueryTooComplexException(
        "the query expands to too many terms (a short wildcard, or a complex regular expression); make it more specific");
  }

  /** The hits of one search, read with {@code searchAfter}; holds its searcher until closed. */
  private final class PagedHits implements HitStream {
    private final FacetedSearcher searcher;
    private final Query query;
    private final Query text;
    private final SearchRequest request;
    private final int total;

    private PagedHits(FacetedSearcher searcher, Query query, Query text, SearchRequest request, int total) {
      this.searcher = searcher;
      this.query = query;
      this.text = text;
      this.request = request;
      this.total = total;
    }

    @Override
    public int total() {
      return total;
    }

    @Override
    public int forEach(int limit, PageSink sink) throws IOException {
      Sort sort = sortOf(request);
      ScoreDoc after = null;
      int sent = 0;
      while (sent < limit) {
        int n = Math.min(request.perPage(), limit - sent);
        TopDocs top = sort == null ? searcher.searchAfter(after, query, n) : searcher.searchAfter(after, query, n, sort, true);
        if (top.scoreDocs.length == 0) {
          break;
        }
        sink.accept(hits(searcher, top.scoreDocs, text, request));
        sent += top.scoreDocs.length;
        after = top.scoreDocs[top.scoreDocs.length - 1];
      }
      return sent;
    }

    @Override
    public void close() throws IOException {
      store.release(searcher);
    }
  }

  /**
   * What the search could not do as asked, joined in one sentence: the query's own fallback, a
   * date range that ends before it starts (searched between the two dates), and filter values no
   * article has.
   */
  private String warnings(String queryWarning, FacetedSearcher searcher, SearchRequest request) throws IOException {
    List<String> warnings = new ArrayList<>();
    if (queryWarning != null) {
      warnings.add(queryWarning);
    }
    if (reversed(request)) {
      warnings.add("date_from is after date_to, so the dates between them were searched");
    }
    for (var filter : request.filters().entrySet()) {
      for (String value : filter.getValue()) {
        if (!known(searcher, filter.getKey(), value)) {
          warnings.add("no article has " + filter.getKey() + " '" + value + "'");
        }
      }
    }
    return warnings.isEmpty() ? null : String.join("; ", warnings);
  }

  private static boolean reversed(SearchRequest request) {
    return request.from() != null && request.to() != null && request.from().isAfter(request.to());
  }

  /** Whether any article in the index has this facet value. */
  private boolean known(FacetedSearcher searcher, String dim, String value) throws IOException {
    String facetField = store.facetsConfig().getDimConfig(dim).indexFieldName;
    return searcher.count(new TermQuery(DrillDownQuery.term(facetField, dim, value))) > 0;
  }

  /**
   * A searcher over the same reader with this request's deadline. The timeout and its "timed out"
   * flag are state of an IndexSearcher, so each request gets its own (a cheap wrapper) rather than
   * setting them on the shared one.
   */
  private IndexSearcher timed(FacetedSearcher shared) {
    IndexSearcher timed = new IndexSearcher(shared.getIndexReader());
    timed.setSimilarity(shared.getSimilarity());
    long deadline = System.nanoTime() + timeout.toNanos();
    timed.setTimeout(() -> System.nanoTime() - deadline >= 0);
    return timed;
  }

  private DrillDownQuery drillDown(Query text, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(store.facetsConfig(), restrict(text, request));
    request.filters().forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
    return drillDown;
  }

  /** A facet value's label: the configured one (sources.tsv), else the one stored with the articles. */
  private String valueLabel(FacetedSearcher searcher, String dim, String value) {
    String configured = facetLabels.valueLabel(dim, value);
    return configured != null ? configured : searcher.valueLabel(dim, value);
  }

  @Override
  public String facetLabel(String dim) {
    return facetLabels.dimensionLabel(dim);
  }

  /**
   * Every value of the dimensions, counted by Lucene's drill-sideways over the request's whole
   * query (its text checked against the index as every search's is, its filters as drill-down
   * dimensions), in the order of {@link Facets#getAllChildren}.
   */
  @Override
  public Map<String, List<FacetCount>> facetValues(List<String> dims, SearchRequest request) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    dims.forEach(dim -> out.put(dim, new ArrayList<>()));
    FacetedSearcher searcher = store.acquire();
    try {
      if (searcher.facetState() == null) {
        return out;
      }
      Query text = queries.build(request.query(), request.mode(), request.operator()).query();
      QueryChecks.check(text, searcher.getIndexReader());
      // the hits are not needed, only the counts that come with them
      Facets facets = new DrillSideways(searcher, store.facetsConfig(), searcher.facetState()).search(drillDown(text, request), 1).facets;
      for (String dim : dims) {
        List<String> selected = request.filters().getOrDefault(dim, List.of());
        List<String> excluded = request.excludes().getOrDefault(dim, List.of());
        for (LabelAndValue lv : allChildren(facets, dim)) {
          out.get(dim).add(new FacetCount(lv.label, valueLabel(searcher, dim, lv.label), lv.value.longValue(),
              selected.contains(lv.label), excluded.contains(lv.label)));
        }
      }
      return out;
    } finally {
      store.release(searcher);
    }
  }

  private static LabelAndValue[] allChildren(Facets facets, String dim) throws IOException {
    try {
      FacetResult result = facets.getAllChildren(dim);
      return result == null ? new LabelAndValue[0] : result.labelValues;
    } catch (IllegalArgumentException dimensionNeverIndexed) {
      return new LabelAndValue[0];
    }
  }

  /** The text query with exclusions and the date range added as non-scoring clauses. */
  private Query restrict(Query query, SearchRequest request) {
    boolean hasDates = request.from() != null || request.to() != null;
    if (request.excludes().isEmpty() && !hasDates) {
      return query;
    }
    BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
    String facetField = store.facetsConfig().getDimConfig(Fields.COUNTRY).indexFieldName;
    request.excludes().forEach(
        (dim, values) -> values.forEach(
            value -> restricted.add(new TermQuery(DrillDownQuery.term(facetField, dim, value)), Occur.MUST_NOT)));
    if (hasDates) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
      if (reversed(request)) {
        long earlier = to;
        to = from;
        from = earlier;
      }
      restricted.add(LongPoint.newRangeQuery(Fields.PUBLISHED_AT, from, to), Occur.FILTER);
    }
    return restricted.build();
  }

  private static Sort sortOf(SearchRequest request) {
    return switch (request.sort()) {
      case RELEVANCE -> null;
      case DATE_DESC -> new Sort(new SortField(Fields.PUBLISHED_AT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      case DATE_ASC -> new Sort(new SortField(Fields.PUBLISHED_AT, SortField.Type.LONG, false), SortField.FIELD_SCORE);
    };
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
    int from = Math.min(all.length, (request.page() - 1) * request.perPage());
    int to = Math.min(all.length, from + request.perPage());
    return Arrays.copyOfRange(all, from, to);
  }

  private List<Hit> hits(FacetedSearcher searcher, ScoreDoc[] page, Query query, SearchRequest request)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    StoredFields stored = searcher.storedFields();
    Document[] documents = new Document[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      documents[i] = stored.document(docIds[i]);
    }
    Map<String, Object[]> snippets = Map.of();
    if (request.snippets() && docIds.length > 0) {
      Highlighter highlighter = Highlighter.passages(searcher, store.analyzer(), request.mode(), request.snippetSize());
      snippets = highlighter.snippets(HIGHLIGHT_FIELDS, query, docIds, documents, new int[] {1, 3});
    }
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = documents[i];
      List<Snippet> docSnippets = new ArrayList<>();
      for (String field : HIGHLIGHT_FIELDS) {
        Object[] perDoc = snippets.get(field);
        if (perDoc != null && perDoc[i] instanceof Snippet snippet && !snippet.text().isEmpty()) {
          docSnippets.add(snippet);
        }
      }
      hits.add(hit(doc, page[i].score, docSnippets));
    }
    return hits;
  }

  private static Hit hit(Document doc, float score, List<Snippet> snippets) {
    Entities entities = DocumentBuilder.entitiesOf(doc);
    String title = doc.get(Fields.TITLE);
    return new Hit(
        doc.get(Fields.ID),
        Float.isNaN(score) ? 0f : score,
        title,
        title == null || title.isBlank() ? SearchResponse.opening(orEmpty(doc.get(Fields.BODY))) : null,
        orEmpty(doc.get(Fields.SOURCE)),
        orEmpty(doc.get(Fields.URL)),
        publishedAt(doc),
        labeled(entities.countries()),
        labeled(entities.officials()),
        labeled(entities.topics()),
        snippets);
  }

  static String publishedAt(Document doc) {
    var field = doc.getField(Fields.PUBLISHED_AT);
    return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue()).toString();
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static List<Labeled> labeled(List<FacetValue> values) {
    return values.stream().map(v -> new Labeled(v.value(), v.label())).toList();
  }

  private Map<String, FacetCounts> facetCounts(FacetedSearcher searcher, Facets facets, SearchRequest request)
      throws IOException {
    Map<String, FacetCounts> out = new LinkedHashMap<>();
    for (String dim : request.facets()) {
      List<String> selected = request.filters().getOrDefault(dim, List.of());
      List<String> excluded = request.excludes().getOrDefault(dim, List.of());
      List<FacetCount> values = new ArrayList<>();
      long otherCount = 0;
      FacetResult result = facets == null ? null : topChildren(facets, request.facetSize(dim), dim);
      List<String> listed = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, valueLabel(searcher, dim, lv.label), lv.value.longValue(),
              selected.contains(lv.label), excluded.contains(lv.label)));
          listed.add(lv.label);
        }
        values.sort(order.byCount());
        otherCount = Math.max(0, result.childCount - result.labelValues.length);
      }
      // selected and excluded values stay visible even when nothing matches, so they can be undone
      for (String value : selected) {
        if (!listed.contains(value)) {
          values.add(new FacetCount(value, valueLabel(searcher, dim, value), specificCount(facets, dim, value), true, false));
        }
      }
      for (String value : excluded) {
        if (!listed.contains(value) && !selected.contains(value)) {
          values.add(new FacetCount(value, valueLabel(searcher, dim, value), specificCount(facets, dim, value), false, true));
        }
      }
      out.put(dim, new FacetCounts(facetLabels.dimensionLabel(dim), values, otherCount));
    }
    return out;
  }

  private static FacetResult topChildren(Facets facets, int size, String dim) throws IOException {
    try {
      return facets.getTopChildren(size, dim);
    } catch (IllegalArgumentException dimensionNeverIndexed) {
      return null;
    }
  }

  private static long specificCount(Facets facets, String dim, String value) throws IOException {
    if (facets == null) {
      return 0;
    }
    try {
      Number count = facets.getSpecificValue(dim, value);
      return count == null || count.longValue() < 0 ? 0 : count.longValue();
    } catch (IllegalArgumentException unknown) {
      return 0;
    }
  }

  @Override
  public int documentCount() throws IOException {
    FacetedSearcher searcher = store.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      store.release(searcher);
    }
  }

  @Override
  public Optional<DocumentView> document(String id, String query, TextForm mode) throws IOException {
    FacetedSearcher searcher = store.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int docId = top.scoreDocs[0].doc;
      Document doc = searcher.storedFields().document(docId);
      Map<String, List<SearchResponse.Match>> matches = new LinkedHashMap<>();
      if (query != null && !query.isBlank()) {
        Query q = queries.build(query, mode, SearchRequest.Operator.AUTO).query();
        QueryChecks.check(q, searcher.getIndexReader());
        Map<String, Object[]> whole =
            Highlighter.wholeField(searcher, store.analyzer(), mode).snippets(HIGHLIGHT_FIELDS, q, new int[] {docId}, new Document[] {doc}, new int[] {1, 1});
        for (String field : HIGHLIGHT_FIELDS) {
          Object[] perDoc = whole.get(field);
          matches.put(field, perDoc != null && perDoc[0] instanceof Snippet s ? s.matches() : List.of());
        }
      }
      Entities entities = DocumentBuilder.entitiesOf(doc);
      return Optional.of(
          new DocumentView(
              doc.get(Fields.ID),
              doc.get(Fields.TITLE),
              doc.get(Fields.BODY),
              orEmpty(doc.get(Fields.SOURCE)),
              orEmpty(doc.get(Fields.URL)),
              publishedAt(doc),
              Arrays.asList(doc.getValues(Fields.TAGS)),
              labeled(entities.countries()),
              labeled(entities.officials()),
              labeled(entities.topics()),
              matches,
              DocumentBuilder.rawOf(doc),
              RelatedArticles.of(searcher, store.analyzer(), doc)));
    } finally {
      store.release(searcher);
    }
  }
}
