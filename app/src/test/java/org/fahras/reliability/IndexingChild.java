package org.fahras.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.model.Format;
import org.fahras.model.RawDocument;

/**
 * The process {@link CrashSafetyTest} kills: indexes every file of a folder into an index, commits
 * every few documents, and after each commit prints the ids it made durable.
 *
 * <p>Usage: {@code IndexingChild CORPUS_DIR INDEX_DIR}.
 */
public final class IndexingChild {
  static final int COMMIT_EVERY = 10;

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (var list = Files.list(Path.of(args[0]))) {
      files = list.sorted().toList();
    }
    try (Engine engine = Engine.open(ConfigFiles.defaults(), Path.of(args[1]))) {
      List<String> pending = new ArrayList<>();
      for (Path file : files) {
        String id = file.getFileName().toString().replace(".txt", "");
        engine.pipeline().index(new RawDocument(id, Format.TEXT, Files.readAllBytes(file), Map.of(), file.toString()));
        pending.add(id);
        if (pending.size() == COMMIT_EVERY) {
          commit(engine, pending);
        }
      }
      commit(engine, pending);
      System.out.println("done");
    }
  }

  private static void commit(Engine engine, List<String> ids) throws Exception {
    engine.store().commit();
    if (!ids.isEmpty()) {
      System.out.write(("committed " + String.join(" ", ids) + "\n").getBytes(StandardCharsets.UTF_8));
      System.out.flush();
    }
    ids.clear();
  }
}
