package org.fahras.extract;

import java.util.List;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Entities;

/**
 * The extract stage: reads the clean title and body (never the stripped furniture) and returns
 * the facet values of the article.
 */
public final class EntityExtractor {
  private final CountryGazetteer countries;

  public EntityExtractor(CountryGazetteer countries) {
    this.countries = countries;
  }

  public static EntityExtractor load(ConfigFiles config) {
    return new EntityExtractor(CountryGazetteer.load(config));
  }

  public Entities extract(CleanArticle article) {
    String text = article.title() + "\n" + article.body();
    return new Entities(countries.find(text), List.of(), List.of());
  }
}
