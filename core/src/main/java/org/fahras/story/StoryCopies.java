package org.fahras.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which story an article belongs to: the story of its closest copy among the articles
 * already placed, or a story of its own. A copy must share at least half of the smaller opening
 * ({@link StoryPrint#containment}) and be dated within {@value #WINDOW_DAYS} days of the copy and
 * of the story's first day: papers reprint a wire story the same day or the next few, while the
 * same words a week later (an anniversary, a daily report filled with new figures) are news again,
 * and a chain of daily reports must not grow into one story. An undated article is judged on its
 * text alone. Copies name the same countries, a shortened copy perhaps fewer: when each of two
 * articles names a country the other does not, they are two stories, however alike their words (a
 * state agency's protocol news fills one template for every country: a cable of congratulation,
 * an audience).
 */
public final class StoryCopies {
  static final double COPY = 0.5;
  static final int WINDOW_DAYS = 3;

  /**
   * An article placed in a story.
   *
   * @param storyDay the day the story began, as far as known (null when no member is dated)
   */
  public record Member(String id, String story, LocalDate storyDay, StoryPrint print, LocalDate day, Set<String> countries) {
    public Member {
      countries = Set.copyOf(countries);
    }
  }

  /** Where the placed articles are looked up: those sharing at least one band key. */
  public interface Placed {
    List<Member> sharingBands(List<String> bands);
  }

  private StoryCopies() {}

  /** Places an article: in its closest copy's story, else first of a story of its own. */
  public static Member place(String id, StoryPrint print, LocalDate day, Set<String> countries, Placed placed) {
    return closestCopy(id, print, day, countries, placed)
        .map(copy -> new Member(id, copy.story(), earlier(copy.storyDay(), day), print, day, countries))
        .orElseGet(() -> new Member(id, id, day, print, day, countries));
  }

  /** The placed article this one copies most closely, if any. */
  public static Optional<Member> closestCopy(String id, StoryPrint print, LocalDate day, Set<String> countries, Placed placed) {
    Member best = null;
    double bestShare = COPY;
    for (Member member : placed.sharingBands(print.bands())) {
      if (member.id().equals(id) || !withinWindow(day, member.day()) || !withinWindow(day, member.storyDay())
          || apart(countries, member.countries())) {
        continue;
      }
      double share = print.containment(member.print());
      if (share >= bestShare && (best == null || share > bestShare || member.story().compareTo(best.story()) < 0)) {
        best = member;
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean apart(Set<String> a, Set<String> b) {
    return !a.containsAll(b) && !b.containsAll(a);
  }

  private static boolean withinWindow(LocalDate a, LocalDate b) {
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
