package org.fahras;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine seam, read from the sources: the web page, the API and the command line reach the
 * search engine only through the interfaces of {@code org.fahras.search}, so a backend is two
 * interfaces implemented in a package of its own. A class that names Lucene's index or search
 * classes, or the embedded engine's package, outside the places listed here breaks the seam.
 */
class EngineSeamTest {
  /** The app module's sources, from the project's top folder, where the tests run. */
  private static final Path SOURCES = Path.of("app", "src", "main", "java", "org", "fahras");
  /** Lucene's index, search and facet classes: what only an engine's implementation may know. */
  private static final Pattern LUCENE_ENGINE = Pattern.compile("org\\.apache\\.lucene\\.(?:index|search|facet|document|store)\\b");
  private static final Pattern ANY_LUCENE_IMPORT = Pattern.compile("^import (?:static )?org\\.apache\\.lucene\\.", Pattern.MULTILINE);
  private static final Pattern EMBEDDED_ENGINE = Pattern.compile("\\borg\\.fahras\\.lucene\\b");
  /**
   * The command line's classes that know the embedded engine: the composition root that opens it,
   * and the commands about its index folder (whether one is there, a copy of it).
   */
  private static final Set<String> CLI_ON_THE_EMBEDDED_ENGINE = Set.of("Engine.java", "ExistingIndex.java", "BackupCommand.java");

  @Test
  void httpAndCliImportNoLuceneClass() {
    for (String pkg : List.of("http", "cli")) {
      Map<String, String> sources = sources(pkg);
      sources.forEach((file, text) -> {
        assertFalse(ANY_LUCENE_IMPORT.matcher(text).find(), pkg + "/" + file + " imports Lucene");
        assertFalse(LUCENE_ENGINE.matcher(text).find(), pkg + "/" + file + " names a Lucene index or search class");
      });
    }
  }

  /** The API and the pipeline work with any backend: they know the seam, not the embedded engine. */
  @Test
  void httpAndThePipelineKnowOnlyTheSeam() {
    for (String pkg : List.of("http", "pipeline")) {
      sources(pkg).forEach((file, text) -> {
        assertFalse(EMBEDDED_ENGINE.matcher(text).find(), pkg + "/" + file + " names org.fahras.lucene");
        assertFalse(LUCENE_ENGINE.matcher(text).find(), pkg + "/" + file + " names a Lucene index or search class");
      });
    }
  }

  @Test
  void theCommandLineKnowsTheEmbeddedEngineOnlyWhereItOpensItOrItsFolder() {
    sources("cli").forEach((file, text) -> {
      if (EMBEDDED_ENGINE.matcher(text).find()) {
        assertTrue(CLI_ON_THE_EMBEDDED_ENGINE.contains(file), "cli/" + file + " names org.fahras.lucene");
      }
    });
  }

  /** The request and result types a backend fills, and the interfaces, hold no Lucene index or search class. */
  @Test
  void theSeamIsFreeOfLuceneIndexAndSearchClasses() {
    sources("search").forEach((file, text) -> {
      assertFalse(LUCENE_ENGINE.matcher(text).find(), "search/" + file + " names a Lucene index or search class");
      assertFalse(EMBEDDED_ENGINE.matcher(imports(text)).find(), "search/" + file + " imports org.fahras.lucene");
    });
  }

  /** The checks above read real sources: the embedded engine's own files trip them. */
  @Test
  void theChecksCatchTheEmbeddedEnginesOwnImports() {
    Map<String, String> engine = sources("lucene");
    assertTrue(LUCENE_ENGINE.matcher(engine.get("SearchService.java")).find());
    assertTrue(ANY_LUCENE_IMPORT.matcher(engine.get("IndexStore.java")).find());
    assertTrue(EMBEDDED_ENGINE.matcher(sources("cli").get("Engine.java")).find());
  }

  /** Each Java file of a package by name, with its text; fails on an empty or missing package. */
  private static Map<String, String> sources(String pkg) {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(sources.isEmpty(), "no sources in " + SOURCES.resolve(pkg));
    return sources;
  }

  private static String imports(String text) {
    StringBuilder imports = new StringBuilder();
    Matcher m = Pattern.compile("^import .*$", Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      imports.append(m.group()).append('\n');
    }
    return imports.toString();
  }
}
