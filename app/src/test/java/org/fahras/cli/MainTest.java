package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fahras.config.ConfigFiles;
import org.fahras.lucene.IndexBackup;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;
import org.fahras.pipeline.IndexPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fahras command: index a folder with a JSON Lines file in it, then search it. */
class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
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
  void aWrongCommandLineSaysWhatIsWrongInOneLineAndPointsToTheHelp() throws Exception {
    assertEquals(2, run("search", "ليبيا"));
    assertEquals("fahras: Missing required option: '--index=DIR'\nTry 'fahras search --help'.\n", errText());
    err.reset();
    assertEquals(2, run("search", "--index", dir.toString(), "--mode", "fuzzy", "ليبيا"));
    assertTrue(errText().startsWith("fahras: Invalid value for option '--mode'"), errText());
    assertTrue(errText().contains("but was 'fuzzy'"), errText());
    err.reset();
    assertEquals(2, run("serve", "--index", dir.toString(), "--port", "eighty"));
    assertTrue(errText().contains("'eighty' is not an int"), errText());
    err.reset();
    assertEquals(2, run("indx", "samples/news"));
    assertTrue(errText().startsWith("fahras: Unmatched arguments from index 0: 'indx'"), errText());
    assertTrue(errText().contains("index"), errText());
    err.reset();
    assertEquals(2, run("index", dir.resolve("no-such-folder").toString(), "--index", dir.resolve("index").toString()));
    assertTrue(errText().startsWith("fahras: no such file or folder: "), errText());
  }

  @Test
  void everyCommandHasHelpAndABareFahrasListsTheCommands() throws Exception {
    assertEquals(0, run());
    String listing = outText();
    for (String command : List.of("index", "serve", "search", "backup", "article-counts")) {
      assertTrue(listing.contains("\n  " + command + " "), listing);
    }
    out.reset();
    assertEquals(0, run("--help"));
    assertEquals(listing, outText());
    for (String command : List.of("index", "serve", "search", "backup", "article-counts")) {
      out.reset();
      assertEquals(0, run(command, "--help"), command);
      assertTrue(outText().startsWith("Usage: fahras " + command + " "), outText());
      assertTrue(outText().contains("-h, --help"), outText());
    }
    assertTrue(outText().contains("--out=FILE"), outText());
    assertEquals("", errText());
  }

  @Test
  void servingAFolderWithoutAnIndexIsRefusedAndCreatesNothing() throws Exception {
    Path typo = dir.resolve("typo");
    assertEquals(1, run("serve", "--index", typo.toString(), "--port", "0"));
    assertEquals("fahras: no index at " + typo + ": no such folder (build one with 'fahras index PATH... --index " + typo + "')\n", errText());
    assertFalse(Files.exists(typo));
    err.reset();
    Files.createDirectories(typo);
    assertEquals(1, run("search", "--index", typo.toString(), "ليبيا"));
    assertEquals("fahras: no index in " + typo + " (build one with 'fahras index PATH... --index " + typo + "')\n", errText());
    try (var files = Files.list(typo)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aBusyPortIsOneLineNotAStackTrace() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("index", "samples/news", "--index", index.toString()));
    err.reset();
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
      assertEquals(1, run("serve", "--index", index.toString(), "--port", String.valueOf(busy.getLocalPort())));
    }
    String printed = errText();
    assertTrue(printed.startsWith("fahras: cannot listen on localhost:"), printed);
    assertTrue(printed.contains("choose another --port"), printed);
    assertEquals(1, printed.lines().count(), printed);
  }

  @Test
  void aBackupCutShortIsNeverServedAsAnIndex() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("index", "samples/news", "--index", index.toString()));
    Path backup = dir.resolve("backup");
    assertEquals(0, run("backup", "--index", index.toString(), "--to", backup.toString()));
    assertTrue(Files.readString(backup.resolve(IndexBackup.MARKER)).contains("documents=5\n"));
    assertFalse(Files.exists(backup.resolve(IndexBackup.IN_PROGRESS)));

    // what a copy killed half-way leaves: its in-progress file and some of the files, commit point included
    Path cut = Files.createDirectories(dir.resolve("cut"));
    Files.writeString(cut.resolve(IndexBackup.IN_PROGRESS), "");
    try (var files = Files.list(backup)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.copy(file, cut.resolve(file.getFileName()));
      }
    }
    err.reset();
    assertEquals(1, run("serve", "--index", cut.toString(), "--port", "0"));
    assertEquals("fahras: " + cut + " holds a backup that did not finish (BACKUP-IN-PROGRESS is there, backup.properties is not); make the backup again\n", errText());

    // the copy of an older version cut short before its commit point: no index at all
    Path early = Files.createDirectories(dir.resolve("early"));
    try (var files = Files.list(backup)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".si")).toList()) {
        Files.copy(file, early.resolve(file.getFileName()));
      }
    }
    err.reset();
    assertEquals(1, run("serve", "--index", early.toString(), "--port", "0"));
    assertTrue(errText().startsWith("fahras: no index in " + early), errText());
  }

  @Test
  void aBackupCountsTheLiveDocumentsOfItsCommitAndRefusesAFullFolderInOneLine() throws Exception {
    Path index = dir.resolve("index");
    try (Engine engine = Engine.open(ConfigFiles.defaults(), index)) {
      byte[] body = "بحث وزيرا داخلية الجزائر وتونس تأمين الحدود المشتركة ومكافحة التهريب عبر المعابر.".getBytes(StandardCharsets.UTF_8);
      for (int version = 0; version < 3; version++) { // the same article replaced twice
        engine.pipeline().index(new RawDocument("wire-1", Format.TEXT, body, Map.of(), "test"));
        engine.store().commit();
      }
    }
    Path backup = dir.resolve("backup");
    assertEquals(0, run("backup", "--index", index.toString(), "--to", backup.toString()));
    assertTrue(errText().contains("(1 documents)"), errText());
    err.reset();
    assertEquals(1, run("backup", "--index", index.toString(), "--to", backup.toString()));
    assertEquals("fahras: the backup folder " + backup + " is not empty; give a new or empty folder\n", errText());
  }

  @Test
  void aSecondRunLeavesWhatIsUnchangedAloneAndSaysSo() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String name : List.of("000_f83fad4017c3a26e.txt", "002_a1c25e29923e9552.txt")) {
      Files.copy(Path.of("samples/news", name), corpus.resolve(name));
    }
    Path wire = corpus.resolve("wire.jsonl");
    String first = "{\"id\": \"wire-1\", \"title\": \"الجزائر وتونس تبحثان أمن الحدود\", \"body\": \"بحث وزيرا داخلية الجزائر وتونس تأمين الحدود المشتركة ومكافحة التهريب.\"}";
    String second = "{\"id\": \"wire-2\", \"title\": \"ليبيا تفتح معبرا\", \"body\": \"أعلنت السلطات الليبية فتح معبر راس جدير الحدودي أمام المسافرين بعد إغلاق دام أسبوعين.\"}";
    Files.writeString(wire, first + "\n" + second + "\n");
    Path index = dir.resolve("index");
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()));
    assertTrue(errText().contains("indexed 4 documents into " + index), errText());

    err.reset();
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()));
    assertTrue(errText().contains("indexed 0 documents into " + index), errText());
    assertTrue(errText().contains("; unchanged since the last run: 3 files (not read: same size and time), 0 documents (same id and content); skipped 0"), errText());

    // one record changed, one appended: the file is read again, the unchanged record is not rewritten
    Files.writeString(wire, first + "\n" + second.replace("أسبوعين", "ثلاثة أسابيع") + "\n"
        + "{\"id\": \"wire-3\", \"title\": \"تونس\", \"body\": \"استقبل الرئيس التونسي وفدا ليبيا لبحث التعاون الأمني على الحدود.\"}\n");
    err.reset();
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()));
    assertTrue(errText().contains("indexed 2 documents into " + index), errText());
    assertTrue(errText().contains("unchanged since the last run: 2 files (not read: same size and time), 1 documents (same id and content)"), errText());
    assertEquals(0, run("search", "--index", index.toString(), "أسابيع"));
    assertTrue(outText().startsWith("1 hits"), outText());

    err.reset();
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString(), "--full"));
    assertTrue(errText().contains("indexed 5 documents into " + index + " in "), errText());
    assertFalse(errText().contains("unchanged"), errText());
  }

  @Test
  void theSummaryGroupsSkippedInputsByReasonWithAFewExamples() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      lines.append("{\"id\": \"e").append(i).append("\", \"title\": \"بلا نص\", \"body\": \"\u00a0\"}\n");
    }
    lines.append("{\"id\": \"w1\", \"body\": \"بحث وزيرا داخلية الجزائر وتونس تأمين الحدود المشتركة ومكافحة التهريب.\"}\n");
    lines.append("not json\n");
    Files.writeString(corpus.resolve("wire.jsonl"), lines);
    Path index = dir.resolve("index");
    assertEquals(0, run("index", corpus.toString(), "--index", index.toString()));
    String wire = corpus.resolve("wire.jsonl").toString();
    List<String> printed = errText().lines().filter(line -> line.startsWith("  ")).toList();
    assertEquals(List.of(
        "  skipped 6: empty body (" + wire + ":1, " + wire + ":2, " + wire + ":3, … --verbose lists all)",
        "  skipped " + wire + ":8: broken JSON line"), printed);
    err.reset();
    assertEquals(0, run("index", corpus.toString(), "--index", dir.resolve("index2").toString(), "--verbose"));
    assertEquals(7, errText().lines().filter(line -> line.startsWith("  skipped ")).count(), errText());
  }

  @Test
  void progressShowsArticlesTheirRateAndTheTimeLeftByBytesRead() {
    IndexPipeline.Progress halfway = new IndexPipeline.Progress(1, 2, 150L << 20, 300L << 20, 12_345, 0, 7);
    assertEquals("[############            ] 1/2 files, 150.0 MB of 300.0 MB · 12,345 articles (206/s) · 7 skipped · 1 min 0 s left",
        ProgressBar.line(halfway, 60));
  }

  @Test
  void aFullDiskIsOneLineThatSaysWhatToDo() {
    String expected = "the disk is full (No space left on device); free some space and run the command again";
    assertEquals(expected, Failures.describe(new java.io.IOException("No space left on device")));
    assertEquals(expected, Failures.describe(new java.io.UncheckedIOException(new java.io.IOException("No space left on device"))));
    assertEquals("the disk is full (/data/index/_0.cfs: No space left on device); free some space and run the command again",
        Failures.describe(new java.nio.file.FileSystemException("/data/index/_0.cfs", null, "No space left on device")));
  }

  private String outText() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
