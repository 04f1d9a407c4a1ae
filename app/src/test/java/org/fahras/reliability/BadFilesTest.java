package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.pipeline.IndexSummary;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of broken and awkward files: each is skipped or repaired with a reason; the rest is indexed. */
class BadFilesTest {
  @TempDir Path dir;

  @Test
  void theIndexerSkipsOrRepairsEachBadFileAndIndexesTheRest() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String article = "وزير الداخلية يبحث أمن الحدود\n\nبحث وزير الداخلية مع نظيره ملف تأمين الحدود المشتركة ومكافحة التهريب عبر المعابر.";
    Files.copy(Path.of("samples/news/002_a1c25e29923e9552.txt"), corpus.resolve("good.txt"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.write(corpus.resolve("legacy.txt"), article.replace("الحدود", "الحدود القديمة").getBytes(Charset.forName("windows-1256")));
    byte[] broken = article.getBytes(StandardCharsets.UTF_8);
    broken[10] = (byte) 0xFF; // one invalid UTF-8 byte in an otherwise UTF-8 file
    Files.write(corpus.resolve("broken-utf8.txt"), broken);
    Files.writeString(corpus.resolve("nested.html"),
        "<html><body>" + "<div>".repeat(20_000) + "<p>" + article.replace("\n\n", "</p><p>") + "</p>" + "</div>".repeat(20_000) + "</body></html>");
    try (OutputStream out = Files.newOutputStream(corpus.resolve("huge.txt"))) {
      byte[] line = (article + "\n").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Files.writeString(corpus.resolve("wire.jsonl"), String.join("\n",
        "{\"id\": \"w1\", \"title\": \"خبر أول\", \"body\": \"" + article.replace("\n", " ") + "\"}",
        "{\"id\": \"w2\", \"title\": \"خبر مكسور\"",
        "not json at all",
        "{\"id\": \"w3\", \"title\": \"بلا نص\"}",
        "{\"id\": \"w4\", \"body\": \"خبر رابع عن تأمين الحدود المشتركة بين البلدين ومكافحة التهريب.\"}"));
    Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4");

    IndexSummary summary;
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      summary = engine.pipeline().run(List.of(corpus), done -> {});
      assertEquals(6, engine.search().search(SearchRequest.of("")).total().value());
      // the windows-1256 file and the UTF-8 file with one broken byte both read as Arabic
      assertEquals(1, engine.search().search(SearchRequest.of("القديمة")).total().value());
      assertTrue(engine.search().search(SearchRequest.of("المعابر")).total().value() >= 3);
    }
    Map<String, String> skipped = summary.skipped().stream()
        .collect(Collectors.toMap(s -> Path.of(s.origin().replaceAll(":\\d+$", "")).getFileName() + s.origin().replaceAll("^.*?(:\\d+)?$", "$1"), IndexSummary.Skipped::reason));
    assertEquals(6, summary.indexed(), "good, legacy (windows-1256), broken-utf8 (repaired), nested, w1, w4");
    assertEquals("empty file", skipped.get("empty.txt"));
    assertEquals("binary content, not text", skipped.get("binary.txt"));
    assertTrue(skipped.get("huge.txt").startsWith("file too large"), skipped.toString());
    assertEquals("broken JSON line", skipped.get("wire.jsonl:2"));
    assertEquals("broken JSON line", skipped.get("wire.jsonl:3"));
    assertEquals("missing \"body\" or \"html\" (name the record's field with --map body=FIELD)", skipped.get("wire.jsonl:4"));
    assertTrue(skipped.get("notes.pdf").startsWith("unknown file type"));
    assertEquals(7, skipped.size(), skipped.toString());
  }
}
