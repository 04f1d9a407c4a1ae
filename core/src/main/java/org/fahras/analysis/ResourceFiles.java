package org.fahras.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.ResourceLoader;

/**
 * Reads our configuration files through Lucene's {@link ResourceLoader}, the way Solr and
 * OpenSearch hand files to analysis factories: UTF-8, {@code #} comments, blank lines skipped,
 * several files separated by commas.
 */
final class ResourceFiles {
  private ResourceFiles() {}

  static List<String> lines(ResourceLoader loader, String files) throws IOException {
    List<String> lines = new ArrayList<>();
    if (files == null) {
      return lines;
    }
    for (String file : files.split(",")) {
      try (InputStream in = loader.openResource(file.strip())) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          int hash = line.indexOf('#');
          String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
          if (!entry.isEmpty()) {
            lines.add(entry);
          }
        }
      }
    }
    return lines;
  }

  static List<String[]> table(ResourceLoader loader, String files) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(loader, files)) {
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }
}
