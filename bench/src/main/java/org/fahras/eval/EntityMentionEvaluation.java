package org.fahras.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.CountryGazetteer;
import org.fahras.extract.OfficialFinder;

/**
 * Mention-level precision and recall of the extractor against NewsFANE Gold (ANERcorp newswire
 * annotated with fine-grained classes): our country names against {@code Nation}, our officials'
 * names against {@code Politician}.
 *
 * <p>The file has one token per line with IOB tags; tokens carry a U+200E mark (stripped here), the
 * conjunction و is a token of its own and alefs are folded, as our normaliser folds them too. The
 * tokens of a window of sentences are joined by spaces (the corpus has no document breaks; a
 * window gives the bare-surname rule its earlier full name) and each of our mentions is mapped
 * back to the tokens it covers. A mention is right when its tokens are exactly a gold mention's
 * ("exact"), or when it shares a token with one ("overlap"). Nationality adjectives and capitals
 * are reported apart: the gold tags them as other classes or not at all ("الامريكية" is O).
 *
 * <p>Usage: {@code EntityMentionEvaluation DATA_DIR [--errors]}; {@code --errors} lists every
 * mention found by one side only, with its context and gold tag, to see what to improve.
 */
public final class EntityMentionEvaluation {
  /** Sentences per window of text given to the extractor. */
  private static final int WINDOW = 20;

  /** A mention as a range of token indices, end exclusive. */
  record Span(int start, int end) {
    boolean overlaps(Span other) {
      return start < other.end && other.start < end;
    }
  }

  /** Counts of one comparison. */
  static final class Score {
    int predicted;
    int gold;
    int exactRight;
    int overlapRight;
    int goldFoundExact;
    int goldFoundOverlap;

    void add(List<Span> ours, List<Span> theirs) {
      predicted += ours.size();
      gold += theirs.size();
      exactRight += exact(ours, theirs);
      overlapRight += overlapping(ours, theirs);
      goldFoundExact += exact(theirs, ours);
      goldFoundOverlap += overlapping(theirs, ours);
    }

    /** How many of {@code spans} are also in {@code others}. */
    private static int exact(List<Span> spans, List<Span> others) {
      Set<Span> set = new HashSet<>(others);
      return (int) spans.stream().filter(set::contains).count();
    }

    /** How many of {@code spans} share a token with one of {@code others}. */
    private static int overlapping(List<Span> spans, List<Span> others) {
      return (int) spans.stream().filter(span -> others.stream().anyMatch(span::overlaps)).count();
    }
  }

