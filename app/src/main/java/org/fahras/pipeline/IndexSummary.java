package org.fahras.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an indexing run did: how many documents went in, what it left alone because it was
 * already indexed as it is, each input skipped with its reason, and each id the run met twice.
 *
 * @param unchangedFiles files not read: same size and modification time as at the last run
 * @param unchangedRecords documents not rewritten: the index holds their id with the same content hash
 * @param unreadDates documents indexed without a date because the date their record gave could not be read
 */
public record IndexSummary(int indexed, int unchangedFiles, int unchangedRecords, List<Skipped> skipped, List<Duplicate> duplicates,
    List<Skipped> unreadDates) {
  public record Skipped(String origin, String reason) {
    /** The reason without its particulars (sizes, limits): what skipped inputs are grouped by. */
    public String kind() {
      int paren = reason.indexOf(" (");
      return paren > 0 ? reason.substring(0, paren) : reason;
    }
  }

  /** An id met twice in one run: the first document stays, the second is not written. */
  public record Duplicate(String id, String kept, String dropped) {}

  public IndexSummary {
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    unreadDates = List.copyOf(unreadDates);
  }

  /** The skipped inputs grouped by {@link Skipped#kind}, commonest first. */
  public Map<String, List<Skipped>> skippedByKind() {
    Map<String, List<Skipped>> groups = new LinkedHashMap<>();
    skipped.stream()
        .collect(Collectors.groupingBy(Skipped::kind))
        .entrySet().stream()
        .sorted((a, b) -> b.getValue().size() != a.getValue().size()
            ? Integer.compare(b.getValue().size(), a.getValue().size()) : a.getKey().compareTo(b.getKey()))
        .forEach(e -> groups.put(e.getKey(), e.getValue()));
    return groups;
  }
}
