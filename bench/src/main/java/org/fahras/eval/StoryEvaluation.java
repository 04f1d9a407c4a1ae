package org.fahras.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.FacetValue;
import org.fahras.story.StoryCopies;
import org.fahras.story.StoryPrint;
import org.fahras.story.StoryTable;

/**
 * Story folding over SaudiNewsNet + ANT v2.1, the articles placed in file order as an indexer
 * places them: how many articles are copies of another, whether the exact copies of a body (same
 * normalised words) all land in one story, the largest stories (where a template would show up
 * as one story swallowing many), and a random sample of stories with more than one article,
 * written out for judging (rules in eval-labels/README.md, "Stories").
 *
 * <p>Usage: {@code StoryEvaluation DATA_DIR SAMPLE_FILE JUDGEMENTS [SAMPLE_SIZE [SEED]]}: the
 * stories that JUDGEMENTS (eval-labels/story-judgements.tsv) judges are found by their first
 * article and counted; a change of the rules or of the extractor moves the seeded sample, whose
 * new stories are then to be judged.
 */
public final class StoryEvaluation {
  private record Placed(ArchiveArticles.Article article, String story, LocalDate day) {}

  private StoryEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: StoryEvaluation DATA_DIR SAMPLE_FILE JUDGEMENTS [SAMPLE_SIZE [SEED]]   (e.g. ../shared/data target/eval/story-sample.tsv eval-labels/story-judgements.tsv 100 7)");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Path sampleFile = Path.of(args[1]);
    Map<String, String> verdicts = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (!line.startsWith("#") && cells.length >= 3) {
        verdicts.put(cells[1], cells[2]);
      }
    }
    int sampleSize = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;

    ConfigFiles config = ConfigFiles.defaults();
    EntityExtractor extractor = EntityExtractor.load(config, AnalysisResources.load(config));
    StoryTable table = new StoryTable();
    List<Placed> placed = new ArrayList<>();
    Map<String, List<Integer>> byBody = new HashMap<>();
    int[] printed = new int[1];
    long started = System.nanoTime();
    new ArchiveArticles(data).read(List.of(ArchiveArticles.Corpus.SNN, ArchiveArticles.Corpus.ANT2), article -> {
      String id = article.key();
      LocalDate day = article.clean().publishedAt() == null ? null : LocalDate.ofInstant(article.clean().publishedAt(), ZoneOffset.UTC);
      Optional<StoryPrint> print = StoryPrint.of(article.clean().body());
      Set<String> countries = extractor.extract(article.clean()).countries().stream().map(FacetValue::value).collect(Collectors.toSet());
      String story = id;
      if (print.isPresent()) {
        printed[0]++;
        StoryCopies.Member member = StoryCopies.place(id, print.get(), day, countries, table);
        table.add(member);
        story = member.story();
        byBody.computeIfAbsent(String.join(" ", wordsOf(article.clean().body())), b -> new ArrayList<>()).add(placed.size());
      }
      placed.add(new Placed(article, story, day));
    });
    double seconds = (System.nanoTime() - started) / 1e9;

    Map<String, List<Placed>> stories = new LinkedHashMap<>();
    placed.forEach(p -> stories.computeIfAbsent(p.story(), s -> new ArrayList<>()).add(p));
    List<List<Placed>> folded = stories.values().stream().filter(s -> s.size() > 1).toList();
    long copies = folded.stream().mapToLong(s -> s.size() - 1).sum();
    long inFolded = folded.stream().mapToLong(List::size).sum();

    int groups = 0;
    int whole = 0;
    for (List<Integer> group : byBody.values()) {
      if (group.size() > 1) {
        groups++;
        String story = placed.get(group.getFirst()).story();
        if (group.stream().allMatch(i -> placed.get(i).story().equals(story))) {
          whole++;
        }
      }
    }

    System.out.printf(Locale.ROOT, "### Story folding: SaudiNewsNet + ANT v2.1 (%,d articles, placed in %.0f s)%n%n", placed.size(), seconds);
    System.out.println("| | |");
    System.out.println("|---|---|");
    System.out.printf(Locale.ROOT, "| articles with a story print (opening of ≥ 25 words) | %,d (%.1f%%) |%n", printed[0], 100.0 * printed[0] / placed.size());
    System.out.printf(Locale.ROOT, "| stories | %,d |%n", stories.size());
    System.out.printf(Locale.ROOT, "| stories of more than one article | %,d, holding %,d articles (%.1f%%) |%n", folded.size(), inFolded, 100.0 * inFolded / placed.size());
    System.out.printf(Locale.ROOT, "| articles folded under another (copies) | %,d (%.1f%%) |%n", copies, 100.0 * copies / placed.size());
    System.out.printf(Locale.ROOT, "| groups of exact copies (same normalised opening) | %,d, in one story: %,d (%.2f%%) |%n", groups, whole, groups == 0 ? 100.0 : 100.0 * whole / groups);
    System.out.println();
    System.out.println("Largest stories (all their articles in story-largest.tsv beside the sample):");
    System.out.println();
    folded.stream().sorted(Comparator.comparingInt((List<Placed> s) -> s.size()).reversed()).limit(10).forEach(s ->
        System.out.printf(Locale.ROOT, "- %d articles, %s … %s: %s%n", s.size(), first(s).day(), last(s).day(), headline(s.getFirst())));

    List<List<Placed>> largest = folded.stream().sorted(Comparator.comparingInt((List<Placed> s) -> s.size()).reversed()).limit(10).toList();
    write(largest, sampleFile.resolveSibling("story-largest.tsv"));
    List<List<Placed>> sample = new ArrayList<>(folded);
    Collections.shuffle(sample, new Random(seed));
    sample = sample.subList(0, Math.min(sampleSize, sample.size()));
    write(sample, sampleFile);
    // a judged story is found by its first article wherever the seeded sample now falls
    long judged = folded.stream().filter(st -> verdicts.containsKey(storyKey(st))).count();
    long one = folded.stream().filter(st -> "one".equals(verdicts.get(storyKey(st)))).count();
    System.out.printf(Locale.ROOT, "%nJudged stories found in this run: %d of %d; one story: %d (%.0f%%)%n", judged, verdicts.size(), one,
        judged == 0 ? 0.0 : 100.0 * one / judged);
    System.out.printf(Locale.ROOT, "%n%d stories of more than one article sampled (seed %d) to %s for judging%n", sample.size(), seed, sampleFile);
  }

  /** One line per article of each story: the story, the article, its source, day, title and opening. */
  private static void write(List<List<Placed>> stories, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.println("story\tarticle\tsource\tday\ttitle\topening");
      for (List<Placed> story : stories) {
        for (Placed p : story) {
          String body = p.article().clean().body().replaceAll("\\s+", " ");
          out.println(String.join("\t", p.story().replace('\t', ':'), p.article().key().replace('\t', ':'), p.article().clean().source(),
              String.valueOf(p.day()), p.article().clean().title().replaceAll("\\s+", " "), body.substring(0, Math.min(300, body.length()))));
        }
      }
    }
  }

  private static String storyKey(List<Placed> story) {
    return story.getFirst().story().replace('\t', ':');
  }

  private static List<String> wordsOf(String body) {
    return List.of(body.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" "));
  }

  private static Placed first(List<Placed> story) {
    return story.stream().filter(p -> p.day() != null).min(Comparator.comparing(Placed::day)).orElse(story.getFirst());
  }

  private static Placed last(List<Placed> story) {
    return story.stream().filter(p -> p.day() != null).max(Comparator.comparing(Placed::day)).orElse(story.getFirst());
  }

  private static String headline(Placed p) {
    String title = p.article().clean().title();
    return title.isBlank() ? p.article().clean().body().substring(0, Math.min(80, p.article().clean().body().length())) : title;
  }
}
