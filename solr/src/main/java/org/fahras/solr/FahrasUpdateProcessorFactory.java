package org.fahras.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.apache.solr.common.util.Utils;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.apache.solr.util.plugin.SolrCoreAware;
import org.fahras.analysis.AnalysisResources;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.extract.EntityExtractor;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * Fahras's clean and extract stages in a Solr update chain, before {@code
 * DistributedUpdateProcessorFactory}: the node that receives an article cleans it and finds its
 * countries, officials and topics once, and the leader and replicas index the result. The word
 * lists are the configset's {@code index-config/} and {@code stopwords/} folders, read through the
 * core's resource loader (ZooKeeper in SolrCloud), so they are the lists the analysis chains use.
 *
 * <p>A document in: {@code id}, {@code raw} (the article as a file holds it) and optionally {@code
 * format} ({@code text}, the default, {@code markdown} or {@code html}) and the fields a source
 * states itself ({@code title}, {@code url}, {@code source}, {@code published_at}, {@code tags}),
 * which win over what is mined from the text, as a JSON Lines record's do. Out: the clean {@code
 * title} and {@code body}, {@code source}, {@code url}, {@code published_at}, {@code tags}, the
 * facet values {@code country}, {@code official}, {@code topic}, every spelling of the officials
 * named ({@code names}), the entities with their labels as JSON ({@code entities}) and the
 * fingerprint of the word lists that found them ({@code config_fingerprint}).
 */
public class FahrasUpdateProcessorFactory extends UpdateRequestProcessorFactory implements SolrCoreAware {
  static final List<String> STATED = List.of("title", "url", "source", "published_at", "tags");

  private Cleaner cleaner;
  private EntityExtractor extractor;
  private String fingerprint;

  @Override
  public void inform(SolrCore core) {
    ConfigFiles config = new ConfigFiles(
        new SolrConfigSource(core.getResourceLoader(), "index-config"), new SolrConfigSource(core.getResourceLoader(), "stopwords"));
    cleaner = Cleaner.load(config);
    extractor = EntityExtractor.load(config, AnalysisResources.load(config));
    fingerprint = config.fingerprint();
  }

  @Override
  public UpdateRequestProcessor getInstance(SolrQueryRequest req, SolrQueryResponse rsp, UpdateRequestProcessor next) {
    return new UpdateRequestProcessor(next) {
      @Override
      public void processAdd(AddUpdateCommand cmd) throws IOException {
        SolrInputDocument doc = cmd.getSolrInputDocument();
        if (!isAtomicUpdate(doc)) {
          enrich(doc);
        }
        super.processAdd(cmd);
      }
    };
  }

  /** An atomic update ({"set": …}) changes stored fields; there is no article to read. */
  private static boolean isAtomicUpdate(SolrInputDocument doc) {
    for (SolrInputField field : doc) {
      if (field.getValue() instanceof Map<?, ?>) {
        return true;
      }
    }
    return false;
  }

  private void enrich(SolrInputDocument doc) {
    String id = single(doc, "id");
    String raw = single(doc, "raw");
    if (id == null || id.isBlank() || raw == null || raw.isBlank()) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
          "a Fahras article needs \"id\" and \"raw\" (the article as its file holds it)" + (id == null ? "" : ": " + id));
    }
    Format format = format(single(doc, "format"));
    doc.removeField("format");
    Map<String, String> stated = new HashMap<>();
    for (String field : STATED) {
      SolrInputField values = doc.removeField(field);
      if (values != null && values.getValueCount() > 0) {
        List<String> texts = new ArrayList<>();
        // a date sent by SolrJ arrives as a Date, whose toString no date parser reads
        values.getValues().forEach(value -> texts.add(value instanceof Date date ? date.toInstant().toString() : value.toString()));
        stated.put(field, String.join("\n", texts));
      }
    }
    CleanArticle article;
    Entities entities;
    try {
      article = cleaner.clean(new RawDocument(id, format, raw.getBytes(StandardCharsets.UTF_8), stated, "solr:" + id));
      entities = extractor.extract(article);
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, id + ": " + e.getMessage(), e);
    }
    doc.setField("title", article.title());
    doc.setField("body", article.body());
    setIfPresent(doc, "source", article.source());
    setIfPresent(doc, "url", article.url());
    if (article.publishedAt() != null) {
      doc.setField("published_at", Date.from(article.publishedAt()));
    }
    doc.setField("tags", article.tags());
    doc.setField("country", values(entities.countries()));
    doc.setField("official", values(entities.officials()));
    doc.setField("topic", values(entities.topics()));
    doc.setField("names", entities.names());
    doc.setField("entities", Utils.toJSONString(Map.of(
        "countries", shown(entities.countries()), "officials", shown(entities.officials()), "topics", shown(entities.topics()))));
    doc.setField("config_fingerprint", fingerprint);
  }

  private static String single(SolrInputDocument doc, String field) {
    Object value = doc.getFieldValue(field);
    return value == null ? null : value.toString();
  }

  private static Format format(String name) {
    if (name == null || name.isBlank()) {
      return Format.TEXT;
    }
    try {
      return Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "format is text, markdown or html, not \"" + name + "\"");
    }
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.setField(field, value);
    }
  }

  private static List<String> values(List<FacetValue> found) {
    return found.stream().map(FacetValue::value).toList();
  }

  /** Value, label and mentions, as the embedded index stores them for showing a hit. */
  private static List<Map<String, Object>> shown(List<FacetValue> found) {
    List<Map<String, Object>> shown = new ArrayList<>();
    for (FacetValue value : found) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("value", value.value());
      one.put("label", value.label());
      one.put("mentions", value.mentions());
      shown.add(one);
    }
    return shown;
  }
}
