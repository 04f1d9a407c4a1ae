package org.fahras.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.fahras.search.DocumentView.Related;
import org.fahras.search.SearchResponse;

/**
 * A document's related articles: Lucene's {@link MoreLikeThis} over the stemmed title and body
 * (the stored text analysed again, its most telling terms as a query), the document itself left
 * out.
 */
final class RelatedArticles {
  static final int SHOWN = 5;
  private static final int QUERY_TERMS = 25;

  private RelatedArticles() {}

  static List<Related> of(IndexSearcher searcher, Analyzer analyzer, Document doc) throws IOException {
    MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
    like.setAnalyzer(analyzer);
    like.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
    like.setMinTermFreq(1);
    like.setMinDocFreq(2);
    like.setMaxQueryTerms(QUERY_TERMS);
    // the stored text the caller read, not read again by MoreLikeThis
    Query terms = like.like(Map.of(Fields.TITLE, List.of(SearchService.orEmpty(doc.get(Fields.TITLE))),
        Fields.BODY, List.of(SearchService.orEmpty(doc.get(Fields.BODY)))));
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.ID, doc.get(Fields.ID))), BooleanClause.Occur.MUST_NOT);
    StoredFields stored = searcher.storedFields();
    List<Related> related = new ArrayList<>(SHOWN);
    for (ScoreDoc hit : searcher.search(query.build(), SHOWN).scoreDocs) {
      Document found = stored.document(hit.doc, Set.of(Fields.ID, Fields.TITLE, Fields.BODY, Fields.SOURCE, Fields.PUBLISHED_AT));
      String title = found.get(Fields.TITLE);
      related.add(new Related(found.get(Fields.ID),
          title == null || title.isBlank() ? SearchResponse.opening(SearchService.orEmpty(found.get(Fields.BODY))) : title,
          SearchService.orEmpty(found.get(Fields.SOURCE)), SearchService.publishedAt(found)));
    }
    return related;
  }
}
