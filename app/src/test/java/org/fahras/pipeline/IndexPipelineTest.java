package org.fahras.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fahras.SampleCorpus;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.clean.CorpusReader;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.lucene.DocumentBuilder;
import org.fahras.lucene.Fields;
import org.fahras.lucene.IndexStore;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPipelineTest {
  private static final ConfigFiles CONFIG = ConfigFiles.defaults();
  private static final AnalysisResources RESOURCES = AnalysisResources.load(CONFIG);
  private static final Cleaner CLEANER = Cleaner.load(CONFIG);
  private static final EntityExtractor EXTRACTOR = EntityExtractor.load(CONFIG, RESOURCES);

  /**
   * The pipeline analyses an article's stemmed title and body once, for the topics and the index:
   * the index must hold exactly the terms and positions the writer's own analysis of the text
   * gives, and the entities must be those of extracting from the text.
   */
  @Test
  void oneAnalysisForTopicsAndIndexGivesTheSameIndexAsAnalysingTwice(@TempDir Path dir) throws IOException {
    List<RawDocument> samples = new ArrayList<>();
    CorpusReader.Sink collect = new CorpusReader.Sink() {
      @Override
      public void accept(RawDocument document) {
        samples.add(document);
      }

      @Override
      public void skip(String origin, String reason) {
        throw new AssertionError(origin + ": " + reason);
      }
    };
    for (CorpusReader.Input input : CorpusReader.inputs(List.of(SampleCorpus.FOLDER), collect)) {
      new CorpusReader().read(input, collect);
    }
    assertEquals(5, samples.size());
    try (IndexStore once = IndexStore.open(dir.resolve("once"), Fields.analyzer(RESOURCES));
        IndexStore twice = IndexStore.open(dir.resolve("twice"), Fields.analyzer(RESOURCES))) {
      IndexPipeline pipeline = new IndexPipeline(CLEANER, EXTRACTOR, RESOURCES, once, dir.resolve("once"));
      DocumentBuilder builder = new DocumentBuilder(twice.facetsConfig());
      for (RawDocument raw : samples) {
        try {
          pipeline.index(raw);
        } catch (IndexPipeline.RejectedException e) {
          throw new AssertionError(e);
        }
        CleanArticle article = CLEANER.clean(raw);
        twice.put(article.id(), builder.build(article, EXTRACTOR.extract(article)));
      }
      once.commit();
      twice.commit();
    }
    for (String field : List.of(Fields.TITLE, Fields.BODY)) {
      assertEquals(postings(dir.resolve("twice"), field), postings(dir.resolve("once"), field), field);
    }
    // sample 001, the Libyan interior minister in Italy: its stems, each at its position
    List<String> body = postings(dir.resolve("once"), Fields.BODY).get(SampleCorpus.A001);
    // "عقد وزير الداخلية المكلف في حكومة الوحدة الوطنية، اللواء عماد": في is a stopword
    assertTrue(body.containsAll(List.of("عقد@0", "وزير@1", "داخلي@2", "مكلف@3", "حكوم@5", "وحد@6", "وطني@7", "لواء@8", "عماد@9")), body.toString());
    assertTrue(body.size() > 100, body.toString());
    assertEquals(stored(dir.resolve("twice")), stored(dir.resolve("once")));
    assertTrue(stored(dir.resolve("once")).get(SampleCorpus.A001).contains("\"LY\""));
  }

  /** Per document id: every "term@position" of the field, sorted. */
  private static Map<String, List<String>> postings(Path index, String field) throws IOException {
    Map<String, List<String>> byId = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Terms terms = leaf.reader().terms(field);
        TermsEnum te = terms.iterator();
        BytesRef term;
        while ((term = te.next()) != null) {
          PostingsEnum postings = te.postings(null, PostingsEnum.POSITIONS);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            List<String> list = byId.computeIfAbsent(stored.document(doc).get(Fields.ID), k -> new ArrayList<>());
            for (int k = 0; k < postings.freq(); k++) {
              list.add(term.utf8ToString() + "@" + postings.nextPosition());
            }
          }
        }
      }
    }
    byId.values().forEach(list -> list.sort(null));
    return byId;
  }

  /** Per document id: the stored entities and text. */
  private static Map<String, String> stored(Path index) throws IOException {
    Map<String, String> byId = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document document = stored.document(doc);
        byId.put(document.get(Fields.ID), document.get(Fields.ENTITIES) + "\n" + document.get(Fields.TITLE) + "\n" + document.get(Fields.BODY));
      }
    }
    return byId;
  }
}
