package org.fahras.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that carries the facet ordinal map of its reader. Building that map costs a pass
 * over the facet doc values, so it is done once per reader refresh, not once per query.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final String facetField;
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetField = config.getDimConfig(Fields.COUNTRY).indexFieldName;
    this.facetState = hasFacets(reader, config) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /** The facet state, or null while the index holds no facet values at all. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /**
   * The human label of a facet value (ISO code → Arabic country name, official id → name, role and
   * country), read from the stored entities of a document that has the value, cached per reader.
   */
  public String valueLabel(String dim, String value) {
    return labels.computeIfAbsent(dim + '\u001f' + value, key -> findLabel(dim, value));
  }

  private String findLabel(String dim, String value) {
    try {
      TopDocs top = search(new TermQuery(DrillDownQuery.term(facetField, dim, value)), 1);
      if (top.scoreDocs.length > 0) {
        Entities entities = DocumentBuilder.entitiesOf(storedFields().document(top.scoreDocs[0].doc));
        for (List<FacetValue> values : List.of(entities.countries(), entities.officials(), entities.topics())) {
          for (FacetValue candidate : values) {
            if (candidate.value().equals(value)) {
              return candidate.label();
            }
          }
        }
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasFacets(IndexReader reader, FacetsConfig config) {
    String field = config.getDimConfig(Fields.COUNTRY).indexFieldName;
    return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }
}
