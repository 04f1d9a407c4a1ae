package org.fahras.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fahras.clean.Cleaner;
import org.fahras.config.ConfigFiles;
import org.fahras.model.CleanArticle;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.junit.jupiter.api.Test;

class StoredRawTest {
  private static final Cleaner CLEANER = Cleaner.load(ConfigFiles.defaults());

  /** The Libyan interior minister in Italy: body, tag line, and a whole "read also" article. */
  @Test
  void storesWhatCleaningRemovedAndReadsTheRawTextBackExactly() throws IOException {
    Path file = Path.of("samples/news/001_e6cec7ea6f3f5799.txt");
    CleanArticle article = CLEANER.clean(new RawDocument("001", Format.TEXT, Files.readAllBytes(file), Map.of(), file.toString()));
    String compact = StoredRaw.compact(article.raw(), article.body());
    assertNotNull(compact);
    assertEquals(article.raw(), StoredRaw.expand(compact, article.body()));
    // the removed furniture is there as written, the kept body is not there twice
    assertTrue(compact.contains("كلمات دلالية: قمة السبع في إيطاليا"), compact);
    assertTrue(compact.contains("إقرأ أيضاً:"), compact);
    assertTrue(!compact.contains("عقد وزير الداخلية المكلف في حكومة الوحدة الوطنية"), compact);
    assertTrue(compact.length() < article.raw().length() - article.body().length() / 2, compact.length() + " of " + article.raw().length());
  }

  @Test
  void keepsLinesTheCleanerRewroteAndBlankLinesAsTheyWere() {
    String raw = "الرئيسية > أخبار\n\n  ليبيا وإيطاليا تبحثان الهجرة  \n\nوقال الوزير إن التعاون مستمر.\n";
    String body = "ليبيا وإيطاليا تبحثان الهجرة\n\nوقال الوزير إن التعاون مستمر.";
    String compact = StoredRaw.compact(raw, body);
    // the padded title line is not the body's first line: the mark passes over it
    assertEquals("الرئيسية > أخبار\n\n  ليبيا وإيطاليا تبحثان الهجرة  \n\n\u00011\n", compact);
    assertEquals(raw, StoredRaw.expand(compact, body));
  }

  @Test
  void aRawTextHoldingTheMarkCharacterIsStoredWhole() {
    assertNull(StoredRaw.compact("سطر\u0001\nوقال الوزير إن التعاون مستمر.", "وقال الوزير إن التعاون مستمر."));
  }
}
