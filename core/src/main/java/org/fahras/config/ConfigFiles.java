package org.fahras.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one loader for Fahras configuration: commented UTF-8 text files in {@code index-config/}
 * and {@code stopwords/}, one entry per line. {@code #} starts a comment, blank lines are skipped,
 * tables are tab-separated. Keeping every list in such files lets a journalist add a marker or an
 * official without touching Java. The files are read by name from their {@link ConfigSource}s:
 * the folders of a checkout, or a search server's configuration set.
 */
public record ConfigFiles(ConfigSource indexConfig, ConfigSource stopwordLists) {

  /** The two folders. */
  public ConfigFiles(Path indexConfigDir, Path stopwordsDir) {
    this(new ConfigFolder(indexConfigDir), new ConfigFolder(stopwordsDir));
  }

  /** The folders of a checkout, relative to the working directory. */
  public static ConfigFiles defaults() {
    return new ConfigFiles(Path.of("index-config"), Path.of("stopwords"));
  }

  /**
   * A hash of every file of both sources: an index built with another configuration must be
   * rebuilt, so an index run compares it before it skips unchanged input.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ConfigSource source : List.of(indexConfig, stopwordLists)) {
        for (String name : source.names()) {
          digest.update(name.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(source.read(name).orElseThrow(() -> new IOException(source.describe(name) + " went away while it was read")));
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of {@code index-config/}. */
  public ConfigFile config(String name) {
    return new ConfigFile(indexConfig, name);
  }

  /** A file of {@code stopwords/}. */
  public ConfigFile stopwords(String name) {
    return new ConfigFile(stopwordLists, name);
  }

  /** The entries of a one-entry-per-line file, trimmed, comments and blank lines dropped. */
  public static List<String> lines(ConfigFile file) {
    return lines(file, read(file).orElseThrow(() -> missing(file)));
  }

  /** The rows of a tab-separated file, each cell trimmed, comments and blank lines dropped. */
  public static List<String[]> table(ConfigFile file) {
    return table(file, read(file).orElseThrow(() -> missing(file)));
  }

  /** {@link #lines}, or nothing when the file is absent: optional files, and files added after a configuration folder was made. */
  public static List<String> linesIfPresent(ConfigFile file) {
    return read(file).map(text -> lines(file, text)).orElse(List.of());
  }

  /** {@link #table}, or nothing when the file is absent. */
  public static List<String[]> tableIfPresent(ConfigFile file) {
    return read(file).map(text -> table(file, text)).orElse(List.of());
  }

  /** {@link #lines(ConfigFile)} of a file given by its path. */
  public static List<String> lines(Path file) {
    return lines(ConfigFile.of(file));
  }

  /** {@link #table(ConfigFile)} of a file given by its path. */
  public static List<String[]> table(Path file) {
    return table(ConfigFile.of(file));
  }

  private static List<String> lines(ConfigFile file, String text) {
    List<String> entries = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String entry = stripComment(line).strip();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static List<String[]> table(ConfigFile file, String text) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text.lines().toList()) {
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

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The file's text, strictly UTF-8: a list saved in another encoding is an error, not mojibake. */
  private static Optional<String> read(ConfigFile file) {
    try {
      Optional<byte[]> bytes = file.source().read(file.name());
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.get())).toString());
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("configuration file " + file + " is not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read configuration file " + file, e);
    }
  }

  private static UncheckedIOException missing(ConfigFile file) {
    return new UncheckedIOException("cannot read configuration file " + file, new NoSuchFileException(file.toString()));
  }
}
