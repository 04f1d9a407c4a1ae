package org.fahras.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Configuration files in a folder, such as {@code index-config/} of a checkout. */
public record ConfigFolder(Path dir) implements ConfigSource {
  @Override
  public Optional<byte[]> read(String name) throws IOException {
    Path file = dir.resolve(name);
    return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  /** The relative names of every file below the folder; none when it is absent. */
  @Override
  public List<String> names() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().map(file -> dir.relativize(file).toString()).toList();
    }
  }

  @Override
  public String describe(String name) {
    return dir.resolve(name).toString();
  }
}
