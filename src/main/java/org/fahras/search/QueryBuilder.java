package org.fahras.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.fahras.analysis.TextForm;
import org.fahras.index.Fields;

/**
 * Turns the user's query text into a Lucene query over title and body in the requested form. In
 * stemmed mode the normalised form adds score, so an article that writes the searched word (up to
 * hamza, diacritics and ta marbuta) ranks above one that has only its stem. Text that Lucene's syntax rejects (an unbalanced quote or
 * bracket) is searched again as plain words, and the result says so.
 */
public final class QueryBuilder {
  /** Title words matter more than body words. */
  private static final float TITLE_BOOST = 2f;
  /**
   * Weight of a match in the normalised form on top of the stem form's score in stemmed mode;
   * chosen on XQuAD and the training half of ARCD's questions (docs/EVALUATION.md).
   */
  public static final float STRICTER_FORM_BOOST = 0.3f;

  /** Operator words, dropped when a query is searched again as plain words. */
  private static final Pattern OPERATORS = Pattern.compile("\\b(?:AND|OR|NOT)\\b|&&|\\|\\|");

  /** Deeper bracket nesting is searched as plain words: nobody means it, and it costs stack. */
  private static final int MAX_NESTING = 10;

  private final Analyzer analyzer;
  private final Analyzer rankingAnalyzer;

  /**
   * @param analyzer the index's analyser
   * @param rankingAnalyzer the analyser of the clauses that only add score (no stopwords)
   */
  public QueryBuilder(Analyzer analyzer, Analyzer rankingAnalyzer) {
    this.analyzer = analyzer;
    this.rankingAnalyzer = rankingAnalyzer;
  }

  /** The built query, the analysed terms of the searched form, and a warning if we fell back. */
  public record Built(Query query, List<String> analyzedTerms, String warning) {}

  public Built build(String text, TextForm mode, boolean matchAll) {
    String prepared = QueryText.prepare(text);
    if (prepared.isEmpty()) {
      return new Built(new MatchAllDocsQuery(), List.of(), null);
    }
    String warning = null;
    Query main;
    try {
      if (nesting(prepared) > MAX_NESTING) {
        throw new ParseException("brackets nested deeper than " + MAX_NESTING);
      }
      main = parse(prepared, mode, matchAll, analyzer);
    } catch (ParseException e) {
      prepared = QueryParserBase.escape(OPERATORS.matcher(prepared).replaceAll(" ").strip());
      warning = "the query syntax was not understood, so it was searched as plain words";
      main = parseOrEmpty(prepared, mode, matchAll, analyzer);
    }
    List<String> terms = termsOf(main);
    if (stricterThan(mode).isEmpty()) {
      return new Built(main, terms, warning);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(main, Occur.MUST);
    for (TextForm stricter : stricterThan(mode)) {
      query.add(new BoostQuery(parseOrEmpty(prepared, stricter, false, rankingAnalyzer), STRICTER_FORM_BOOST), Occur.SHOULD);
    }
    return new Built(query.build(), terms, warning);
  }

  private static Query parse(String text, TextForm form, boolean matchAll, Analyzer analyzer) throws ParseException {
    String[] fields = Fields.TEXT.stream().map(f -> Fields.inForm(f, form)).toArray(String[]::new);
    Map<String, Float> boosts = new HashMap<>();
    boosts.put(Fields.inForm(Fields.TITLE, form), TITLE_BOOST);
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
    parser.setDefaultOperator(matchAll ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    // wildcards and fuzzy terms match a filtered term set, never a Boolean query per term
    parser.setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    parser.setSplitOnWhitespace(true);
    Query query;
    try {
      query = parser.parse(text);
    } catch (IllegalArgumentException badRegularExpression) { // "/[ا/" fails past the parser
      throw new ParseException(badRegularExpression.getMessage());
    }
    // A query made only of stopwords analyses to nothing; it matches nothing rather than erroring.
    return query == null ? new BooleanQuery.Builder().build() : query;
  }

  /** How deep brackets nest: the query parser recurses once per level. */
  private static int nesting(String text) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  /** Parses text that is known to be well-formed (or escaped); an analysis failure matches nothing. */
  private static Query parseOrEmpty(String text, TextForm form, boolean matchAll, Analyzer analyzer) {
    try {
      return parse(text, form, matchAll, analyzer);
    } catch (ParseException e) {
      return new BooleanQuery.Builder().build();
    }
  }

  /**
   * The forms whose matches add score in a mode: in stemmed mode the normalised form. The exact
   * form adds nothing: it differs from the normalised one only by hamza, diacritics, ة/ه and ى/ي,
   * which writers set by habit, not by meaning; rewarding them ranked a text that vowels a name
   * (عُمر المُختار) below one that does not.
   */
  public static List<TextForm> stricterThan(TextForm mode) {
    return mode == TextForm.STEMMED ? List.of(TextForm.NORMALIZED) : List.of();
  }

  /** The distinct term texts of a query, in order, as the journalist's "what was searched". */
  private static List<String> termsOf(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    return terms.stream().map(Term::text).distinct().toList();
  }
}
