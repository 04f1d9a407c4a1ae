package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fahras command: index a folder with a JSON Lines file in it, then search it. */
class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void indexesFilesAndJsonLinesThenSearchesThem() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("samples/news/000_f83fad4017c3a26e.txt"), corpus.resolve("000_f83fad4017c3a26e.txt"));
    Files.writeString(corpus.resolve("wire.jsonl"), String.join("\n",
        "{\"id\": \"wire-1\", \"title\": \"الجزائر وتونس تبحثان أمن الحدود\", \"body\": \"بحث وزيرا داخلية الجزائر وتونس تأمين الحدود المشتركة ومكافحة التهريب.\", \"source\": \"الأناضول\", \"published_at\": \"2015-02-25\"}",
        "{\"id\": \"wire-2\", \"title\": \"بلا نص\"",
        "{\"title\": \"بلا معرف\", \"body\": \"نص\"}"), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.docx"), "not an article");
    Path index = dir.resolve("index");

    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()));
    String summary = err.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("indexed 2 documents"), summary);
    assertTrue(summary.contains("wire.jsonl:2: broken JSON line"), summary);
    assertTrue(summary.contains("wire.jsonl:3: missing \"id\""), summary);
    assertTrue(summary.contains("notes.docx: unknown file type"), summary);

    assertEquals(0, run("search", "--index", index.toString(), "التهريب"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("1 hits for «التهريب»"), printed);
    assertTrue(printed.contains("wire-1  الجزائر وتونس تبحثان أمن الحدود"), printed);
    assertTrue(printed.contains("[التهريب]"), printed);
  }

  @Test
  void backsUpTheLastCommitToAFolderThatOpensAsAnIndex() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("index", "samples/news", "--index", index.toString()));
    Path backup = dir.resolve("backup");
    assertEquals(0, run("backup", "--index", index.toString(), "--to", backup.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("(5 documents)"));
    assertEquals(0, run("search", "--index", backup.toString(), "لعمامرة"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("1 hits"));
  }

  @Test
  void countsHowOftenTheArticlesWriteEachWordWithTheArticle() throws Exception {
    Path counts = dir.resolve("index-config/article-counts.tsv");
    assertEquals(0, run("article-counts", "samples/news", "--out", counts.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("counted 5 articles; 57 word forms"), err.toString(StandardCharsets.UTF_8));
    List<String> rows = Files.readAllLines(counts).stream().filter(line -> !line.startsWith("#")).toList();
    // normalised forms of the cleaned titles and bodies, with the article and without, commonest
    // first, at least five sightings
    assertEquals(List.of("في\t77", "من\t35", "علي\t28", "ان\t26", "ليبيا\t25", "بين\t17", "حول\t15"), rows.subList(0, 7));
    assertTrue(rows.contains("الامنيه\t13"), rows.toString());
    // إلى is no article + ي: words written with إل, أل or آل are not counted
    assertTrue(rows.stream().noneMatch(row -> row.startsWith("الي\t")), rows.toString());
    assertEquals("معلومات\t5", rows.getLast());
  }

  @Test
  void aWrongCommandLineSaysWhatIsWrong() {
    UsageException missingIndex = assertThrows(UsageException.class, () -> run("search", "ليبيا"));
    assertTrue(missingIndex.getMessage().contains("--index"));
    UsageException badMode = assertThrows(UsageException.class,
        () -> run("search", "--index", dir.toString(), "--mode", "fuzzy", "ليبيا"));
    assertTrue(badMode.getMessage().contains("fuzzy"));
  }
}
