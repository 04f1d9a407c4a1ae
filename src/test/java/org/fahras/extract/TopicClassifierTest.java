package org.fahras.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.analysis.AnalysisResources;
import org.fahras.config.ConfigFiles;
import org.fahras.model.FacetValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a topic's score is counted, on a small topics file of its own: a keyword written on two rows
 * counts twice per occurrence under one cap, and topics with equal scores come in the file's order.
 */
class TopicClassifierTest {
  private static final AnalysisResources RESOURCES = AnalysisResources.load(ConfigFiles.defaults());

  private static final String CONFLICT = "topic\tconflict\tالنزاعات والعمليات العسكرية\n";
  private static final String TERRORISM = "topic\tterrorism\tالإرهاب والجماعات المسلحة\n";
  private static final String KEYWORDS = "threshold\t8\nconflict\t6\tقصف\nterrorism\t2\tهجوم\nterrorism\t2\tهجوم\n";
  private static final String TEXT = "هجوم مسلح، ثم هجوم ثان وهجوم ثالث، وبعده هجوم رابع. قصف مدفعي ثم قصف جوي.";

  @Test
  void aKeywordOnTwoRowsSharesOneCapAndTiesKeepTheFilesOrder(@TempDir Path dir) throws IOException {
    // هجوم four times: 2 rows × 4 = 8, capped at 6, × weight 2 = 12 (each row capped apart would give 16);
    // قصف twice: 2 × weight 6 = 12, a tie
    FacetValue conflict = new FacetValue("conflict", "النزاعات والعمليات العسكرية", 12);
    FacetValue terrorism = new FacetValue("terrorism", "الإرهاب والجماعات المسلحة", 12);
    assertEquals(List.of(conflict, terrorism), classify(dir.resolve("a"), CONFLICT + TERRORISM + KEYWORDS));
    assertEquals(List.of(terrorism, conflict), classify(dir.resolve("b"), TERRORISM + CONFLICT + KEYWORDS));
  }

  private static List<FacetValue> classify(Path dir, String topicsFile) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("topics.tsv"), topicsFile);
    return TopicClassifier.load(new ConfigFiles(dir, Path.of("stopwords")), RESOURCES).classify("", TEXT);
  }
}
