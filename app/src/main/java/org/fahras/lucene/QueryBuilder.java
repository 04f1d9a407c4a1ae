package org.fahras.lucene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.fahras.analysis.TextForm;
import org.fahras.search.SearchRequest.Operator;

/**
 * Turns the user's query text into a Lucene query over title and body in the requested form.
 *
 * <p>How many words must match: {@code operator=and} every word, {@code operator=or} any word, and
 * by default ({@code auto}) every word of one or two, two of three, and a quarter of more: a few
 * precise words mean each of them, a pasted headline is written with words its article need not
 * repeat ({@link #minimumShouldMatch}). A query written with Boolean operators is read as written,
 * every word required. Where not every word is required (a headline), an article with most of the
 * words (all of three, half of more) ranks above one with a few of them; quoted phrases count as
 * their words and add score where they match as written, so a headline quoting «الطرد المريب»
 * still finds the article that writes طرد مثير للريبة; a word searches its nisba adjective too, and
 * an adjective its noun (الجزائر finds الجزائرية, the headline's التونسية finds تونس), with less
 * weight; and the words are searched in title and body only: the officials' name skeletons, which
 * find a name in any spelling, match words of a long query that are no name (docs/EVALUATION.md,
 * news known-item search).
 *
 * <p>In stemmed mode the normalised form adds score, so an article that writes the searched word
 * (up to hamza, diacritics and ta marbuta) ranks above one that has only its stem. Text that
 * Lucene's syntax rejects (an unbalanced quote or bracket) is searched again as plain words, and
 * the result says so.
 */
public final class QueryBuilder {
  /** Title words matter more than body words. */
  private static final float TITLE_BOOST = 2f;
  /**
   * Weight of a match in the normalised form on top of the stem form's score in stemmed mode;
   * chosen on XQuAD and the training half of ARCD's questions (docs/EVALUATION.md).
   */
  public static final float STRICTER_FORM_BOOST = 0.3f;
  /** Up to this many words, the default requires every one; of one more, every one but one. */
  static final int ALL_WORDS_UP_TO = 2;
  /**
   * Past {@code ALL_WORDS_UP_TO + 1}, the share of the words the default requires: a headline's
   * article often repeats few of its words, so requiring more loses articles (docs/EVALUATION.md).
   */
  static final float MOST_WORDS = 0.25f;
  /**
   * Weight of the clause that a loose query's article matches with most of its words (all of
   * three, half of more), over the words' own score: more of a headline's words, higher.
   */
  static final float MOST_WORDS_BOOST = 0.5f;
  /** Weight of a stem's nisba partners (تونس, تونسي) in a loose query, against the stem's own 1. */
  static final float NISBA_PARTNER_BOOST = 0.5f;
  /** Weight of a quoted phrase found as written, over its words. */
  static final float PHRASE_BOOST = 1f;

  /** Operator words, dropped when a query is searched again as plain words. */
  private static final Pattern OPERATORS = Pattern.compile("\\b(?:AND|OR|NOT)\\b|&&|\\|\\|");
  private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");
  /** The article, alone or after a clitic, that a stemmed term never starts with. */
  private static final Pattern ARTICLE = Pattern.compile("^(?:[وف]?(?:[بك]?ال|لل))(?=..)");
  /** Field names a query may write before a colon (title:داعش). */
  private static final Set<String> FIELD_NAMES = Set.copyOf(Fields.TEXT);
  /** The fields a query searches where not every word is required. */
  private static final List<String> HEADLINE_FIELDS = List.of(Fields.TITLE, Fields.BODY);

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

  /**
   * The built query, the analysed terms of the searched form, how it joined the words, and a
   * warning if we fell back.
   *
   * @param operator {@code and} or {@code or}, as applied
   * @param minimumShouldMatch how many of the query's words an article had to have (0: any)
   */
  public record Built(Query query, List<String> analyzedTerms, String operator, int minimumShouldMatch, String warning) {}

  /**
   * How many of a query's {@code words} (after stopwords) the default requires: all of a short
   * query, a share of a long one, at least one.
   */
  public static int minimumShouldMatch(int words) {
    if (words <= ALL_WORDS_UP_TO) {
      return words;
    }
    return words == ALL_WORDS_UP_TO + 1 ? words - 1 : Math.max(1, (int) (words * MOST_WORDS));
  }

  /** How many words a loose query's article must have for the most-words clause to add score. */
  static int mostWords(int words) {
    return words <= ALL_WORDS_UP_TO + 1 ? words : Math.max(2, (words + 1) / 2);
  }

