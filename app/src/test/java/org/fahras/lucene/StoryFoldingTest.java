package org.fahras.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fahras.SampleCorpus;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.fahras.search.SearchResponse.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample articles and a wire reprint of the first one, retitled by another paper: a search
 * shows the story once, its best-ranked copy listing the other; {@code fold=false} shows both.
 */
class StoryFoldingTest {
  private static final String REPRINT = "wire-reprint";
  /** Sample 000's opening paragraphs under another title and a dateline, its tail cut. */
  private static final String REPRINT_BODY = "تونس - واس: في الأيام الأخيرة، كثف وزراء الداخلية التونسي خالد النوري، والخارجية محمد علي"
      + " النفطي، مشاوراتهم مع مفوضية الاتحاد الأوروبي ومسوؤلين من الجزائر وإيطاليا. حيث عقد وزيري داخلية تونس والجزائر"
      + " جلسة عمل مشترك بتونس تناولت التحديات الأمنية بما في ذلك مكافحة الإرهاب والهجرة غير النظامية.\n\n"
      + "أيضًا، استقبل وزير الداخلية التونسي النوري مندوب الاتحاد الأوروبي في تونس، غوساب ييروني، لبحث التعاون الأمني"
      + " والهجرة. كما شملت المحادثات تعزيز الشراكة والتنسيق بين تونس وأوروبا، في ظل الأوضاع الراهنة.";

  @TempDir static Path dir;
  private static Engine engine;

  @BeforeAll
  static void index() throws Exception {
    engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    engine.pipeline().run(List.of(SampleCorpus.FOLDER), done -> {});
    engine.pipeline().index(new RawDocument(REPRINT, Format.TEXT, REPRINT_BODY.getBytes(StandardCharsets.UTF_8),
        Map.of("title", "تونس والجزائر وإيطاليا تنسق مع أوروبا لمواجهة الهجرة", "source", "واس"), "reprint.jsonl:1"));
    engine.store().commit();
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  @Test
  void aSearchShowsTheStoryOnceWithItsCopyListed() throws Exception {
    SearchResponse folded = engine.search().search(SearchRequest.of("النوري الهجرة"));
    assertTrue(folded.folded());
    List<String> ids = folded.hits().stream().map(Hit::id).toList();
    assertEquals(1, ids.stream().filter(id -> id.equals(SampleCorpus.A000) || id.equals(REPRINT)).count(), ids::toString);
    Hit story = folded.hits().stream().filter(h -> h.id().equals(SampleCorpus.A000) || h.id().equals(REPRINT)).findFirst().orElseThrow();
    String other = story.id().equals(REPRINT) ? SampleCorpus.A000 : REPRINT;
    assertEquals(1, story.copies().count());
    assertEquals(List.of(other), story.copies().ids());
    assertEquals(2, folded.total().value(), "the total counts articles");
  }

  @Test
  void withoutFoldingEachCopyIsAHit() throws Exception {
    SearchResponse unfolded = engine.search().search(SearchRequest.of("النوري الهجرة").withFold(false));
    assertFalse(unfolded.folded());
    List<String> ids = unfolded.hits().stream().map(Hit::id).toList();
    assertTrue(ids.contains(SampleCorpus.A000) && ids.contains(REPRINT), ids::toString);
    unfolded.hits().forEach(hit -> assertNull(hit.copies()));
  }

  @Test
  void storiesApartStayApart() throws Exception {
    SearchResponse all = engine.search().search(SearchRequest.of("").withPage(1, 20));
    assertEquals(6, all.total().value());
    assertEquals(5, all.hits().size(), "six articles, five stories");
    all.hits().stream().filter(h -> !h.id().equals(SampleCorpus.A000) && !h.id().equals(REPRINT))
        .forEach(h -> assertEquals(0, h.copies().count(), h.id()));
  }

  @Test
  void aReindexedCopyKeepsItsStory() throws Exception {
    engine.pipeline().index(new RawDocument(REPRINT, Format.TEXT, REPRINT_BODY.getBytes(StandardCharsets.UTF_8),
        Map.of("title", "تنسيق تونسي جزائري أوروبي", "source", "واس"), "reprint.jsonl:1"));
    engine.store().commit();
    SearchResponse folded = engine.search().search(SearchRequest.of("النوري الهجرة"));
    Hit story = folded.hits().stream().filter(h -> h.id().equals(SampleCorpus.A000) || h.id().equals(REPRINT)).findFirst().orElseThrow();
    assertEquals(1, story.copies().count());
    assertNotEquals(story.id(), story.copies().ids().getFirst());
  }
}
