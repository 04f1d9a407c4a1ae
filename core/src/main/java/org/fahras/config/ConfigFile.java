package org.fahras.config;

import java.nio.file.Path;

/** One named file of a {@link ConfigSource}; it reads as the place it stands for. */
public record ConfigFile(ConfigSource source, String name) {
  /** A file given by its path. */
  public static ConfigFile of(Path file) {
    Path dir = file.getParent();
    return new ConfigFile(new ConfigFolder(dir == null ? Path.of("") : dir), file.getFileName().toString());
  }

  @Override
  public String toString() {
    return source.describe(name);
  }
}
