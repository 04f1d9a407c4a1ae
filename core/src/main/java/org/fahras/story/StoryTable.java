package org.fahras.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Placed articles held in memory, found by their band keys: the articles of a batch not yet
 * visible in the index, or a whole archive in an evaluation.
 */
public final class StoryTable implements StoryCopies.Placed {
  private final Map<String, List<StoryCopies.Member>> byBand = new HashMap<>();

  public void add(StoryCopies.Member member) {
    for (String band : member.print().bands()) {
      byBand.computeIfAbsent(band, b -> new ArrayList<>(2)).add(member);
    }
  }

  @Override
  public List<StoryCopies.Member> sharingBands(List<String> bands) {
    Set<StoryCopies.Member> found = new LinkedHashSet<>();
    for (String band : bands) {
      found.addAll(byBand.getOrDefault(band, List.of()));
    }
    return new ArrayList<>(found);
  }
}