  private record Token(String text, String tag) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EntityMentionEvaluation DATA_DIR [--errors] [--article-counts FILE]"
          + "   (e.g. ../shared/data --article-counts target/eval/article-counts.tsv)");
      System.exit(2);
    }
    Path file = Path.of(args[0], "newsfane-gold", "NewsFANE_Gold_2014_170K.txt");
    boolean showErrors = List.of(args).contains("--errors");
    ConfigFiles config = ConfigFiles.defaults();
    CountryGazetteer countries = CountryGazetteer.load(config);
    OfficialFinder officials = OfficialFinder.load(config, countries, EvaluationResources.withCountsOption(args));

    List<List<Token>> sentences = sentences(file);
    Score nation = new Score();
    Score politician = new Score();
    Map<CountryGazetteer.Kind, int[]> otherKinds = new EnumMap<>(CountryGazetteer.Kind.class); // rows in a fixed order, to compare runs
    for (int from = 0; from < sentences.size(); from += WINDOW) {
      List<Token> tokens = new ArrayList<>();
      for (List<Token> sentence : sentences.subList(from, Math.min(sentences.size(), from + WINDOW))) {
        tokens.addAll(sentence);
      }
      StringBuilder text = new StringBuilder();
      int[] tokenAt = new int[tokens.stream().mapToInt(t -> t.text().length() + 1).sum() + 1];
      for (int t = 0; t < tokens.size(); t++) {
        for (int c = 0; c <= tokens.get(t).text().length(); c++) {
          tokenAt[text.length() + c] = t;
        }
        text.append(tokens.get(t).text()).append(' ');
      }
      List<Span> ourNations = new ArrayList<>();
      for (CountryGazetteer.Mention m : countries.mentions(text.toString())) {
        Span span = new Span(tokenAt[m.start()], tokenAt[m.end() - 1] + 1);
        if (m.kind() == CountryGazetteer.Kind.NAME) {
          ourNations.add(span);
        } else {
          int[] counts = otherKinds.computeIfAbsent(m.kind(), k -> new int[2]);
          counts[0]++;
          if (gold(tokens, "Nation").stream().anyMatch(span::overlaps)) {
            counts[1]++;
          }
        }
      }
      nation.add(ourNations, gold(tokens, "Nation"));
      if (showErrors) {
        printErrors("Nation", tokens, ourNations, gold(tokens, "Nation"), Map.of());
      }
      List<Span> ourPoliticians = new ArrayList<>();
      Map<Span, String> ids = new HashMap<>();
      for (OfficialFinder.Mention m : officials.mentions(text.toString())) {
        Span span = new Span(tokenAt[m.start()], tokenAt[m.end() - 1] + 1);
        ourPoliticians.add(span);
        ids.put(span, m.id());
      }
      politician.add(ourPoliticians, gold(tokens, "Politician"));
      if (showErrors) {
        printErrors("Politician", tokens, ourPoliticians, gold(tokens, "Politician"), ids);
      }
    }

    System.out.println("### NewsFANE Gold: mention level (" + sentences.size() + " sentences)");
    System.out.println();
    System.out.println("| ours | gold class | ours | gold | P exact | R exact | P overlap | R overlap |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    row("country names", "Nation", nation);
    row("official names", "Politician", politician);
    System.out.println();
    System.out.println("| ours, not compared | mentions | share overlapping a Nation mention |");
    System.out.println("|---|---|---|");
    otherKinds.forEach((kind, c) -> System.out.printf(Locale.ROOT, "| country %s | %d | %.3f |%n",
        kind.name().toLowerCase(Locale.ROOT), c[0], c[0] == 0 ? 0 : (double) c[1] / c[0]));
  }

  private static void printErrors(String type, List<Token> tokens, List<Span> ours, List<Span> theirs, Map<Span, String> ids) {
    for (Span span : ours) {
      if (!theirs.contains(span)) {
        System.out.println("FP " + type + "\t" + words(tokens, span) + "\t" + tokens.get(span.start()).tag() + "\t" + context(tokens, span)
            + "\t" + ids.getOrDefault(span, ""));
      }
    }
    for (Span span : theirs) {
      if (!ours.contains(span)) {
        System.out.println("FN " + type + "\t" + words(tokens, span) + "\t" + context(tokens, span));
      }
    }
  }

  private static String words(List<Token> tokens, Span span) {
    return String.join(" ", tokens.subList(span.start(), span.end()).stream().map(Token::text).toList());
  }

  private static String context(List<Token> tokens, Span span) {
    return words(tokens, new Span(Math.max(0, span.start() - 5), Math.min(tokens.size(), span.end() + 5)));
  }

  private static void row(String ours, String gold, Score s) {
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", ours, gold, s.predicted, s.gold,
        ratio(s.exactRight, s.predicted), ratio(s.goldFoundExact, s.gold),
        ratio(s.overlapRight, s.predicted), ratio(s.goldFoundOverlap, s.gold));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The gold mentions of a class: a B- tag and the I- tags that follow it. */
  static List<Span> gold(List<Token> tokens, String type) {
    List<Span> spans = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).tag().equals("B-" + type)) {
        int end = t + 1;
        while (end < tokens.size() && tokens.get(end).tag().equals("I-" + type)) {
          end++;
        }
        spans.add(new Span(t, end));
      }
    }
    return spans;
  }

  private static List<List<Token>> sentences(Path file) throws IOException {
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.replace("\uFEFF", "").replace("\u200E", "").replace("\r", "");
      int tab = line.indexOf('\t');
      if (line.isBlank() || tab < 0) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
        continue;
      }
      String text = line.substring(0, tab).strip();
      if (!text.isEmpty()) {
        sentence.add(new Token(text, line.substring(tab + 1).strip()));
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return sentences;
  }
}
