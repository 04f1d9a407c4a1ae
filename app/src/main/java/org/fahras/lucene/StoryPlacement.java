package org.fahras.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.fahras.story.StoryCopies;
import org.fahras.story.StoryCopies.Member;
import org.fahras.story.StoryPrint;
import org.fahras.story.StoryTable;

/**
 * Places each article the store keeps in its story ({@link StoryCopies}) and writes the story into
 * its document. The copies already placed are looked up in the index through their band keys, and
 * those put since the last refresh, which the index does not show yet, in memory. One article is
 * placed at a time, so that two copies put together find each other.
 */
final class StoryPlacement {
  /** The indexed articles sharing most bands with the new one that are compared with it. */
  private static final int CANDIDATES = 50;

  private final StoryTable pending = new StoryTable();

  /** What the index shows now; the placement releases it. */
  interface Searchers {
    FacetedSearcher acquire() throws IOException;

    void release(FacetedSearcher searcher) throws IOException;
  }

  /** A refresh of the index: afterwards it shows every article put before. */
  interface Refresh {
    void run() throws IOException;
  }

  /**
   * Adds the story fields of {@code article} to its document, placing it among the articles the
   * index shows and those put since its last refresh.
   */
  synchronized void place(CleanArticle article, Entities entities, Document doc, Searchers searchers) throws IOException {
    var print = StoryPrint.of(article.body());
    if (print.isEmpty()) {
      addStory(doc, article.id());
      return;
    }
    LocalDate day = dayOf(article.publishedAt());
    Set<String> countries = entities.countries().stream().map(FacetValue::value).collect(Collectors.toSet());
    FacetedSearcher searcher = searchers.acquire();
    Member member;
    try {
      member = StoryCopies.place(article.id(), print.get(), day, countries, placed(searcher));
    } finally {
      searchers.release(searcher);
    }
    if (member.story().equals(article.id())) {
      // a story of its own: named apart from the story this id may have begun before it changed
      member = new Member(member.id(), article.id() + "~" + Integer.toHexString(print.get().hashCode()), member.storyDay(),
          member.print(), member.day(), member.countries());
    }
    pending.add(member);
    addStory(doc, member.story());
    if (member.storyDay() != null) {
      doc.add(new StoredField(Fields.STORY_DAY, member.storyDay().toEpochDay()));
    }
    for (String band : print.get().bands()) {
      doc.add(new StringField(Fields.STORY_BAND, band, Field.Store.NO));
    }
    doc.add(new StoredField(Fields.STORY_PRINT, print.get().toBytes()));
  }

  /** Refreshes the index, which then shows every article placed so far: the memory of them can go. */
  synchronized void refresh(Refresh refresh) throws IOException {
    refresh.run();
    pending.clear();
  }

  /** Forgets the articles put since the last refresh, which a rollback dropped. */
  synchronized void forget() {
    pending.clear();
  }

  private StoryCopies.Placed placed(IndexSearcher searcher) {
    return bands -> {
      List<Member> members = new ArrayList<>(pending.sharingBands(bands));
      members.addAll(indexed(searcher, bands));
      return members;
    };
  }

  private static void addStory(Document doc, String story) {
    doc.add(new StringField(Fields.STORY, story, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.STORY, new BytesRef(story)));
  }

  private static List<Member> indexed(IndexSearcher searcher, List<String> bands) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String band : bands) {
      query.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.STORY_BAND, band))), BooleanClause.Occur.SHOULD);
    }
    try {
      ScoreDoc[] top = searcher.search(query.build(), CANDIDATES).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<Member> members = new ArrayList<>(top.length);
      for (ScoreDoc hit : top) {
        members.add(member(stored.document(hit.doc)));
      }
      return members;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Member member(Document doc) {
    IndexableField storyDay = doc.getField(Fields.STORY_DAY);
    IndexableField published = doc.getField(Fields.PUBLISHED_AT);
    Set<String> countries = DocumentBuilder.entitiesOf(doc).countries().stream().map(FacetValue::value).collect(Collectors.toSet());
    return new Member(
        doc.get(Fields.ID),
        doc.get(Fields.STORY),
        storyDay == null ? null : LocalDate.ofEpochDay(storyDay.numericValue().longValue()),
        StoryPrint.fromBytes(BytesRef.deepCopyOf(doc.getBinaryValue(Fields.STORY_PRINT)).bytes),
        published == null ? null : dayOf(Instant.ofEpochMilli(published.numericValue().longValue())),
        countries);
  }

  private static LocalDate dayOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
