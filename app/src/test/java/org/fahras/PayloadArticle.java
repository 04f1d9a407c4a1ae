package org.fahras;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fahras.cli.Engine;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.fahras.pipeline.IndexPipeline;

/** A news article whose title and body carry markup payloads: the fixture of the web-safety tests. */
public final class PayloadArticle {
  public static final String ID = "xss";
  public static final String PAYLOAD = "<script>alert(1)</script> <img src=x onerror=alert(2)> \"><b>";
  /** A word of its body only. */
  public static final String WORD = "هجوما";

  private PayloadArticle() {}

  /** Indexes the article into the engine's index, committed and searchable. */
  public static void addTo(Engine engine) throws IOException, IndexPipeline.RejectedException {
    String body = "أعلنت وزارة الداخلية التونسية أن " + WORD + " إلكترونيا استهدف موقعها " + PAYLOAD + " وأن فرقها أعادت تشغيله بعد ساعات.";
    engine.pipeline().index(new RawDocument(ID, Format.TEXT, body.getBytes(StandardCharsets.UTF_8),
        Map.of("title", "هجوم إلكتروني " + PAYLOAD), "xss.jsonl:1"));
    engine.store().commit();
  }
}
