package org.fahras.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.fahras.analysis.AnalysisResources;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.NameAnalyzer;
import org.fahras.analysis.TextForm;
import org.fahras.search.FacetNames;

/**
 * The index schema in one place. Title and body are indexed three times, once per {@link
 * TextForm}, with positions (phrases in every mode) but no offsets: the highlighter re-analyses the
 * stored original text of the hits it shows, so marks land on the words as written.
 */
public final class Fields {
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String SOURCE = FacetNames.SOURCE;
  public static final String URL = "url";
  public static final String PUBLISHED_AT = "published_at";
  public static final String TAGS = "tags";
  /** The raw input, where cleaning changed it: whole, or as {@link #RAW_REMOVED}. */
  public static final String RAW = "raw";
  /** The raw input as what cleaning removed, the kept lines left to the body ({@link StoredRaw}). */
  public static final String RAW_REMOVED = "raw_removed";
  /** Every known spelling of the officials an article names: search one, find the others. */
  public static final String NAMES = "names";
  /**
   * A hash of the input a document was built from and of the configuration it was built with:
   * an index run skips a record whose hash it finds under the record's id.
   */
  public static final String CONTENT_HASH = "content_hash";
  /** Stored JSON of the extracted entities, for rendering hits without a second lookup. */
  public static final String ENTITIES = "entities";

  /** Facet dimensions ({@link FacetNames}), each indexed as a facet field of its name. */
  public static final String COUNTRY = FacetNames.COUNTRY;
  public static final String OFFICIAL = FacetNames.OFFICIAL;
  public static final String TOPIC = FacetNames.TOPIC;
  public static final List<String> FACETS = FacetNames.ALL;

  /** The searchable text fields, each indexed in every form. */
  public static final List<String> TEXT = List.of(TITLE, BODY, NAMES);

  private Fields() {}

  /** The name under which {@code field} is indexed in {@code form}: body, body.norm, body.exact. */
  public static String inForm(String field, TextForm form) {
    return switch (form) {
      case STEMMED -> field;
      case NORMALIZED -> field + ".norm";
      case EXACT -> field + ".exact";
    };
  }

  /**
   * One analyser for indexing and querying every field, choosing the form by field name. The
   * names field's default form is its name skeleton ({@link NameAnalyzer}): بيانتيدوسي finds
   * بيانتدوزي.
   */
  public static Analyzer analyzer(AnalysisResources resources) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (TextForm form : TextForm.values()) {
      Analyzer analyzer = new FahrasAnalyzer(form, resources);
      for (String field : TEXT) {
        perField.put(inForm(field, form), analyzer);
      }
    }
    perField.put(inForm(NAMES, TextForm.STEMMED), new NameAnalyzer(resources.stopwords(), resources.writtenStopwords()));
    return new PerFieldAnalyzerWrapper(new FahrasAnalyzer(TextForm.STEMMED, resources), perField);
  }

  /**
   * The analyser of the query clauses that only add score (the stricter forms in a forgiving
   * mode): like {@link #analyzer} but without stopwords in any form.
   */
  public static Analyzer rankingAnalyzer(AnalysisResources resources) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (TextForm form : TextForm.values()) {
      Analyzer analyzer = new FahrasAnalyzer(form, resources, true);
      for (String field : TEXT) {
        perField.put(inForm(field, form), analyzer);
      }
    }
    return new PerFieldAnalyzerWrapper(new FahrasAnalyzer(TextForm.STEMMED, resources), perField);
  }

  /** Facet configuration, built once: every dimension may hold several values per document. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }
}
