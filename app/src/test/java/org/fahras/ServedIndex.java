package org.fahras;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.http.FahrasServer;
import org.fahras.http.WriteAccess;

/**
 * A fresh index in a test's folder, filled by the test, served read-only on a free port of
 * 127.0.0.1: the fixture of the HTTP and browser tests that need more than {@link SampleCorpus}.
 */
public final class ServedIndex implements AutoCloseable {
  /** What goes into the index before it is served. */
  public interface Filling {
    void fill(Engine engine) throws Exception;
  }

  private final Engine engine;
  private final FahrasServer server;

  private ServedIndex(Engine engine, FahrasServer server) {
    this.engine = engine;
    this.server = server;
  }

  public static ServedIndex start(Path dir, Filling filling) throws Exception {
    Engine engine = Engine.open(ConfigFiles.defaults(), dir.resolve("index"));
    filling.fill(engine);
    FahrasServer server = new FahrasServer(engine.search(), engine.pipeline(), engine.store(), WriteAccess.disabled(), "127.0.0.1", 0);
    server.start();
    return new ServedIndex(engine, server);
  }

  /** The sample articles, with their publication dates. */
  public static void datedSamples(Engine engine) throws Exception {
    engine.pipeline().run(List.of(SampleCorpus.FOLDER), done -> {});
    DatedSamples.applyTo(engine);
  }

  public String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  @Override
  public void close() throws IOException {
    server.close();
    engine.close();
  }
}
