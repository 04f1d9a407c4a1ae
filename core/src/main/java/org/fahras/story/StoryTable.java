package org.fahras.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Map<StoryCopies.Member, Integer> shared = new LinkedHashMap<>();
    for (String band : bands) {
      for (StoryCopies.Member member : byBand.getOrDefault(band, List.of())) {
        shared.merge(member, 1, Integer::sum);
      }
    }
    List<StoryCopies.Member> found = new ArrayList<>();
    shared.forEach((member, count) -> {
      if (count >= StoryCopies.MIN_BANDS) {
        found.add(member);
      }
    });
    return found;
  }
}
