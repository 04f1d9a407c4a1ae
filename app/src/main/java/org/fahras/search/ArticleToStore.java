package org.fahras.search;

import org.apache.lucene.analysis.TokenStream;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;

/**
 * An article as the pipeline hands it to an {@link ArticleStore}: the clean text and the entities
 * found in it.
 *
 * @param contentHash a hash of the input and the configuration the article was made from, kept
 *     with it so that a later run can leave an unchanged article alone; null for none
 * @param titleStems the stemmed title ({@code FahrasAnalyzer}'s stemmed form) as the pipeline
 *     analysed it for the extraction, replayable; a store that indexes that form may take it instead
 *     of analysing the title again, one that analyses elsewhere ignores it; null when not analysed
 * @param bodyStems the same for the body
 */
public record ArticleToStore(CleanArticle article, Entities entities, String contentHash, TokenStream titleStems, TokenStream bodyStems) {
  /** An article without a content hash or analysed text. */
  public ArticleToStore(CleanArticle article, Entities entities) {
    this(article, entities, null, null, null);
  }
}
