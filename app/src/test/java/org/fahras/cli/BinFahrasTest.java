package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/fahras runs the built jar on a JDK 21+ whatever the default java is, and the one-shot
 * commands print what Fahras says and nothing of the JVM's or the libraries' start-up notices.
 */
class BinFahrasTest {
  private static final Path JAR = Path.of("target/fahras.jar");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run fahras(List<String> args) throws IOException, InterruptedException {
    assumeTrue(Files.exists(JAR), "target/fahras.jar is not built (make build): bin/fahras has nothing to run");
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add("bin/fahras");
    builder.command().addAll(args);
    Map<String, String> env = builder.environment();
    env.remove("JAVA_HOME"); // found as the Makefile finds it, not inherited from the test's JVM
    env.put("PATH", "/usr/bin:/bin"); // where the default java may be 17
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void indexesAndSearchesWithoutStartUpNoise() throws Exception {
    Path index = dir.resolve("index");
    Run indexed = fahras(List.of("index", "samples/news", "--index", index.toString()));
    assertEquals(0, indexed.exit(), indexed.err());
    // the progress line is redrawn after carriage returns; what stays on screen is its last state
    List<String> lines = List.of(indexed.err().split("\n")).stream().map(line -> line.substring(line.lastIndexOf('\r') + 1)).toList();
    assertEquals(2, lines.size(), indexed.err());
    assertTrue(lines.get(0).startsWith("[########################] 5/5 files"), lines.get(0));
    assertTrue(lines.get(1).startsWith("indexed 5 documents into " + index), lines.get(1));

    Run searched = fahras(List.of("search", "--index", index.toString(), "لعمامرة"));
    assertEquals(0, searched.exit(), searched.err());
    assertEquals("", searched.err());
    assertTrue(searched.out().startsWith("1 hits for «لعمامرة»"), searched.out());
  }

  @Test
  void aBareFahrasListsTheCommandsAndAFailureIsOneLine() throws Exception {
    Run bare = fahras(List.of());
    assertEquals(0, bare.exit());
    assertTrue(bare.out().startsWith("Usage: fahras [-hV] COMMAND"), bare.out());
    assertEquals("", bare.err());

    Run missing = fahras(List.of("search", "--index", dir.resolve("typo").toString(), "ليبيا"));
    assertEquals(1, missing.exit());
    assertEquals("fahras: no index at " + dir.resolve("typo") + ": no such folder (build one with 'fahras index PATH... --index "
        + dir.resolve("typo") + "')\n", missing.err());
  }
}
