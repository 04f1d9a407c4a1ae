package org.fahras.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchResponse.Snippet;

/**
 * Lucene's {@link UnifiedHighlighter} configured for our schema: a stored field is highlighted
 * with the query terms of the form that was searched (the stemmed field itself, or a masked
 * field: body.norm, body.exact), finding their offsets by analysing the stored text again with
 * that form's analyser (the index keeps no offsets), and its passages come back as {@link
 * Snippet}s. The normalised form's clause of stemmed mode only adds score: the words it
 * matches are matched by the searched form too, so one form's offsets mark them all. Words and
 * phrases are found by the highlighter's own term and strict-phrase matching, not by {@code
 * Weight.matches}, which builds an in-memory index and a weight of the whole query for every hit;
 * and a query without phrases is matched on the token stream itself, without the in-memory index
 * that only refines how passages are ranked (together a third of a search's CPU:
 * docs/BENCHMARKS.md). No length cap: a match deep in a long article still gets a snippet.
 */
final class Highlighter extends UnifiedHighlighter {
  private Map<Integer, Document> loaded = Map.of();

  private Highlighter(Builder builder) {
    super(builder);
  }

  /** Passages of about {@code passageLength} characters, broken at sentence ends ({@link SentenceEnds}). */
  static Highlighter passages(IndexSearcher searcher, Analyzer analyzer, TextForm mode, int passageLength) {
    return create(
        searcher,
        analyzer,
        mode,
        () -> LengthGoalBreakIterator.createClosestToLength(new SentenceEnds(), passageLength, 0.5f));
  }

  /** The whole field as one passage, for the document view's every-match offsets. */
  static Highlighter wholeField(IndexSearcher searcher, Analyzer analyzer, TextForm mode) {
    return create(searcher, analyzer, mode, WholeBreakIterator::new);
  }

  private static Highlighter create(IndexSearcher searcher, Analyzer analyzer, TextForm mode, Supplier<BreakIterator> breaks) {
    return new Highlighter(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withWeightMatches(false)
            .withPassageRelevancyOverSpeed(false)
            .withBreakIterator(breaks)
            .withMaskedFieldsFunc(field -> mode == TextForm.STEMMED ? Set.of() : Set.of(Fields.inForm(field, mode))));
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return new SnippetFormatter(field);
  }

  /**
   * Snippets per field, one array entry per doc id (null where the field has no text), from the
   * stored documents the caller loaded already for the hits: no second trip to the stored fields.
   */
  Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, Document[] documents, int[] maxPassages)
      throws IOException {
    loaded = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      loaded.put(docIds[i], documents[i]);
    }
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = loaded.get(doc);
      CharSequence[] perField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        perField[f] = String.join(String.valueOf(MULTIVAL_SEP_CHAR), document.getValues(fields[f]));
      }
      values.add(perField);
    }
    return values;
  }
}
