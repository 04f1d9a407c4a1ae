package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Fahras's analyser for one {@link TextForm}: the same tokenizer for every form, so that the
 * positions and offsets of the three indexed forms line up and highlights land on the same words.
 */
public final class FahrasAnalyzer extends Analyzer {
  private final TextForm form;
  private final AnalysisResources resources;

  public FahrasAnalyzer(TextForm form, AnalysisResources resources) {
    this.form = form;
    this.resources = resources;
  }

  public TextForm form() {
    return form;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    if (form != TextForm.EXACT) {
      stream = new ArabicNormalizationFilter(stream);
    }
    if (form == TextForm.STEMMED) {
      stream = new StopFilter(stream, resources.stopwords());
      stream = new ArabicStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return form == TextForm.EXACT ? stream : new ArabicNormalizationFilter(stream);
  }
}
