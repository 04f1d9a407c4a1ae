package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyser of officials' names in their searchable form: StandardTokenizer → stopwords as
 * written → lower case →
 * {@code fahrasArabicNormalization} → {@code fahrasLatinFolding} → stopwords → {@code
 * fahrasNameSkeleton}. The same at index and query time, so any transliteration of a name meets
 * the others. Stopwords go as in the stemmed form of title and body, which a query searches
 * alongside: a word dropped there but kept here would have to match a name.
 */
public final class NameAnalyzer extends Analyzer {
  private final CharArraySet stopwords;
  private final CharArraySet writtenStopwords;

  /**
   * @param stopwords matched after normalisation
   * @param writtenStopwords matched as written, before normalisation makes على the name علي
   */
  public NameAnalyzer(CharArraySet stopwords, CharArraySet writtenStopwords) {
    this.stopwords = stopwords;
    this.writtenStopwords = writtenStopwords;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream written = new StopFilter(source, writtenStopwords);
    TokenStream stream = new LatinFoldingFilter(new ArabicNormalizationFilter(new LowerCaseFilter(written)));
    return new TokenStreamComponents(source, new NameSkeletonFilter(new StopFilter(stream, stopwords)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LatinFoldingFilter(new ArabicNormalizationFilter(new LowerCaseFilter(in)));
  }
}