  public Built build(String text, TextForm mode, Operator operator) {
    String prepared = QueryText.prepare(text, FIELD_NAMES);
    if (prepared.isEmpty()) {
      return new Built(new MatchAllDocsQuery(), List.of(), "and", 0, null);
    }
    String warning = null;
    Shaped shaped;
    try {
      if (nesting(prepared) > MAX_NESTING) {
        throw new ParseException("brackets nested deeper than " + MAX_NESTING);
      }
      shaped = shape(prepared, mode, operator);
    } catch (ParseException e) {
      prepared = QueryParserBase.escape(OPERATORS.matcher(prepared).replaceAll(" ").strip());
      warning = "the query syntax was not understood, so it was searched as plain words";
      try {
        shaped = shape(prepared, mode, operator == Operator.AND ? Operator.AND : Operator.OR);
      } catch (ParseException unexpected) {
        shaped = new Shaped(new BooleanQuery.Builder().build(), false, "or", 0, Set.of());
      }
    }
    Set<String> partners = shaped.partners();
    List<String> terms = termsOf(shaped.query()).stream().filter(t -> !partners.contains(t)).toList();
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(shaped.query(), Occur.MUST);
    List<String> fields = shaped.loose() ? HEADLINE_FIELDS : Fields.TEXT;
    boolean boosted = false;
    if (shaped.loose()) {
      for (Query phrase : phrases(prepared, mode)) {
        query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
        boosted = true;
      }
    }
    for (TextForm stricter : stricterThan(mode)) {
      query.add(new BoostQuery(parseOrEmpty(prepared, stricter, rankingAnalyzer, fields), STRICTER_FORM_BOOST), Occur.SHOULD);
      boosted = true;
    }
    return new Built(boosted ? query.build() : shaped.query(), terms, shaped.operator(), shaped.minimum(), warning);
  }

  /**
   * The matching query: strict (every word, phrases as phrases) or loose (a minimum of the words,
   * phrases as their words, stems with their nisba partners, which are not listed as searched).
   */
  private record Shaped(Query query, boolean loose, String operator, int minimum, Set<String> partners) {}

  private Shaped shape(String prepared, TextForm mode, Operator operator) throws ParseException {
    if (operator == Operator.AND || operator == Operator.AUTO && QueryText.hasBooleanSyntax(prepared)) {
      return strict(prepared, mode);
    }
    Parsed words = parse(QueryText.withoutQuotes(prepared), mode, false, analyzer, HEADLINE_FIELDS, true);
    int count = words.shouldClauses();
    if (operator == Operator.AUTO && count <= ALL_WORDS_UP_TO) {
      return strict(prepared, mode);
    }
    int minimum = operator == Operator.OR ? 0 : minimumShouldMatch(count);
    Query matching = words.withMinimum(minimum);
    if (count > 2) {
      matching = new BooleanQuery.Builder()
          .add(matching, Occur.MUST)
          .add(new BoostQuery(words.withMinimum(mostWords(count)), MOST_WORDS_BOOST), Occur.SHOULD)
          .build();
    }
    return new Shaped(matching, true, minimum == 0 ? "or" : "and", minimum, words.partners());
  }

  private Shaped strict(String prepared, TextForm mode) throws ParseException {
    Parsed parsed = parse(prepared, mode, true, analyzer, Fields.TEXT);
    return new Shaped(parsed.query(), false, "and", parsed.wordClauses(), Set.of());
  }

  /**
   * A parsed query, and, when it is a list of clauses, that list; with the nisba partners it
   * searches that are none of its own words.
   */
  private record Parsed(Query query, List<BooleanClause> clauses, Set<String> partners) {
    int shouldClauses() {
      return clauses == null ? 1 : (int) clauses.stream().filter(c -> c.occur() == Occur.SHOULD).count();
    }

    /** The clauses that match words: required or optional, not excluded. */
    int wordClauses() {
      return clauses == null ? 1
          : (int) clauses.stream().filter(c -> c.occur() != Occur.MUST_NOT && !(c.query() instanceof MatchAllDocsQuery)).count();
    }

    Query withMinimum(int minimum) {
      if (clauses == null || minimum <= 1) {
        return query;
      }
      BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
      clauses.forEach(builder::add);
      return builder.build();
    }
  }

  private static Parsed parse(String text, TextForm form, boolean matchAll, Analyzer analyzer, List<String> searched)
      throws ParseException {
    return parse(text, form, matchAll, analyzer, searched, false);
  }

