package org.fahras.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
 * its document. The copies already placed are looked up in the index through their band keys
 * ({@link Fields#STORY_BAND}) and read from one doc value ({@link Fields#STORY_MEMBER}, no stored
 * document to decompress); those put since the last refresh, which the index does not show yet,
 * are kept in memory, at most {@value #PENDING} before the index is refreshed to show them. One
 * article is placed at a time, so that two copies put together find each other.
 */
final class StoryPlacement {
  /** The indexed articles sharing most bands with the new one that are compared with it. */
  private static final int CANDIDATES = 50;
  /** Articles placed since the last refresh that are kept in memory at most. */
  private static final int PENDING = 10_000;

  private final StoryTable pending = new StoryTable();
  private int pendingCount;

  /** What the index shows now, and how to make it show what was put since. */
  interface Searchers {
    FacetedSearcher acquire() throws IOException;

    void release(FacetedSearcher searcher) throws IOException;

    /** Makes every article put so far visible to new searchers. */
    void refreshSearchers() throws IOException;
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
    addStory(doc, member.story());
    for (String band : print.get().bands()) {
      doc.add(new StringField(Fields.STORY_BAND, band, Field.Store.NO));
    }
    doc.add(new BinaryDocValuesField(Fields.STORY_MEMBER, new BytesRef(encode(member))));
    pending.add(member);
    if (++pendingCount >= PENDING) {
      searchers.refreshSearchers();
      forget();
    }
  }

  /** Refreshes the index, which then shows every article placed so far: the memory of them can go. */
  synchronized void refresh(Searchers searchers) throws IOException {
    searchers.refreshSearchers();
    forget();
  }

  /** Forgets the articles put since the last refresh (the index shows them, or a rollback dropped them). */
  synchronized void forget() {
    pending.clear();
    pendingCount = 0;
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

  /** The indexed articles sharing most band keys with {@code bands}, at least {@link StoryCopies#MIN_BANDS}. */
  private static List<Member> indexed(IndexSearcher searcher, List<String> bands) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(StoryCopies.MIN_BANDS);
    for (String band : bands) {
      query.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.STORY_BAND, band))), BooleanClause.Occur.SHOULD);
    }
    try {
      ScoreDoc[] top = searcher.search(query.build(), CANDIDATES).scoreDocs;
      int[] docs = Arrays.stream(top).mapToInt(hit -> hit.doc).sorted().toArray();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      List<Member> members = new ArrayList<>(docs.length);
      BinaryDocValues values = null;
      int leafOf = -1;
      for (int doc : docs) {
        int leaf = ReaderUtil.subIndex(doc, leaves);
        if (leaf != leafOf) {
          leafOf = leaf;
          values = leaves.get(leaf).reader().getBinaryDocValues(Fields.STORY_MEMBER);
        }
        if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
          members.add(decode(values.binaryValue()));
        }
      }
      return members;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A member as one doc value: id, story, days (epoch days, or a sentinel), countries, print. */
  static byte[] encode(Member member) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(400);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(member.id());
      out.writeUTF(member.story());
      out.writeLong(member.storyDay() == null ? Long.MIN_VALUE : member.storyDay().toEpochDay());
      out.writeLong(member.day() == null ? Long.MIN_VALUE : member.day().toEpochDay());
      out.writeUTF(String.join(",", member.countries()));
      out.write(member.print().toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  static Member decode(BytesRef value) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value.bytes, value.offset, value.length))) {
      String id = in.readUTF();
      String story = in.readUTF();
      long storyDay = in.readLong();
      long day = in.readLong();
      String countries = in.readUTF();
      return new Member(id, story, storyDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(storyDay), StoryPrint.fromBytes(in.readAllBytes()),
          day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
          countries.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(countries.split(","))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate dayOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
