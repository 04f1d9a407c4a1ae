package org.fahras.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.Utils;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.NameAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Fahras on a real SolrCloud: two Solr nodes and ZooKeeper in this JVM, the configset that {@code
 * make solr-configset} writes uploaded to ZooKeeper, and a collection of two shards with a replica
 * of each on both nodes. The sample corpus goes in as raw files through the update processor; the
 * cluster is then held to what Fahras does on one machine: the same tokens in every form, the same
 * entities, and the same hits, facet counts and highlights as the embedded engine ({@code
 * bin/fahras serve} on the same corpus).
 */
@SolrTestCaseJ4.SuppressSSL
public class SolrCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "news";
  private static final Path SAMPLES = Path.of("samples/news");
  private static final List<String> FACETS = List.of("country", "official", "topic", "source");

  private static AnalysisResources resources;
  /** The sample corpus as local cleaning reads it, by id. */
  private static Map<String, CleanArticle> articles;
  private static Map<String, String> raw;
  private static EmbeddedFahras embedded;

  @BeforeClass
  public static void startCluster() throws Exception {
    // the embedded engine indexes the same corpus in its own JVM meanwhile
    EmbeddedFahras.Indexing indexing = Files.exists(EmbeddedFahras.JAR) ? EmbeddedFahras.index(SAMPLES, createTempDir()) : null;

    ConfigFiles config = ConfigFiles.defaults();
    resources = AnalysisResources.load(config);
    Cleaner cleaner = Cleaner.load(config);
    articles = new LinkedHashMap<>();
    raw = new LinkedHashMap<>();
    List<Path> files;
    try (var list = Files.list(SAMPLES)) {
      files = list.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      byte[] bytes = Files.readAllBytes(file);
      raw.put(id, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      articles.put(id, cleaner.clean(new RawDocument(id, Format.TEXT, bytes, Map.of(), file.toString())));
    }

    Path configset = new ConfigsetWriter(Path.of("index-config"), Path.of("stopwords")).write(createTempDir());
    configureCluster(2).addConfig("fahras", configset).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "fahras", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    UpdateRequest update = new UpdateRequest();
    for (Map.Entry<String, String> file : raw.entrySet()) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField("id", file.getKey());
      doc.setField("raw", file.getValue());
      update.add(doc);
    }
    update.commit(cluster.getSolrClient(), COLLECTION);

    if (indexing != null) {
      embedded = indexing.serve();
    }
  }

  @AfterClass
  public static void stopEmbedded() {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
    resources = null;
    articles = null;
    raw = null;
  }

  @Test
  public void theCollectionSpansTwoNodesWithADocumentOnEveryShard() throws Exception {
    assertEquals(2, cluster.getJettySolrRunners().size());
    DocCollection collection = getCollectionState(COLLECTION);
    assertEquals(2, collection.getSlices().size());
    for (Slice shard : collection.getSlices()) {
      Set<String> nodes = new HashSet<>();
      for (Replica replica : shard.getReplicas()) {
        assertEquals(Replica.State.ACTIVE, replica.getState());
        nodes.add(replica.getNodeName());
      }
      assertEquals(shard.getName() + " has a replica on each node", 2, nodes.size());
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("rows", 0);
      params.set("shards", shard.getName());
      long documents = cluster.getSolrClient().query(COLLECTION, params).getResults().getNumFound();
      assertTrue(shard.getName() + " holds documents", documents > 0);
    }
    assertEquals(articles.size(), count("*:*"));
  }

  /** Solr's analysis of the sample corpus, field by field, is FahrasAnalyzer's in every form. */
  @Test
  public void everyFormAnalysesTheSampleCorpusAsFahrasDoes() throws Exception {
    for (CleanArticle article : articles.values()) {
      for (String text : List.of(article.title(), article.body())) {
        if (!text.isBlank()) {
          assertSameAnalysis(text);
        }
      }
    }
  }

  /** The same on a few hundred real sentences that none of the lists were written from. */
  @Test
  public void everyFormAnalysesRealNewsAsFahrasDoes() throws Exception {
    assumeTrue("SaudiNewsNet is not at " + RealSentences.SAUDI_NEWS + " (../shared/data)", Files.exists(RealSentences.SAUDI_NEWS));
    List<String> sentences = RealSentences.read(300);
    assertEquals(300, sentences.size());
    for (int from = 0; from < sentences.size(); from += 50) {
      assertSameAnalysis(String.join("\n", sentences.subList(from, from + 50)));
    }
  }

  /** وسوريا and سورية, عبد الله and عبدالله, الوزارتين and للوزارة meet in Solr as in Fahras. */
  @Test
  public void spellingsMeetInTheStemmedForm() throws Exception {
    assertEquals(solrTokens("body", "وسوريا"), solrTokens("body", "سورية"));
    assertEquals(solrTokens("body", "عبدالله"), solrTokens("body", "عبد الله"));
    assertEquals(solrTokens("body", "الوزارتين"), solrTokens("body", "للوزارة"));
  }

  /** The update processor cleans and extracts on the cluster exactly as local indexing does. */
  @Test
  public void theProcessorFindsWhatLocalExtractionFinds() throws Exception {
    ConfigFiles config = ConfigFiles.defaults();
    EntityExtractor extractor = EntityExtractor.load(config, resources);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 100);
    params.set("fl", "id,title,body,source,country,official,topic,entities,config_fingerprint");
    Map<String, SolrDocument> found = new TreeMap<>();
    for (SolrDocument doc : cluster.getSolrClient().query(COLLECTION, params).getResults()) {
      found.put((String) doc.getFieldValue("id"), doc);
    }
    assertEquals(new TreeSet<>(articles.keySet()), found.keySet());
    for (CleanArticle article : articles.values()) {
      SolrDocument doc = found.get(article.id());
      Entities local = extractor.extract(article);
      assertEquals(article.title(), doc.getFieldValue("title"));
      assertEquals(article.body(), doc.getFieldValue("body"));
      assertEquals(article.source().isEmpty() ? null : article.source(), doc.getFieldValue("source"));
      assertEquals(article.id(), sortedValues(local.countries()), values(doc, "country"));
      assertEquals(article.id(), sortedValues(local.officials()), values(doc, "official"));
      assertEquals(article.id(), sortedValues(local.topics()), values(doc, "topic"));
      // labels and mentions too, in the extractor's order
      assertEquals(article.id(), Utils.fromJSONString(Utils.toJSONString(Map.of(
          "countries", shown(local.countries()), "officials", shown(local.officials()), "topics", shown(local.topics())))),
          Utils.fromJSONString((String) doc.getFieldValue("entities")));
      // the lists came from ZooKeeper, and they are the checkout's
      assertEquals(config.fingerprint(), doc.getFieldValue("config_fingerprint"));
    }
    // written out: what the sample about Lamamra's visit is about
    SolrDocument lamamra = found.get("002_a1c25e29923e9552");
    assertEquals("وزير الخارجية الجزائري رمطان لعمامرة", lamamra.getFieldValue("title"));
    assertTrue(values(lamamra, "official").contains("ramtane-lamamra"));
    assertTrue(values(lamamra, "country").containsAll(List.of("DZ", "LY", "TN")));
  }

  /**
   * Multi-select facets with the JSON Facet API: each facet's filter is tagged and its counts
   * exclude that tag, as the embedded engine's drill-sideways counts ignore a facet's own selection.
   */
  @Test
  public void multiSelectFacetsCountWhatTheEmbeddedEngineCounts() throws Exception {
    assumeTrue("target/fahras.jar is not built (make build): no embedded engine to compare with", embedded != null);
    assertSameSearch("ليبيا", "stemmed", Map.of("country", List.of("EG")));
    assertSameSearch("", "stemmed", Map.of("country", List.of("TN"), "topic", List.of("terrorism")));
    assertSameSearch("الإرهاب", "stemmed", Map.of());
    assertSameSearch("الهجرة", "stemmed", Map.of("country", List.of("IT", "LY")));
    assertSameSearch("سوريا", "normalized", Map.of());
    assertSameSearch("وسورية", "exact", Map.of());

    // written out: ليبيا among the Egyptian articles; the country counts ignore the country filter
    QueryResponse libya = facetSearch("ليبيا", "stemmed", Map.of("country", List.of("EG")));
    Map<String, Long> countries = buckets(libya, "country");
    assertEquals(Set.of("002_a1c25e29923e9552", "004_114047c5c7cf8368"), ids(libya));
    assertTrue(countries.toString(), countries.get("TN") >= countries.get("EG"));
  }

  /**
   * Solr's unified highlighter, from the offsets in the postings, marks in each hit's title and
   * body the very words the embedded engine's document view marks: وسورية for سوريا, and so on.
   */
  @Test
  public void highlightsMarkWhatTheEmbeddedEngineMarks() throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "سوريا");
    params.set("fq", "id:002_a1c25e29923e9552");
    params.set("hl", true);
    QueryResponse syria = cluster.getSolrClient().query(COLLECTION, params);
    List<String> snippets = syria.getHighlighting().get("002_a1c25e29923e9552").get("body");
    assertTrue(snippets.toString(), snippets.get(0).contains("<mark>وسورية</mark>"));

    assumeTrue("target/fahras.jar is not built (make build): no embedded engine to compare with", embedded != null);
    int marked = 0;
    for (String query : List.of("سوريا", "عبد الله", "الوزارتين", "الإرهاب", "وزير الخارجية")) {
      for (String id : articles.keySet()) {
        Map<String, List<int[]>> solr = solrMatches(query, id);
        Map<String, Object> view = embedded.get("/api/v1/documents/" + id, "q", query);
        @SuppressWarnings("unchecked")
        Map<String, Object> matches = (Map<String, Object>) view.getOrDefault("matches", Map.of());
        for (String field : List.of("title", "body")) {
          List<String> expected = spans(embeddedSpans(matches.get(field)));
          assertEquals(query + " in " + id + " " + field, expected, spans(solr.getOrDefault(field, List.of())));
          marked += expected.size();
        }
      }
    }
    assertTrue("the queries mark words in the samples: " + marked, marked >= 20);
  }

  /**
   * An article without its text, or in a format Fahras does not read, is refused with a 400 that
   * says why, and the collection is as it was; an atomic update passes the processor untouched
   * and keeps what extraction found.
   */
  @Test
  public void badArticlesAreRefusedAndAtomicUpdatesKeepTheEntities() throws Exception {
    // the nodes log each refusal with its stack; these two are expected
    ignoreException("a Fahras article needs");
    ignoreException("format is text, markdown or html");
    SolrInputDocument noText = new SolrInputDocument();
    noText.setField("id", "بلا-نص");
    SolrException refused = expectThrows(SolrException.class, () -> new UpdateRequest().add(noText).process(cluster.getSolrClient(), COLLECTION));
    assertEquals(400, refused.code());
    assertTrue(refused.getMessage(), refused.getMessage().contains("needs \"id\" and \"raw\""));

    SolrInputDocument pdf = new SolrInputDocument();
    pdf.setField("id", "pdf");
    pdf.setField("raw", "تقرير");
    pdf.setField("format", "pdf");
    refused = expectThrows(SolrException.class, () -> new UpdateRequest().add(pdf).process(cluster.getSolrClient(), COLLECTION));
    assertEquals(400, refused.code());
    assertTrue(refused.getMessage(), refused.getMessage().contains("format is text, markdown or html, not \"pdf\""));
    resetExceptionIgnores();

    String id = "002_a1c25e29923e9552";
    SolrInputDocument tag = new SolrInputDocument();
    tag.setField("id", id);
    tag.setField("tags", Map.of("add", "مراجعة"));
    new UpdateRequest().add(tag).commit(cluster.getSolrClient(), COLLECTION);
    assertEquals(articles.size(), count("*:*"));
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "لعمامرة");
    params.set("qf", "names");
    params.set("fl", "id,tags,official");
    SolrDocumentList found = cluster.getSolrClient().query(COLLECTION, params).getResults();
    assertEquals(1, found.getNumFound());
    assertTrue(values(found.get(0), "tags").contains("مراجعة"));
    assertTrue(values(found.get(0), "official").contains("ramtane-lamamra"));
  }

  /** The fields a source states win over what the cleaner mines, as a JSON Lines record's do. */
  @Test
  public void statedFieldsWinOverMinedOnes() throws Exception {
    SolrInputDocument stated = new SolrInputDocument();
    stated.setField("id", "stated-1");
    stated.setField("raw", "وزير الخارجية يلتقي نظيره التونسي\n\nالتقى وزير الخارجية الجزائري نظيره التونسي في الجزائر العاصمة لبحث الوضع في ليبيا.");
    stated.setField("title", "لقاء جزائري تونسي حول ليبيا");
    stated.setField("source", "وكالة الأنباء");
    stated.setField("published_at", java.util.Date.from(java.time.Instant.parse("2015-07-21T09:30:00Z")));
    stated.setField("tags", List.of("ليبيا", "الجزائر"));
    new UpdateRequest().add(stated).commit(cluster.getSolrClient(), COLLECTION);
    try {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("fq", "{!term f=id}stated-1");
      params.set("fl", "title,body,source,published_at,tags,country");
      SolrDocument doc = cluster.getSolrClient().query(COLLECTION, params).getResults().get(0);
      assertEquals("لقاء جزائري تونسي حول ليبيا", doc.getFieldValue("title"));
      // the first line is body text once the source named the title
      assertTrue((String) doc.getFieldValue("body"), ((String) doc.getFieldValue("body")).startsWith("وزير الخارجية يلتقي نظيره التونسي"));
      assertEquals("وكالة الأنباء", doc.getFieldValue("source"));
      assertEquals(java.time.Instant.parse("2015-07-21T09:30:00Z"), ((java.util.Date) doc.getFieldValue("published_at")).toInstant());
      assertEquals(List.of("الجزائر", "ليبيا"), values(doc, "tags"));
      assertTrue(values(doc, "country").containsAll(List.of("DZ", "LY", "TN")));
    } finally {
      new UpdateRequest().deleteById("stated-1").commit(cluster.getSolrClient(), COLLECTION);
    }
  }

  // ---- analysis

  private static void assertSameAnalysis(String text) throws Exception {
    Map<String, Analyzer> fields = new LinkedHashMap<>();
    fields.put("body", new FahrasAnalyzer(TextForm.STEMMED, resources));
    fields.put("body_norm", new FahrasAnalyzer(TextForm.NORMALIZED, resources));
    fields.put("body_exact", new FahrasAnalyzer(TextForm.EXACT, resources));
    fields.put("names", new NameAnalyzer(resources.stopwords(), resources.writtenStopwords()));
    FieldAnalysisRequest request = new FieldAnalysisRequest().setFieldNames(new ArrayList<>(fields.keySet())).setFieldValue(text);
    request.setMethod(SolrRequest.METHOD.POST);
    FieldAnalysisResponse response = request.process(cluster.getSolrClient(), COLLECTION);
    for (Map.Entry<String, Analyzer> field : fields.entrySet()) {
      List<String> expected = localTokens(field.getValue(), text);
      assertFalse(expected.isEmpty());
      assertEquals(field.getKey() + " of «" + text.substring(0, Math.min(80, text.length())) + "…»",
          expected, lastPhase(response.getFieldNameAnalysis(field.getKey()).getIndexPhases()));
    }
  }

  private static List<String> solrTokens(String field, String text) throws Exception {
    FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldName(field).setFieldValue(text);
    List<String> terms = new ArrayList<>();
    for (String token : lastPhase(request.process(cluster.getSolrClient(), COLLECTION).getFieldNameAnalysis(field).getIndexPhases())) {
      terms.add(token.substring(0, token.indexOf(' ')));
    }
    return terms;
  }

  /** Term, offsets and position of each token the last filter gives. */
  private static List<String> lastPhase(Iterable<AnalysisPhase> phases) {
    AnalysisPhase last = null;
    for (AnalysisPhase phase : phases) {
      last = phase;
    }
    List<String> tokens = new ArrayList<>();
    for (TokenInfo token : last.getTokens()) {
      tokens.add(token.getText() + " " + token.getStart() + "-" + token.getEnd() + " @" + token.getPosition());
    }
    return tokens;
  }

  private static List<String> localTokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = 0;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " @" + position);
      }
      stream.end();
    }
    return tokens;
  }

  // ---- extraction

  private static List<String> sortedValues(List<FacetValue> found) {
    return found.stream().map(FacetValue::value).sorted().toList();
  }

  private static List<String> values(SolrDocument doc, String field) {
    List<String> values = new ArrayList<>();
    if (doc.getFieldValues(field) != null) {
      doc.getFieldValues(field).forEach(value -> values.add(value.toString()));
    }
    values.sort(null);
    return values;
  }

  private static List<Map<String, Object>> shown(List<FacetValue> found) {
    List<Map<String, Object>> shown = new ArrayList<>();
    for (FacetValue value : found) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("value", value.value());
      one.put("label", value.label());
      one.put("mentions", value.mentions());
      shown.add(one);
    }
    return shown;
  }

  // ---- search and facets

  private static long count(String query) throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", 0);
    return cluster.getSolrClient().query(COLLECTION, params).getResults().getNumFound();
  }

  /** The fields a mode searches, as the embedded engine's query builder names them. */
  private static String queryFields(String mode) {
    String suffix = switch (mode) {
      case "stemmed" -> "";
      case "normalized" -> "_norm";
      case "exact" -> "_exact";
      default -> throw new IllegalArgumentException(mode);
    };
    return "title" + suffix + "^2 body" + suffix + " names" + suffix;
  }

  private static QueryResponse facetSearch(String query, String mode, Map<String, List<String>> filters) throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query.isEmpty() ? "*:*" : query);
    params.set("qf", queryFields(mode));
    params.set("rows", 100);
    params.set("fl", "id");
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      params.add("fq", "{!terms f=" + filter.getKey() + " tag=" + filter.getKey() + "}" + String.join(",", filter.getValue()));
    }
    Map<String, Object> facets = new LinkedHashMap<>();
    for (String facet : FACETS) {
      facets.put(facet, Map.of("type", "terms", "field", facet, "limit", -1, "mincount", 1, "domain", Map.of("excludeTags", facet)));
    }
    params.set("json.facet", Utils.toJSONString(facets));
    return cluster.getSolrClient().query(COLLECTION, params);
  }

  private static Map<String, Long> buckets(QueryResponse response, String facet) {
    Map<String, Long> counts = new TreeMap<>();
    if (response.getJsonFacetingResponse().getBucketBasedFacets(facet) != null) {
      for (BucketJsonFacet bucket : response.getJsonFacetingResponse().getBucketBasedFacets(facet).getBuckets()) {
        counts.put(bucket.getVal().toString(), bucket.getCount());
      }
    }
    return counts;
  }

  private static Set<String> ids(QueryResponse response) {
    Set<String> ids = new TreeSet<>();
    response.getResults().forEach(doc -> ids.add((String) doc.getFieldValue("id")));
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static void assertSameSearch(String query, String mode, Map<String, List<String>> filters) throws Exception {
    List<String> params = new ArrayList<>(List.of("q", query, "mode", mode, "per_page", "100", "facet_size", "100", "snippets", "false"));
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      for (String value : filter.getValue()) {
        params.addAll(List.of("filter." + filter.getKey(), value));
      }
    }
    Map<String, Object> expected = embedded.get("/api/v1/search", params.toArray(String[]::new));
    QueryResponse solr = facetSearch(query, mode, filters);
    String what = "«" + query + "» " + mode + " " + filters;

    Set<String> hits = new TreeSet<>();
    for (Map<String, Object> hit : (List<Map<String, Object>>) expected.get("hits")) {
      hits.add((String) hit.get("id"));
    }
    assertEquals(what, ((Number) ((Map<String, Object>) expected.get("total")).get("value")).longValue(), solr.getResults().getNumFound());
    assertEquals(what, hits, ids(solr));
    for (String facet : FACETS) {
      Map<String, Long> counts = new TreeMap<>();
      Map<String, Object> embeddedFacet = (Map<String, Object>) ((Map<String, Object>) expected.get("facets")).get(facet);
      for (Map<String, Object> value : (List<Map<String, Object>>) embeddedFacet.get("values")) {
        long count = ((Number) value.get("count")).longValue();
        if (count > 0) {
          counts.put((String) value.get("value"), count);
        }
      }
      assertEquals(what + " " + facet, counts, buckets(solr, facet));
    }
    if (!query.isEmpty()) {
      assertFalse(what + " finds something", hits.isEmpty());
    }
  }

  // ---- highlights

  private static final String PRE = "\uE000";
  private static final String POST = "\uE001";

  /**
   * Every match of a query's words in the whole title and body of one document, hit or not, as
   * offsets into the stored text: what the document view marks.
   */
  private static Map<String, List<int[]>> solrMatches(String query, String id) throws Exception {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("fq", "{!term f=id}" + id);
    params.set("hl", true);
    params.set("hl.q", query);
    params.set("hl.qparser", "edismax");
    // each word marked on its own, as the embedded highlighter does (withWeightMatches(false))
    params.set("hl.weightMatches", false);
    params.set("hl.bs.type", "WHOLE");
    params.set("hl.encoder", "none");
    params.set("hl.defaultSummary", false);
    params.set("hl.tag.pre", PRE);
    params.set("hl.tag.post", POST);
    QueryResponse response = cluster.getSolrClient().query(COLLECTION, params);
    Map<String, List<int[]>> matches = new TreeMap<>();
    Map<String, List<String>> fields = response.getHighlighting().getOrDefault(id, Map.of());
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      List<int[]> spans = new ArrayList<>();
      for (String passage : field.getValue()) {
        int offset = 0;
        int start = -1;
        for (int i = 0; i < passage.length(); i++) {
          String c = passage.substring(i, i + 1);
          if (c.equals(PRE)) {
            start = offset;
          } else if (c.equals(POST)) {
            spans.add(new int[] {start, offset});
          } else {
            offset++;
          }
        }
      }
      matches.put(field.getKey(), spans);
    }
    return matches;
  }

  @SuppressWarnings("unchecked")
  private static List<int[]> embeddedSpans(Object matches) {
    List<int[]> spans = new ArrayList<>();
    if (matches != null) {
      for (Map<String, Object> match : (List<Map<String, Object>>) matches) {
        spans.add(new int[] {((Number) match.get("start")).intValue(), ((Number) match.get("end")).intValue()});
      }
    }
    return spans;
  }

  private static List<String> spans(List<int[]> spans) {
    return spans.stream().map(span -> span[0] + "-" + span[1]).toList();
  }
}
