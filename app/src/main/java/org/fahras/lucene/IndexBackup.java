package org.fahras.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies the last commit of an index to a new folder and checks the copy. Lucene never changes a
 * committed file, so the files a commit point names form a consistent index; if a running writer
 * merges them away mid-copy, the copy starts again from the newer commit.
 *
 * <p>A copy that is cut short (the process killed, the disk full) must never pass for an index:
 * the copy starts with a {@value #IN_PROGRESS} file, copies the commit point ({@code segments_N})
 * after the files it names, and ends by writing {@value #MARKER} and removing {@value
 * #IN_PROGRESS}.
 */
public final class IndexBackup {
  /** Present while a copy runs; left behind by a copy that did not finish. */
  public static final String IN_PROGRESS = "BACKUP-IN-PROGRESS";
  /** Written last: what was copied, from where, when, and how many live documents it holds. */
  public static final String MARKER = "backup.properties";
  private static final int ATTEMPTS = 5;

  private IndexBackup() {}

  /** What a finished backup holds. */
  public record Copied(long generation, int documents) {}

  /** True when {@code folder} holds a backup that never finished. */
  public static boolean isIncomplete(Path folder) {
    return Files.exists(folder.resolve(IN_PROGRESS));
  }

  /**
   * Copies the last commit of {@code index} into the empty or new folder {@code target}; returns
   * the commit and its number of live documents (deleted and replaced documents not counted).
   */
  public static Copied copy(Path index, Path target) throws IOException {
    Files.createDirectories(target);
    try (var existing = Files.list(target)) {
      if (existing.findAny().isPresent()) {
        throw new IOException("the backup folder " + target + " is not empty; give a new or empty folder");
      }
    }
    Files.writeString(target.resolve(IN_PROGRESS), "a backup of " + index.toAbsolutePath() + " started at " + Instant.now() + "\n");
    for (int attempt = 1; ; attempt++) {
      try (FSDirectory source = FSDirectory.open(index)) {
        SegmentInfos commit = SegmentInfos.readLatestCommit(source);
        List<String> files = new ArrayList<>(commit.files(false));
        files.add(commit.getSegmentsFileName()); // last: without it the folder holds no commit
        for (String file : files) {
          Files.copy(index.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        int documents;
        try (FSDirectory copy = FSDirectory.open(target)) {
          copy.sync(files);
          try (CheckIndex check = new CheckIndex(copy)) {
            if (!check.checkIndex().clean) {
              throw new IOException("the copy in " + target + " does not check clean");
            }
          }
          try (DirectoryReader reader = DirectoryReader.open(copy)) {
            documents = reader.numDocs();
          }
        }
        writeMarker(index, target, commit.getGeneration(), documents);
        return new Copied(commit.getGeneration(), documents);
      } catch (NoSuchFileException mergedAway) {
        if (attempt == ATTEMPTS) {
          throw mergedAway;
        }
        try (var partial = Files.list(target)) {
          for (Path file : partial.toList()) {
            if (!file.getFileName().toString().equals(IN_PROGRESS)) {
              Files.delete(file);
            }
          }
        }
      }
    }
  }

  private static void writeMarker(Path index, Path target, long generation, int documents) throws IOException {
    Path temporary = target.resolve(MARKER + ".tmp");
    String marker = "# a finished Fahras backup; the folder is an index: serve --index " + target + "\n"
        + "source=" + index.toAbsolutePath() + "\n"
        + "commit=" + IndexFileNames.fileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation) + "\n"
        + "documents=" + documents + "\n"
        + "finished=" + Instant.now() + "\n";
    Files.writeString(temporary, marker, StandardCharsets.UTF_8);
    try (FSDirectory copy = FSDirectory.open(target)) {
      copy.sync(List.of(MARKER + ".tmp"));
    }
    Files.move(temporary, target.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    Files.delete(target.resolve(IN_PROGRESS));
  }
}
