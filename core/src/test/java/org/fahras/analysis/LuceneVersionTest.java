package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * The core's tests run on the Lucene the build asked for: 10 for the product, and in the lucene-9
 * profile the Lucene that the pinned Solr runs on, where the same filters serve Solr.
 */
class LuceneVersionTest {
  @Test
  void theTestsRunOnTheLuceneTheBuildNamed() {
    String asked = System.getProperty("fahras.lucene.version");
    assumeTrue(asked != null, "run outside Maven: no Lucene version was asked for");
    assertEquals(asked, Version.LATEST.toString());
  }
}
