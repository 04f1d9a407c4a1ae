package org.fahras.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** The files and folders named on a command line. */
final class Inputs {
  private Inputs() {}

  static void requireExisting(List<Path> paths) {
    for (Path path : paths) {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new UsageException("no such file or folder: " + path);
      }
    }
  }
}
