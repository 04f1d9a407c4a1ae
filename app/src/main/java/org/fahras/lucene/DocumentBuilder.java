package org.fahras.lucene;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.fahras.analysis.TextForm;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;

/** Turns a clean article and its entities into the Lucene document of {@link Fields}. */
public final class DocumentBuilder {
  /**
   * Every form: positions for phrases, no offsets. The highlighter re-analyses the stored text of
   * the hits it shows (20 a page) for its offsets rather than every article paying for them on
   * disk (offsets in the postings would grow the index far more than they save a search). The text
   * is stored once, apart, under the stemmed form's name.
   */
  private static final FieldType INDEXED_TEXT = indexedText();
  private static final Gson GSON = new Gson();

  private final FacetsConfig facets;

  public DocumentBuilder(FacetsConfig facets) {
    this.facets = facets;
  }

  private static FieldType indexedText() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  public Document build(CleanArticle article, Entities entities) {
    return build(article, entities, null, null);
  }

  /**
   * The same, the stemmed form of title and body taken from streams the caller analysed already
   * (replayable, as {@link IndexTokenCache} is) instead of analysing
   * the text again; null analyses it.
   */
  public Document build(CleanArticle article, Entities entities, TokenStream titleStems, TokenStream bodyStems) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    addText(doc, Fields.TITLE, article.title(), titleStems);
    addText(doc, Fields.BODY, article.body(), bodyStems);
    addNames(doc, String.join("\n", entities.names()));
    if (!article.source().isEmpty()) {
      doc.add(new StoredField(Fields.SOURCE, article.source()));
      doc.add(new SortedSetDocValuesFacetField(Fields.SOURCE, article.source()));
    }
    if (!article.url().isEmpty()) {
      doc.add(new StoredField(Fields.URL, article.url()));
    }
    if (article.publishedAt() != null) {
      long millis = millis(article.publishedAt());
      doc.add(new LongPoint(Fields.PUBLISHED_AT, millis));
      doc.add(new NumericDocValuesField(Fields.PUBLISHED_AT, millis));
      doc.add(new StoredField(Fields.PUBLISHED_AT, millis));
    }
    for (String tag : article.tags()) {
      doc.add(new StoredField(Fields.TAGS, tag));
    }
    if (somethingWasStripped(article)) { // else the raw view is the clean text
      String removed = StoredRaw.compact(article.raw(), article.body());
      doc.add(removed != null ? new StoredField(Fields.RAW_REMOVED, removed) : new StoredField(Fields.RAW, article.raw()));
    }
    // the names are searched in their own field, never shown: not stored again
    Entities shown = new Entities(entities.countries(), entities.officials(), entities.topics(), List.of());
    doc.add(new StoredField(Fields.ENTITIES, GSON.toJson(shown)));
    addFacets(doc, Fields.COUNTRY, entities.countries());
    addFacets(doc, Fields.OFFICIAL, entities.officials());
    addFacets(doc, Fields.TOPIC, entities.topics());
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * False when the input was the clean text already (a JSON Lines body, with or without its
   * title; a text file): no need to store it twice.
   */
  private static boolean somethingWasStripped(CleanArticle article) {
    String raw = article.raw();
    return !sameIgnoringWhitespace(raw, article.body()) && !sameIgnoringWhitespace(raw, article.title() + "\n" + article.body());
  }

  private static boolean sameIgnoringWhitespace(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      // equal chars, whitespace or not, are passed together without asking what they are: asking
      // Unicode about every char of both texts is a visible share of indexing
      while (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
      }
      while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  private static void addText(Document doc, String field, String text, TokenStream stems) {
    doc.add(new StoredField(field, text));
    doc.add(stems == null ? new Field(field, text, INDEXED_TEXT) : new Field(field, stems, INDEXED_TEXT));
    doc.add(new Field(Fields.inForm(field, TextForm.NORMALIZED), text, INDEXED_TEXT));
    doc.add(new Field(Fields.inForm(field, TextForm.EXACT), text, INDEXED_TEXT));
  }

  /** The index keeps a date as milliseconds, some 292 million years either side of 1970. */
  private static long millis(Instant date) {
    try {
      return date.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("published_at " + date + " is too far from today to index");
    }
  }

  /** The names are indexed only: the stored entities list them already. */
  private static void addNames(Document doc, String names) {
    for (TextForm form : TextForm.values()) {
      doc.add(new Field(Fields.inForm(Fields.NAMES, form), names, INDEXED_TEXT));
    }
  }

  private static void addFacets(Document doc, String dim, Iterable<FacetValue> values) {
    for (FacetValue value : values) {
      doc.add(new SortedSetDocValuesFacetField(dim, value.value()));
    }
  }

  /** The raw input a stored document came from, as its document view shows it. */
  public static String rawOf(Document stored) {
    String removed = stored.get(Fields.RAW_REMOVED);
    if (removed != null) {
      return StoredRaw.expand(removed, stored.get(Fields.BODY));
    }
    String raw = stored.get(Fields.RAW);
    return raw != null ? raw : stored.get(Fields.TITLE) + "\n\n" + stored.get(Fields.BODY);
  }

  /** The entities stored with a document. */
  public static Entities entitiesOf(Document stored) {
    String json = stored.get(Fields.ENTITIES);
    return json == null ? Entities.NONE : GSON.fromJson(json, Entities.class);
  }
}
