package org.fahras.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.lucene.IndexBackup;
import org.fahras.lucene.IndexStore;

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
    if (!IndexStore.exists(folder)) {
      throw new CommandFailure("no index in " + folder + " (build one with 'fahras index PATH... --index " + folder + "')");
    }
  }
}
