package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Fahras's analyser for one {@link TextForm}. Every form uses the same tokenizer, so highlights land
 * on the same words in every form (a joined compound name is two words in the forgiving forms, so
 * their positions differ by one after it):
 *
 * <pre>
 * EXACT       StandardTokenizer → lower case
 * NORMALIZED  StandardTokenizer → compound names split → Arabic normalisation (which lower-cases
 *             too) → Latin accent folding
 * STEMMED     StandardTokenizer → stopwords as written → compound names split → normalisation
 *             → Latin folding → stopwords → proclitics → name variants → suffixes
 * </pre>
 *
 * The same chain can be rebuilt by name with Lucene's {@code CustomAnalyzer} from the factories
 * registered in {@code META-INF/services} (see {@code AnalysisFactoriesTest}).
 */
public final class FahrasAnalyzer extends Analyzer {
  private final TextForm form;
  private final AnalysisResources resources;
  private final ArabicLightStemmer stemmer;
  private final boolean dropStopwords;

  /** The analyser of a form as it is indexed: only the stemmed form drops stopwords. */
  public FahrasAnalyzer(TextForm form, AnalysisResources resources) {
    this(form, resources, form == TextForm.STEMMED);
  }

  /**
   * @param dropStopwords also drop stopwords from the exact or normalised form: for the query
   *     clauses that only add score, where a matched "من" or "في" would be noise
   */
  public FahrasAnalyzer(TextForm form, AnalysisResources resources, boolean dropStopwords) {
    // a stream per field: the indexing pipeline holds an article's title and body streams at once
    super(PER_FIELD_REUSE_STRATEGY);
    this.form = form;
    this.resources = resources;
    this.stemmer = new ArabicLightStemmer(resources.protectedWords(), resources.articleCounts());
    this.dropStopwords = dropStopwords;
  }

  public TextForm form() {
    return form;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = source;
    if (dropStopwords) {
      stream = new StopFilter(stream, resources.writtenStopwords()); // على before it becomes علي
    }
    // the normaliser lower-cases as it folds (BMP letters; none beyond it has case in news), so
    // the other forms skip a LowerCaseFilter pass
    if (form != TextForm.EXACT && !resources.compoundNames().isEmpty()) {
      stream = new CompoundNameFilter(stream, resources.compoundNames());
    }
    stream = form == TextForm.EXACT ? new LowerCaseFilter(stream) : new LatinFoldingFilter(new ArabicNormalizationFilter(stream));
    if (dropStopwords) {
      stream = new StopFilter(stream, resources.stopwords());
    }
    if (form == TextForm.STEMMED) {
      stream = new ArabicProcliticFilter(stream, stemmer);
      stream = new NameVariantFilter(stream, resources.variants());
      stream = new ArabicSuffixFilter(stream, stemmer);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return form == TextForm.EXACT ? new LowerCaseFilter(in) : new LatinFoldingFilter(new ArabicNormalizationFilter(in));
  }
}
