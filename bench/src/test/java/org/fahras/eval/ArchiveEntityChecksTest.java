package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The archive checks' samples are the first articles of each value in the order of this hash: a
 * different hash would draw other articles and leave the judged links of eval-labels/ unsampled.
 */
class ArchiveEntityChecksTest {
  @Test
  void theSampleOrderIsTheHashTheJudgedSampleWasDrawnWith() {
    assertEquals(1802511987273639118L, ArchiveEntityChecks.hash("UA\tsnn\thttp://sabq.org/x"));
    assertEquals(3809720232938829938L, ArchiveEntityChecks.hash("donald-trump\tant2\tSK-middleEast-1-20180101"));
  }
}
