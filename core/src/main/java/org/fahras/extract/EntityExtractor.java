package org.fahras.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;
import org.fahras.model.FacetValue;

/**
 * The extract stage: reads the clean title and body (never the stripped furniture) and returns
 * the facet values of the article.
 */
public final class EntityExtractor {
  private final CountryGazetteer countries;
  private final OfficialFinder officials;
  private final TopicClassifier topics;

  public EntityExtractor(CountryGazetteer countries, OfficialFinder officials, TopicClassifier topics) {
    this.countries = countries;
    this.officials = officials;
    this.topics = topics;
  }

  public static EntityExtractor load(ConfigFiles config) {
    return load(config, AnalysisResources.load(config));
  }

  /** With these analysis resources: their stopwords and article counts (optional) serve the finders. */
  public static EntityExtractor load(ConfigFiles config, AnalysisResources resources) {
    CountryGazetteer countries = CountryGazetteer.load(config);
    return new EntityExtractor(countries, OfficialFinder.load(config, countries, resources), TopicClassifier.load(config, resources));
  }

  /**
   * A dateline opening the body, "نيويورك، الولايات المتحدة الأمريكية (CNN)—": it says where the
   * bureau sits, not what the article is about.
   */
  private static final Pattern DATELINE = Pattern.compile("^\\s*[^\\n.()]{1,80}\\([^()\\n]{1,30}\\)\\s*[—–-]+");

  public Entities extract(CleanArticle article) {
    return extract(article, topics.classify(article.title(), article.body()));
  }

  /**
   * The same, the topics read from the stemmed title and body the caller analysed (and will index:
   * one analysis serves both).
   */
  public Entities extract(CleanArticle article, TokenStream titleStems, TokenStream bodyStems) {
    return extract(article, topics.classify(article.title(), article.body(), titleStems, bodyStems));
  }

  private Entities extract(CleanArticle article, List<FacetValue> topicsFound) {
    String text = article.title() + "\n" + article.body();
    List<Words.Word> words = Words.spans(text, true); // cut once, read by both finders
    OfficialFinder.Found people = officials.find(text, words, article.publishedAt());
    Matcher dateline = DATELINE.matcher(article.body());
    int bodyStart = article.title().length() + 1;
    // lookingAt, not find: the pattern is anchored at the start, and find tried it at every char of the body
    int datelineEnd = dateline.lookingAt() ? bodyStart + dateline.end() : bodyStart;
    List<Words.Word> countryWords = new ArrayList<>(words.size());
    for (Words.Word word : words) {
      if (!word.text().isEmpty() && (word.start() < bodyStart || word.start() >= datelineEnd)) {
        countryWords.add(word);
      }
    }
    return new Entities(countries.find(countryWords, datelineEnd + CountryGazetteer.LEAD_CHARS), people.officials(), topicsFound, people.spellings());
  }
}
