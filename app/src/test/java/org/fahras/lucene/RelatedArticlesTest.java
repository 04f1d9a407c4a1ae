package org.fahras.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fahras.SampleCorpus;
import org.fahras.analysis.TextForm;
import org.fahras.search.DocumentView.Related;
import org.junit.jupiter.api.Test;

/** A document's related articles among the samples: alike by their words, never the document itself. */
class RelatedArticlesTest {
  @Test
  void aDocumentListsOtherSamplesOnItsMattersNeverItself() throws Exception {
    // 000: Tunisia, Algeria and Italy against irregular migration and terrorism; the other samples
    // are on Libya's and the region's security
    List<Related> related = SampleCorpus.engine().search().document(SampleCorpus.A000, "", TextForm.STEMMED).orElseThrow().related();
    List<String> ids = related.stream().map(Related::id).toList();
    assertFalse(ids.isEmpty(), "the samples share the words of security and migration");
    assertFalse(ids.contains(SampleCorpus.A000), ids::toString);
    assertEquals(ids.stream().distinct().count(), ids.size(), ids::toString);
    related.forEach(r -> assertTrue(r.title() != null && !r.title().isBlank(), r::toString));
  }
}
