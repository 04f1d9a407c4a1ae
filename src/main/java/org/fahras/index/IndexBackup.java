package org.fahras.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies the last commit of an index to a new folder and checks the copy. Lucene never changes a
 * committed file, so the files a commit point names form a consistent index; if a running writer
 * merges them away mid-copy, the copy starts again from the newer commit.
 */
public final class IndexBackup {
  private static final int ATTEMPTS = 5;

  private IndexBackup() {}

  /** Copies the last commit of {@code index} into the empty or new folder {@code target}; returns the number of documents. */
  public static int copy(Path index, Path target) throws IOException {
    Files.createDirectories(target);
    try (var existing = Files.list(target)) {
      if (existing.findAny().isPresent()) {
        throw new IOException("the backup folder " + target + " is not empty");
      }
    }
    for (int attempt = 1; ; attempt++) {
      try (FSDirectory source = FSDirectory.open(index)) {
        SegmentInfos commit = SegmentInfos.readLatestCommit(source);
        for (String file : commit.files(true)) {
          Files.copy(index.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        try (FSDirectory copy = FSDirectory.open(target); CheckIndex check = new CheckIndex(copy)) {
          if (!check.checkIndex().clean) {
            throw new IOException("the copy in " + target + " does not check clean");
          }
        }
        return commit.totalMaxDoc();
      } catch (NoSuchFileException mergedAway) {
        if (attempt == ATTEMPTS) {
          throw mergedAway;
        }
        try (var partial = Files.list(target)) {
          for (Path file : partial.toList()) {
            Files.delete(file);
          }
        }
      }
    }
  }
}
