package org.fahras;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;
import org.fahras.pipeline.IndexSummary;

/**
 * The five sample articles of {@code samples/news/} indexed once per test run into a temporary
 * folder, with the project's own configuration: the shared fixture of the search and API tests.
 */
public final class SampleCorpus {
  public static final Path FOLDER = Path.of("samples", "news");

  /** The sample ids, by the short prefix the tests use. */
  public static final String A000 = "000_f83fad4017c3a26e";
  public static final String A001 = "001_e6cec7ea6f3f5799";
  public static final String A002 = "002_a1c25e29923e9552";
  public static final String A003 = "003_e8eb1555354a108a";
  public static final String A004 = "004_114047c5c7cf8368";

  private static Engine engine;
  private static FahrasServer server;
  private static IndexSummary summary;

  private SampleCorpus() {}

  public static synchronized Engine engine() {
    if (engine == null) {
      try {
        Path dir = Files.createTempDirectory("fahras-sample-index");
        engine = Engine.open(ConfigFiles.defaults(), dir);
        summary = engine.pipeline().run(List.of(FOLDER), done -> {});
        Runtime.getRuntime().addShutdownHook(new Thread(SampleCorpus::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return engine;
  }

  /** A read-only server over the sample index on a free port of 127.0.0.1, started once. */
  public static synchronized FahrasServer server() {
    if (server == null) {
      Engine e = engine();
      server = new FahrasServer(e.search(), e.pipeline(), e.store(), WriteAccess.disabled(), "127.0.0.1", 0);
      server.start();
    }
    return server;
  }

  public static synchronized IndexSummary summary() {
    engine();
    return summary;
  }

  private static synchronized void close() {
    if (server != null) {
      server.close();
    }
    try {
      engine.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the temporary index goes with it
    }
  }
}