  /** @param nisbaPartners a stemmed word also searches its nisba partner ({@link Parser#newTermQuery}) */
  private static Parsed parse(String text, TextForm form, boolean matchAll, Analyzer analyzer, List<String> searched, boolean nisbaPartners)
      throws ParseException {
    String[] fields = searched.stream().map(f -> Fields.inForm(f, form)).toArray(String[]::new);
    Map<String, Float> boosts = new HashMap<>();
    boosts.put(Fields.inForm(Fields.TITLE, form), TITLE_BOOST);
    Parser parser = new Parser(fields, analyzer, boosts, form, nisbaPartners && form == TextForm.STEMMED);
    parser.setDefaultOperator(matchAll ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    // wildcards and fuzzy terms match a filtered term set, never a Boolean query per term
    parser.setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    parser.setSplitOnWhitespace(true);
    Query query;
    try {
      query = parser.parse(text);
    } catch (IllegalArgumentException badRegularExpression) { // "[ا" fails past the parser
      throw new ParseException(badRegularExpression.getMessage());
    }
    // A query made only of stopwords analyses to nothing; it matches nothing rather than erroring.
    if (query == null) {
      return new Parsed(new BooleanQuery.Builder().build(), List.of(), Set.of());
    }
    return new Parsed(query, query == parser.lastBoolean ? parser.lastClauses : null, parser.partnersOnly());
  }

  /**
   * The classic parser with four changes: a list of clauses that only exclude (-أوكرانيا) means
   * everything but them; in the stemmed form, whose terms never begin with the article, a
   * wildcard written after it (الإرهاب*) also searches the word without it; where asked, a stem
   * also searches its nisba partner; and it remembers the last list of clauses it built, which is
   * the top level when the query has several.
   */
  private static final class Parser extends MultiFieldQueryParser {
    private final TextForm form;
    private final boolean nisbaPartners;
    private final Set<String> ownTerms = new HashSet<>();
    private final Set<String> partners = new HashSet<>();
    private Query lastBoolean;
    private List<BooleanClause> lastClauses;

    Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, TextForm form, boolean nisbaPartners) {
      super(fields, analyzer, boosts);
      this.form = form;
      this.nisbaPartners = nisbaPartners;
    }

    /**
     * The stemmer keeps a nisba adjective apart from its noun (تونسي, تونس), which a name search
     * needs (الطرابلسي is no طرابلس); a headline's words are looser: its الجزائر is the article's
     * الجزائرية as often as not. The partners are searched as synonyms of the stem, with less weight.
     */
    @Override
    protected Query newTermQuery(Term term, float boost) {
      ownTerms.add(term.text());
      List<String> partnersOf = nisbaPartners ? NisbaPartner.of(term.text()) : List.of();
      if (partnersOf.isEmpty()) {
        return super.newTermQuery(term, boost);
      }
      partners.addAll(partnersOf);
      SynonymQuery.Builder builder = new SynonymQuery.Builder(term.field()).addTerm(term);
      partnersOf.forEach(partner -> builder.addTerm(new Term(term.field(), partner), NISBA_PARTNER_BOOST));
      Query synonyms = builder.build();
      return boost == 1f ? synonyms : new BoostQuery(synonyms, boost);
    }

    Set<String> partnersOnly() {
      Set<String> only = new HashSet<>(partners);
      only.removeAll(ownTerms);
      return only;
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
      List<BooleanClause> all = new ArrayList<>(clauses);
      if (!all.isEmpty() && all.stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
        all.add(new BooleanClause(new MatchAllDocsQuery(), Occur.MUST));
      }
      lastBoolean = super.getBooleanQuery(all);
      lastClauses = all;
      return lastBoolean;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      Query written = super.getPrefixQuery(field, termStr);
      String bare = withoutArticle(field, termStr);
      return bare == null || written == null ? written : either(written, super.getPrefixQuery(field, bare));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      Query written = super.getWildcardQuery(field, termStr);
      String bare = withoutArticle(field, termStr);
      return bare == null || written == null ? written : either(written, super.getWildcardQuery(field, bare));
    }

    private String withoutArticle(String field, String termStr) {
      if (field == null || form != TextForm.STEMMED) {
        return null;
      }
      String normalized = getAnalyzer().normalize(field, termStr).utf8ToString();
      Matcher article = ARTICLE.matcher(normalized);
      return article.find() ? normalized.substring(article.end()) : null;
    }

    private static Query either(Query a, Query b) {
      return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }
  }

  /** The quoted phrases of a query, each as a phrase over title and body. */
  private List<Query> phrases(String prepared, TextForm mode) {
    List<Query> out = new ArrayList<>();
    Matcher phrase = PHRASE.matcher(prepared);
    while (phrase.find()) {
      if (phrase.group(1).strip().indexOf(' ') > 0) {
        out.add(parseOrEmpty('"' + phrase.group(1) + '"', mode, analyzer, HEADLINE_FIELDS));
      }
    }
    return out;
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

  /** Parses text that only adds score, as any of its words; an analysis failure matches nothing. */
  private static Query parseOrEmpty(String text, TextForm form, Analyzer analyzer, List<String> fields) {
    try {
      return parse(text, form, false, analyzer, fields).query();
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
