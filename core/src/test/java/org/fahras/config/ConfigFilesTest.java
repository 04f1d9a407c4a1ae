package org.fahras.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The word lists read the same from any source of named files: the folders of a checkout, or the
 * files a search server hands over by name (Solr's configset in ZooKeeper).
 */
class ConfigFilesTest {
  /** Named files held in memory, as a server's configuration set hands them over. */
  private record Named(String where, TreeMap<String, byte[]> files) implements ConfigSource {
    static Named copyOf(Path dir) throws IOException {
      TreeMap<String, byte[]> files = new TreeMap<>();
      for (String name : new ConfigFolder(dir).names()) {
        files.put(name, Files.readAllBytes(dir.resolve(name)));
      }
      return new Named("configset " + dir.getFileName(), files);
    }

    @Override
    public Optional<byte[]> read(String name) {
      return Optional.ofNullable(files.get(name));
    }

    @Override
    public List<String> names() {
      return List.copyOf(files.keySet());
    }

    @Override
    public String describe(String name) {
      return where + ": " + name;
    }
  }

  @TempDir Path dir;

  @Test
  void namedFilesReadAsTheFolders() throws IOException {
    ConfigFiles folders = ConfigFiles.defaults();
    ConfigFiles named = new ConfigFiles(Named.copyOf(Path.of("index-config")), Named.copyOf(Path.of("stopwords")));
    assertEquals(ConfigFiles.lines(folders.stopwords("arabic.txt")), ConfigFiles.lines(named.stopwords("arabic.txt")));
    List<String[]> fromFolder = ConfigFiles.table(folders.config("countries.tsv"));
    List<String[]> fromNames = ConfigFiles.table(named.config("countries.tsv"));
    assertEquals(fromFolder.size(), fromNames.size());
    for (int i = 0; i < fromFolder.size(); i++) {
      assertArrayEquals(fromFolder.get(i), fromNames.get(i));
    }
    assertEquals(folders.fingerprint(), named.fingerprint());
  }

  @Test
  void commentsBlankLinesAndCellsAreTrimmed() throws IOException {
    Files.writeString(dir.resolve("x.tsv"), "# عنوان\n\nليبيا\t LY \t# تعليق\n  تونس  # بلد\n", StandardCharsets.UTF_8);
    List<String[]> rows = ConfigFiles.table(dir.resolve("x.tsv"));
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"ليبيا", "LY", ""}, rows.get(0));
    assertArrayEquals(new String[] {"تونس"}, rows.get(1));
    assertEquals(List.of("ليبيا\t LY", "تونس"), ConfigFiles.lines(dir.resolve("x.tsv")));
  }

  @Test
  void anAbsentOptionalFileIsEmptyAndAnAbsentRequiredOneNamesWhereItWasLookedFor() throws IOException {
    ConfigFiles named = new ConfigFiles(Named.copyOf(Path.of("index-config")), Named.copyOf(Path.of("stopwords")));
    assertEquals(List.of(), ConfigFiles.tableIfPresent(named.config("absent.tsv")));
    UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> ConfigFiles.table(named.config("absent.tsv")));
    assertTrue(missing.getMessage().contains("configset index-config: absent.tsv"), missing.getMessage());
  }

  @Test
  void aListInAnotherEncodingIsAnError() throws IOException {
    Files.write(dir.resolve("cp1256.txt"), "ليبيا\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));
    UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> ConfigFiles.lines(dir.resolve("cp1256.txt")));
    assertTrue(error.getMessage().contains("is not UTF-8"), error.getMessage());
  }
}
