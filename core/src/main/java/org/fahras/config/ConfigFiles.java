package org.fahras.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one loader for Fahras configuration: commented UTF-8 text files in {@code index-config/}
 * and {@code stopwords/}, one entry per line. {@code #} starts a comment, blank lines are skipped,
 * tables are tab-separated. Keeping every list in such files lets a journalist add a marker or an
 * official without touching Java.
 */
public record ConfigFiles(Path indexConfigDir, Path stopwordsDir) {

  /** The folders of a checkout, relative to the working directory. */
  public static ConfigFiles defaults() {
    return new ConfigFiles(Path.of("index-config"), Path.of("stopwords"));
  }

  /**
   * A hash of every file in both folders: an index built with another configuration must be
   * rebuilt, so an index run compares it before it skips unchanged input.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path dir : List.of(indexConfigDir, stopwordsDir)) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (var files = Files.walk(dir)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration folders", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of {@code index-config/}. */
  public Path config(String name) {
    return indexConfigDir.resolve(name);
  }

  /** A file of {@code stopwords/}. */
  public Path stopwords(String name) {
    return stopwordsDir.resolve(name);
  }

  /** The entries of a one-entry-per-line file, trimmed, comments and blank lines dropped. */
  public static List<String> lines(Path file) {
    List<String> entries = new ArrayList<>();
    for (String line : read(file)) {
      String entry = stripComment(line).strip();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** The rows of a tab-separated file, each cell trimmed, comments and blank lines dropped. */
  public static List<String[]> table(Path file) {
    List<String[]> rows = new ArrayList<>();
    for (String line : read(file)) {
      String entry = stripComment(line);
      if (entry.isBlank()) {
        continue;
      }
      String[] cells = entry.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  /** {@link #lines}, or nothing when the file is absent: optional files, and files added after a configuration folder was made. */
  public static List<String> linesIfPresent(Path file) {
    return Files.exists(file) ? lines(file) : List.of();
  }

  /** {@link #table}, or nothing when the file is absent. */
  public static List<String[]> tableIfPresent(Path file) {
    return Files.exists(file) ? table(file) : List.of();
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read configuration file " + file, e);
    }
  }
}
