package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Marks the words whose أل, إل or آل is written with a hamza, before normalisation folds it away:
 * the article is never written so, so in ألمانيا, ألعاب, إلغاء or آلاف (and وألمانيا, لألعاب) those
 * letters belong to the word, and {@link ArabicProcliticFilter} leaves them on. The mark is the
 * {@link #NOT_ARTICLE} bit of the token's {@link FlagsAttribute}; the text is unchanged.
 */
public final class HamzaArticleFilter extends TokenFilter {
  /** The flag bit this filter sets. */
  public static final int NOT_ARTICLE = 1 << 4;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

  public HamzaArticleFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (hamzaArticle(term.buffer(), term.length())) {
      flags.setFlags(flags.getFlags() | NOT_ARTICLE);
    }
    return true;
  }

  /** أل/إل/آل at the start, after at most a و/ف and a ب/ك/ل, with two letters or more after it. */
  static boolean hamzaArticle(char[] s, int len) {
    int i = 0;
    if (i < len && (s[i] == 'و' || s[i] == 'ف')) {
      i++;
    }
    if (i < len && (s[i] == 'ب' || s[i] == 'ك' || s[i] == 'ل')) {
      i++;
    }
    return len - i >= 4 && (s[i] == 'أ' || s[i] == 'إ' || s[i] == 'آ') && s[i + 1] == 'ل';
  }
}
