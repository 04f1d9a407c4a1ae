package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the articles of {@code eval-labels/sample.tsv}: per archive a fixed number of articles at
 * random (fixed seed) among those whose clean body has at least 300 characters, each put in the
 * tuning or the held-out half at random (fixed seed) before anyone reads it. Writes the sample's
 * ids and halves, and the clean title and body of each article to a folder for the reader (never
 * committed: the text is not ours).
 *
 * <p>Usage: {@code LabelSample DATA_DIR SAMPLE_TSV TEXT_DIR}.
 */
public final class LabelSample {
  static final long SEED = 20261207L;
  static final int MIN_BODY_CHARS = 300;
  private static final Map<ArchiveArticles.Corpus, Integer> PER_CORPUS =
      Map.of(ArchiveArticles.Corpus.SNN, 60, ArchiveArticles.Corpus.ANT2, 60, ArchiveArticles.Corpus.ANT1, 40);

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: LabelSample DATA_DIR SAMPLE_TSV TEXT_DIR   (e.g. ../shared/data eval-labels/sample.tsv target/eval/label-texts)");
      System.exit(2);
    }
    Map<ArchiveArticles.Corpus, List<ArchiveArticles.Article>> eligible = new EnumMap<>(ArchiveArticles.Corpus.class);
    new ArchiveArticles(Path.of(args[0])).read(List.of(ArchiveArticles.Corpus.values()), article -> {
      if (article.clean().body().length() >= MIN_BODY_CHARS) {
        eligible.computeIfAbsent(ArchiveArticles.Corpus.valueOf(article.corpus().toUpperCase(java.util.Locale.ROOT)), c -> new ArrayList<>()).add(article);
      }
    });
    List<String> rows = new ArrayList<>();
    rows.add("# The labelled sample: " + PER_CORPUS + " articles drawn by LabelSample (seed " + SEED + ", clean body >= "
        + MIN_BODY_CHARS + " characters), each put in a half at random before it was read.");
    rows.add("# Columns: corpus, article id, half (tuning | heldout).");
    Path texts = Path.of(args[2]);
    Files.createDirectories(texts);
    int n = 0;
    for (ArchiveArticles.Corpus corpus : ArchiveArticles.Corpus.values()) {
      List<ArchiveArticles.Article> pool = eligible.get(corpus);
      Random random = new Random(SEED + corpus.ordinal());
      Collections.shuffle(pool, random);
      List<ArchiveArticles.Article> drawn = new ArrayList<>(pool.subList(0, PER_CORPUS.get(corpus)));
      List<Boolean> halves = new ArrayList<>();
      for (int i = 0; i < drawn.size(); i++) {
        halves.add(i % 2 == 0);
      }
      Collections.shuffle(halves, random);
      for (int i = 0; i < drawn.size(); i++) {
        ArchiveArticles.Article a = drawn.get(i);
        String half = halves.get(i) ? "tuning" : "heldout";
        rows.add(a.key() + "\t" + half);
        n++;
        String text = "corpus: " + a.corpus() + "\nid: " + a.id() + "\nhalf: " + half + "\ndate: " + a.clean().publishedAt()
            + "\nsource: " + a.clean().source() + "\nchars: " + a.clean().body().length()
            + "\n\nTITLE: " + a.clean().title() + "\n\n" + a.clean().body() + "\n";
        Files.writeString(texts.resolve(String.format("%s-%s-%03d.txt", half, a.corpus(), i)), text, StandardCharsets.UTF_8);
      }
      System.out.println(corpus.code + ": " + drawn.size() + " of " + pool.size() + " eligible articles");
    }
    Files.write(Path.of(args[1]), rows, StandardCharsets.UTF_8);
    System.out.println(n + " articles → " + args[1] + ", texts in " + texts);
  }
}
