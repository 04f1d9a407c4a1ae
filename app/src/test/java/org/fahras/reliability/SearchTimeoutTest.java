package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fahras.SampleCorpus;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.lucene.Fields;
import org.fahras.lucene.IndexStore;
import org.fahras.lucene.QueryBuilder;
import org.fahras.lucene.SearchService;
import org.fahras.search.FacetLabels;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResponse;
import org.junit.jupiter.api.Test;

/**
 * The search deadline: a search that runs out of time answers with what it found so far, flagged
 * {@code timedOut}, instead of holding the thread. A zero deadline has passed before the first
 * document is scored, so the answer is deterministic without measuring any clock.
 */
class SearchTimeoutTest {
  private static final ConfigFiles CONFIG = ConfigFiles.defaults();

  private static SearchService withTimeout(Duration timeout) {
    IndexStore store = SampleCorpus.engine().lucene().store();
    AnalysisResources resources = AnalysisResources.load(CONFIG);
    return new SearchService(store, new QueryBuilder(store.analyzer(), Fields.rankingAnalyzer(resources)), FacetLabels.load(CONFIG), timeout);
  }

  @Test
  void aSearchPastItsDeadlineAnswersAPartialResultFlaggedAsSuch() throws IOException {
    SearchResponse response = withTimeout(Duration.ZERO).search(SearchRequest.of("ليبيا"));

    assertTrue(response.timedOut());
    assertEquals(List.of(), response.hits(), "no document was reached before the deadline");
  }

  @Test
  void aFilteredSearchIsCompleteEvenWithAZeroDeadline() throws IOException {
    // drill-sideways scoring cannot be cut into time slices, so filtered searches are not timed
    SearchRequest request = SearchRequest.of("ليبيا").withFilters(Map.of("country", List.of("LY")));

    SearchResponse response = withTimeout(Duration.ZERO).search(request);

    assertFalse(response.timedOut());
    assertEquals(SampleCorpus.engine().search().search(request).total(), response.total());
  }

  @Test
  void aSearchWithinTheDefaultDeadlineIsCompleteAndNotFlagged() throws IOException {
    SearchResponse response = SampleCorpus.engine().search().search(SearchRequest.of("ليبيا"));

    assertFalse(response.timedOut());
    assertEquals(4, response.total().value(), "ليبيا is in four of the five samples");
  }
}
