package org.fahras.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fahras.analysis.TextForm;
import org.fahras.lucene.Fields;
import org.fahras.model.RawDocument;
import org.fahras.search.SearchRequest;

/**
 * The benchmark's queries, sampled (seeded) from the real articles of the corpus: half are 1–6
 * consecutive words of a title, half a quoted phrase of 2–4 words of a body paragraph; a quarter
 * filter on the source of the article they came from; most search the stemmed form, some the
 * normalised or exact form. Each asks for 20 hits and the 3 entity facets, as the page does.
 */
public final class QuerySet {
  public static final int PER_PAGE = 20;
  public static final List<String> FACETS = List.of(Fields.COUNTRY, Fields.OFFICIAL, Fields.TOPIC);
  private static final TextForm[] MODES = {TextForm.STEMMED, TextForm.STEMMED, TextForm.STEMMED, TextForm.NORMALIZED, TextForm.EXACT};

  private QuerySet() {}

  /** {@code count} requests with snippets; {@link SearchRequest#snippets()} can be turned off per use. */
  public static List<SearchRequest> sample(BenchCorpus corpus, int count, long seed) {
    Random random = new Random(seed);
    List<SearchRequest> queries = new ArrayList<>(count);
    while (queries.size() < count) {
      RawDocument doc = corpus.articles().get(random.nextInt(corpus.real()));
      boolean phrase = random.nextBoolean();
      List<String> words = phrase ? words(randomParagraph(doc, random)) : words(doc.metadata().getOrDefault("title", ""));
      int length = phrase ? 2 + random.nextInt(3) : 1 + random.nextInt(6);
      if (words.size() < length) {
        continue;
      }
      int from = random.nextInt(words.size() - length + 1);
      String text = String.join(" ", words.subList(from, from + length));
      String source = doc.metadata().getOrDefault("source", "");
      Map<String, List<String>> filters =
          random.nextInt(4) == 0 && !source.isEmpty() ? Map.of(Fields.SOURCE, List.of(source)) : Map.of();
      queries.add(
          new SearchRequest(phrase ? '"' + text + '"' : text, MODES[random.nextInt(MODES.length)], SearchRequest.Operator.AND, filters, Map.of(),
              null, null, SearchRequest.SortOrder.RELEVANCE, 1, PER_PAGE, FACETS, 10, Map.of(), true, 160));
    }
    return queries;
  }

  private static String randomParagraph(RawDocument doc, Random random) {
    String[] paragraphs = BenchCorpus.body(doc).split("\n");
    return paragraphs[random.nextInt(paragraphs.length)];
  }

  /** Whitespace-separated words made of letters and digits only, so no query syntax slips in. */
  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+"))
        .filter(w -> !w.isEmpty() && w.codePoints().allMatch(Character::isLetterOrDigit))
        .toList();
  }
}
