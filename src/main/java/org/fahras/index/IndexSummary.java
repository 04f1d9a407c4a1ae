package org.fahras.index;

import java.util.List;

/** What an indexing run did: how many documents went in, and each input skipped with its reason. */
public record IndexSummary(int indexed, List<Skipped> skipped) {
  public record Skipped(String origin, String reason) {}

  public IndexSummary {
    skipped = List.copyOf(skipped);
  }
}
