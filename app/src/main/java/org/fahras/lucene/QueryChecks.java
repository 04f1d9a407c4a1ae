package org.fahras.lucene;

import java.util.function.Supplier;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.fahras.search.InvalidQueryException;
import org.fahras.search.QueryTooComplexException;

/**
 * Refuses, before it runs, a built query that Lucene would fail on or that would spend its time
 * where the search deadline cannot stop it: a phrase on a field indexed without positions (an id,
 * the facet field), and a fuzzy term so long that building its automaton alone takes seconds.
 */
final class QueryChecks {
  /** Far above the longest Arabic word; the automaton's cost grows steeply with the term's length. */
  static final int MAX_FUZZY_LETTERS = 32;

  private QueryChecks() {}

  static void check(Query query, IndexReader reader) {
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        if ((leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) && terms.length > 0) {
          String field = terms[0].field();
          if (!hasPositions(reader, field)) {
            throw new InvalidQueryException("the field '" + field + "' cannot be searched for a phrase; search it for a single word");
          }
        }
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        if (leaf instanceof FuzzyQuery fuzzy && fuzzy.getTerm().text().codePointCount(0, fuzzy.getTerm().text().length()) > MAX_FUZZY_LETTERS) {
          throw new QueryTooComplexException(
              "a fuzzy term (~) may have at most " + MAX_FUZZY_LETTERS + " letters; search a shorter word");
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
  }

  /** A field that no document has cannot fail a phrase: it matches nothing. */
  private static boolean hasPositions(IndexReader reader, String field) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    return info == null || info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
  }
}
