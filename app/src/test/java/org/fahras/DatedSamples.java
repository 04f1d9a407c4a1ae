package org.fahras;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.cli.Engine;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.fahras.pipeline.IndexPipeline;

/**
 * The sample articles with publication dates, as a JSON Lines feed would give them (the text files
 * carry none): the fixture of the date-range tests. Re-indexing under the same ids replaces the
 * undated copies, so the corpus stays five articles.
 */
public final class DatedSamples {
  /** Two in 2015, one in 2016, two in 2024. */
  public static final Map<String, String> DATES = dates();

  private DatedSamples() {}

  private static Map<String, String> dates() {
    Map<String, String> dates = new LinkedHashMap<>();
    dates.put(SampleCorpus.A004, "2015-01-28T09:00:00Z");
    dates.put(SampleCorpus.A002, "2015-03-10T12:30:00Z");
    dates.put(SampleCorpus.A003, "2016-02-15T08:00:00Z");
    dates.put(SampleCorpus.A000, "2024-05-20T10:00:00Z");
    dates.put(SampleCorpus.A001, "2024-10-04T16:45:00Z");
    return Map.copyOf(dates);
  }

  /** Gives the sample articles in the engine's index their dates, committed and searchable. */
  public static void applyTo(Engine engine) throws IOException, IndexPipeline.RejectedException {
    for (Map.Entry<String, String> dated : DATES.entrySet()) {
      byte[] text = Files.readAllBytes(SampleCorpus.FOLDER.resolve(dated.getKey() + ".txt"));
      engine.pipeline().index(new RawDocument(dated.getKey(), Format.TEXT, text, Map.of("published_at", dated.getValue()),
          dated.getKey() + ".txt"));
    }
    engine.store().commit();
  }
}
