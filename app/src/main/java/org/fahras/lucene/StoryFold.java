package org.fahras.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.fahras.search.SearchResponse.Copies;

/**
 * One hit per story: a collapse of ranked hits over the story id's doc values ({@link
 * Fields#STORY}), keeping each story's best-ranked copy where it ranks, and the list of a shown
 * story's other copies.
 */
final class StoryFold {
  /** The copies a hit lists at most. */
  static final int LISTED = 50;

  /** A hit that stands for its story. */
  record First(ScoreDoc hit, String story) {}

  private StoryFold() {}

  /** The first hit of each story among {@code ranked}, in their order. */
  static List<First> firstOfEachStory(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Set<String> seen = new HashSet<>();
    List<First> firsts = new ArrayList<>();
    for (ScoreDoc hit : ranked) {
      String story = storyOf(leaves, hit.doc);
      if (seen.add(story)) {
        firsts.add(new First(hit, story));
      }
    }
    return firsts;
  }

  /** The other articles of {@code story} than {@code shownId}: how many, their sources and ids. */
  static Copies copies(IndexSearcher searcher, String story, String shownId) throws IOException {
    TopDocs all = searcher.search(new TermQuery(new Term(Fields.STORY, story)), LISTED + 1);
    StoredFields stored = searcher.storedFields();
    Set<String> sources = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc copy : all.scoreDocs) {
      Document doc = stored.document(copy.doc, Set.of(Fields.ID, Fields.SOURCE));
      if (!shownId.equals(doc.get(Fields.ID)) && ids.size() < LISTED) {
        ids.add(doc.get(Fields.ID));
        if (doc.get(Fields.SOURCE) != null) {
          sources.add(doc.get(Fields.SOURCE));
        }
      }
    }
    int others = (int) Math.max(0, all.totalHits.value() - 1);
    return new Copies(others, List.copyOf(sources), List.copyOf(ids));
  }

  /** A document's story; one written without a story (an older index) is a story of its own. */
  private static String storyOf(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues stories = leaf.reader().getSortedDocValues(Fields.STORY);
    if (stories != null && stories.advanceExact(doc - leaf.docBase)) {
      return stories.lookupOrd(stories.ordValue()).utf8ToString();
    }
    return "\u0000" + doc;
  }
}
