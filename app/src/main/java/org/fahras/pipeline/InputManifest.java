package org.fahras.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fahras.clean.CorpusReader;

/**
 * The files the last index runs read completely, with their size and modification time, kept
 * beside the index ({@value #FILE}) and written after the run's commit: a file listed with the
 * same size and time (and the same configuration) was indexed as it is and is not read again.
 * A lost or stale manifest only costs reading again; the content hashes still skip the records.
 */
final class InputManifest {
  static final String FILE = "fahras-inputs.tsv";

  private final String configuration;
  private final Map<String, String> files;

  private InputManifest(String configuration, Map<String, String> files) {
    this.configuration = configuration;
    this.files = files;
  }

  /** The manifest in {@code indexFolder}, or an empty one when absent or of another configuration. */
  static InputManifest load(Path indexFolder, String configuration) throws IOException {
    Map<String, String> files = new HashMap<>();
    Path file = indexFolder.resolve(FILE);
    if (Files.exists(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.getFirst().equals("# configuration " + configuration)) {
        for (String line : lines.subList(1, lines.size())) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            files.put(line.substring(tab + 1), line.substring(0, tab));
          }
        }
      }
    }
    return new InputManifest(configuration, files);
  }

  boolean unchanged(CorpusReader.Input input) {
    return stamp(input).equals(files.get(key(input)));
  }

  void read(CorpusReader.Input input) {
    files.put(key(input), stamp(input));
  }

  void save(Path indexFolder) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# configuration " + configuration);
    files.forEach((path, stamp) -> lines.add(stamp + "\t" + path));
    Path temporary = indexFolder.resolve(FILE + ".tmp");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    Files.move(temporary, indexFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String key(CorpusReader.Input input) {
    return input.file().toAbsolutePath().normalize().toString();
  }

  private static String stamp(CorpusReader.Input input) {
    return input.size() + ":" + input.modifiedMillis();
  }
}
