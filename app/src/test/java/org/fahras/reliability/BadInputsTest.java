package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.fahras.analysis.TextForm;
import org.fahras.clean.CorpusReader;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.pipeline.IndexSummary;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad record, line, folder or link never stops an index run: each is skipped with its reason, the rest goes in. */
class BadInputsTest {
  private static final String BODY = "بحث وزيرا داخلية الجزائر وتونس تأمين الحدود المشتركة ومكافحة التهريب عبر المعابر البرية.";

  @TempDir Path dir;

  private static String record(String id, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"أمن الحدود\", \"body\": \"" + body + "\"}";
  }

  private IndexSummary index(Path corpus, IndexPipeline.Options options) throws IOException {
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      IndexSummary summary = engine.pipeline().run(List.of(corpus), options, progress -> {});
      assertEquals(engine.search().documentCount(), count(summary, engine), "the index holds what the summary says");
      return summary;
    }
  }

  private static int count(IndexSummary summary, Engine engine) throws IOException {
    return (int) engine.search().search(SearchRequest.of("")).total().value();
  }

  private static Map<String, String> reasons(IndexSummary summary, Path corpus) {
    return summary.skipped().stream().collect(Collectors.toMap(
        s -> corpus.relativize(Path.of(s.origin().replaceAll(":\\d+$", ""))) + s.origin().replaceAll("^.*?(:\\d+)?$", "$1"),
        IndexSummary.Skipped::reason));
  }

  @Test
  void aStringFieldHoldingAnObjectSkipsThatRecordOnly() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.jsonl"), String.join("\n",
        "{\"id\": {\"a\": 1}, \"body\": \"x\"}",
        "{\"id\": \"t1\", \"title\": [\"عنوان\"], \"body\": \"" + BODY + "\"}",
        record("ok-1", BODY)));
    Files.writeString(corpus.resolve("b.jsonl"), record("ok-2", BODY));
    IndexSummary summary = index(corpus, IndexPipeline.Options.DEFAULTS);
    assertEquals(2, summary.indexed());
    assertEquals(Map.of("a.jsonl:1", "\"id\" must be a string, not an object", "a.jsonl:2", "\"title\" must be a string, not an array"),
        reasons(summary, corpus));
  }

  @Test
  void aPostedDocumentWithAnObjectForAStringIsABadRequest() throws Exception {
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      FahrasServer server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.of("t0ken-2b9f"), "127.0.0.1", 0);
      server.start();
      try {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/documents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer t0ken-2b9f")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":{\"a\":1},\"body\":\"x\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\\\"id\\\" must be a string, not an object"), answer.body());
      } finally {
        server.close();
      }
    }
  }

  @Test
  void aRecordOverTheLimitIsSkippedAsItStreamsPastAndTheNextLinesAreRead() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("dump.jsonl.gz")))) {
      out.write((record("before", BODY) + "\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"huge\", \"body\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] words = (BODY + " ").repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40; i++) { // 6.5 MB in one line
        out.write(words);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write((record("after", BODY) + "\n").getBytes(StandardCharsets.UTF_8));
      out.write(("{\"id\": \"long-title\", \"title\": \"" + "خبر ".repeat(3000) + "\", \"body\": \"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    IndexSummary summary = index(corpus, new IndexPipeline.Options(false, new CorpusReader.Limits(10_000_000, 1_000_000, 10_000), ""));
    assertEquals(2, summary.indexed(), "before, after");
    Map<String, String> reasons = reasons(summary, corpus);
    assertTrue(reasons.get("dump.jsonl.gz:2").matches("record too large \\(6\\d{6} bytes; limit 1000000\\)"), reasons.toString());
    assertEquals("\"title\" too long (12000 characters; limit 10000)", reasons.get("dump.jsonl.gz:4"));
  }

  @Test
  void aTruncatedGzipKeepsItsCompleteLinesAndSaysItWasCut() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path whole = dir.resolve("whole.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write((record("w1", BODY) + "\n" + record("w2", BODY) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      out.write(("{\"id\": \"w3\", \"body\": \"" + "نص طويل لم يكتمل ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(corpus.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    IndexSummary summary = index(corpus, IndexPipeline.Options.DEFAULTS);
    assertEquals(2, summary.indexed());
    String reason = reasons(summary, corpus).get("cut.jsonl.gz");
    assertTrue(reason.startsWith("truncated gzip file (Unexpected end of ZLIB input stream): the 2 complete lines before the break were read"), reason);
  }

  @Test
  void aWindows1256JsonLinesFileReadsAsArabic() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("legacy.jsonl"), (record("legacy-1", BODY) + "\n").getBytes(Charset.forName("windows-1256")));
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      assertEquals(1, engine.pipeline().run(List.of(corpus), progress -> {}).indexed());
      assertEquals(1, engine.search().search(SearchRequest.of("المعابر")).total().value());
      assertEquals("أمن الحدود", engine.search().search(SearchRequest.of("التهريب")).hits().getFirst().title());
    }
  }

  @Test
  void aBodyOfNonBreakingSpacesIsAnEmptyBody() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.jsonl"), String.join("\n", record("nbsp", "\u00a0\u00a0 \u00a0"), record("ok", BODY)));
    Files.writeString(corpus.resolve("blank.txt"), "\u00a0\u202f\n\u00a0\n");
    IndexSummary summary = index(corpus, IndexPipeline.Options.DEFAULTS);
    assertEquals(Map.of("a.jsonl:1", "empty body", "blank.txt", "empty body"), reasons(summary, corpus));
  }

  @Test
  void foldersLinksAndPipesThatCannotBeReadAreListedAndTheWalkGoesOn() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(Files.createDirectories(corpus.resolve("a")).resolve("one.txt"), "أمن الحدود\n\n" + BODY);
    Files.writeString(Files.createDirectories(corpus.resolve("z")).resolve("two.txt"), "أمن المعابر\n\n" + BODY);
    Files.createSymbolicLink(corpus.resolve("a/loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("deleted.txt"));
    assertEquals(0, new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor());
    IndexSummary summary = index(corpus, IndexPipeline.Options.DEFAULTS);
    assertEquals(2, summary.indexed());
    Map<String, String> reasons = reasons(summary, corpus);
    assertEquals(Map.of(
        "a/loop", "symbolic link loop (a link to a folder above it), not followed",
        "gone.txt", "dangling symbolic link (to " + corpus.resolve("deleted.txt") + ")",
        "pipe.txt", "not a regular file (a FIFO, socket or device)"), reasons);
  }

  @Test
  void anUnreadableFolderIsListedAndTheWalkGoesOn() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(Files.createDirectories(corpus.resolve("a")).resolve("one.txt"), "أمن الحدود\n\n" + BODY);
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    Files.writeString(locked.resolve("secret.txt"), "نص");
    Files.writeString(Files.createDirectories(corpus.resolve("z")).resolve("two.txt"), "أمن المعابر\n\n" + BODY);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "runs as root, who reads every folder: nothing to test here");
      IndexSummary summary = index(corpus, IndexPipeline.Options.DEFAULTS);
      assertEquals(2, summary.indexed());
      assertEquals(Map.of("locked", "cannot read: permission denied"), reasons(summary, corpus));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void idsAreThePathBelowTheIndexedFolderAndAnIdMetTwiceIsReported() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String name : List.of("2015/index.txt", "2016/index.txt", "news.2015-07-01.txt", "news.2015-07-02.txt", "story.md", "story.txt")) {
      Path file = corpus.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "خبر " + name + "\n\n" + BODY);
    }
    try (Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"))) {
      IndexSummary summary = engine.pipeline().run(List.of(corpus), progress -> {});
      assertEquals(5, summary.indexed());
      assertEquals(5, engine.search().documentCount());
      assertEquals(List.of(new IndexSummary.Duplicate("story", corpus.resolve("story.md").toString(), corpus.resolve("story.txt").toString())),
          summary.duplicates());
      for (String id : List.of("2015/index", "2016/index", "news.2015-07-01", "news.2015-07-02", "story")) {
        assertTrue(engine.search().document(id, null, TextForm.STEMMED).isPresent(), id);
      }
    }
  }
}
