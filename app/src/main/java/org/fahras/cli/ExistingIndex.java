package org.fahras.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.fahras.index.IndexBackup;

/**
 * The commands that read an index (serve, search, backup) need one: creating an index is the job
 * of {@code index}, and an empty folder or a half-copied backup served as an empty index hides the
 * mistake.
 */
final class ExistingIndex {
  private ExistingIndex() {}

  static void require(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new CommandFailure("no index at " + folder + ": no such folder (build one with 'fahras index PATH... --index " + folder + "')");
    }
    if (IndexBackup.isIncomplete(folder)) {
      throw new CommandFailure(folder + " holds a backup that did not finish (" + IndexBackup.IN_PROGRESS
          + " is there, " + IndexBackup.MARKER + " is not); make the backup again");
    }
    try (FSDirectory directory = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new CommandFailure("no index in " + folder + " (build one with 'fahras index PATH... --index " + folder + "')");
      }
    }
  }
}
