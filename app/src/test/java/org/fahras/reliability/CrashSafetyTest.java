package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.fahras.lucene.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexing killed with SIGKILL at random moments, twenty times over: after each kill the index
 * opens and checks clean, every document the child reported as committed is there exactly once,
 * and a last full run completes the job with no duplicates.
 */
class CrashSafetyTest {
  private static final int DOCUMENTS = 300;
  private static final int KILLS = 20;

  @TempDir Path dir;

  @Test
  void killedIndexingLosesNothingCommittedAndDuplicatesNothing() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<String> paragraphs = paragraphs();
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(corpus.resolve(String.format("doc-%04d.txt", i)),
          "خبر رقم " + i + "\n\n" + paragraphs.get(i % paragraphs.size()) + "\n\n" + paragraphs.get((i * 7 + 3) % paragraphs.size()),
          StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("index");
    Random random = new Random(20261124L);
    Set<String> committed = new HashSet<>();
    AtomicInteger finished = new AtomicInteger();
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = start(corpus, index);
      AtomicInteger commits = new AtomicInteger();
      Thread reader = readCommits(child, committed, finished, commits);
      // kill after a random number of commits, a random moment into the next batch
      int after = random.nextInt(DOCUMENTS / IndexingChild.COMMIT_EVERY);
      while (commits.get() < after && child.isAlive()) {
        Thread.sleep(1);
      }
      Thread.sleep(random.nextInt(after == 0 ? 800 : 40));
      child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no close
      reader.join();
      assertIntact(index, committed);
    }
    assertTrue(finished.get() < KILLS / 2, "most runs were killed mid-way (" + finished + " finished)");
    assertTrue(!committed.isEmpty(), "some runs committed before they were killed");
    Process last = start(corpus, index);
    Thread reader = readCommits(last, committed, finished, new AtomicInteger());
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last run finishes");
    reader.join();
    assertEquals(0, last.exitValue());
    assertEquals(DOCUMENTS, committed.size());
    assertIntact(index, committed);
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader2 = DirectoryReader.open(directory)) {
      assertEquals(DOCUMENTS, reader2.numDocs(), "no duplicates after re-running the same indexing");
    }
  }

  private static List<String> paragraphs() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (var files = Files.list(Path.of("samples/news"))) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.length() > 120 && line.endsWith(".")) {
            paragraphs.add(line);
          }
        }
      }
    }
    return paragraphs;
  }

  private static Process start(Path corpus, Path index) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IndexingChild.class.getName(),
        corpus.toString(), index.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Thread readCommits(Process child, Set<String> committed, AtomicInteger finished, AtomicInteger commits) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.equals("done")) {
            finished.incrementAndGet();
          }
          if (line.startsWith("committed ")) {
            synchronized (committed) {
              committed.addAll(List.of(line.substring("committed ".length()).split(" ")));
            }
            commits.incrementAndGet();
          }
        }
      } catch (IOException killed) {
        // the pipe closes when the child dies
      }
    });
    reader.start();
    return reader;
  }

  /** The index opens, CheckIndex finds nothing wrong, and each committed id is there once. */
  private static void assertIntact(Path index, Set<String> committed) throws IOException {
    if (!Files.exists(index) || !DirectoryReader.indexExists(FSDirectory.open(index))) {
      assertTrue(committed.isEmpty(), "ids were reported committed but there is no index");
      return;
    }
    try (FSDirectory directory = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        assertTrue(check.checkIndex().clean, "CheckIndex");
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String id : committed) {
          assertEquals(1, searcher.count(new TermQuery(new Term(Fields.ID, id))), id);
        }
      }
    }
  }
}
