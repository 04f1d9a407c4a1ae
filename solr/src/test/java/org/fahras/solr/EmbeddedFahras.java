package org.fahras.solr;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.common.util.Utils;

/**
 * The embedded engine as a user runs it: {@code bin/fahras index} on a corpus, then {@code
 * bin/fahras serve}, asked through its HTTP API. It runs in its own JVM because it is built on
 * Lucene 10 and this test's Solr on Lucene 9.
 */
final class EmbeddedFahras implements AutoCloseable {
  static final Path JAR = Path.of("target/fahras.jar");

  private final Process server;
  private final int port;

  private EmbeddedFahras(Process server, int port) {
    this.server = server;
    this.port = port;
  }

  /** {@code bin/fahras index} of a corpus into {@code dir}, under way; {@link Indexing#serve} serves it. */
  record Indexing(Process process, Path dir) {
    /** Waits for the index, serves it and waits until the server answers. */
    EmbeddedFahras serve() throws IOException, InterruptedException {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("bin/fahras index failed: " + Files.readString(dir.resolve("index.log")));
      }
      return EmbeddedFahras.serve(dir);
    }
  }

  static Indexing index(Path corpus, Path dir) throws IOException {
    Path index = dir.resolve("index");
    return new Indexing(fahras(List.of("index", corpus.toString(), "--index", index.toString()), dir.resolve("index.log")).start(), dir);
  }

  private static EmbeddedFahras serve(Path dir) throws IOException, InterruptedException {
    Path index = dir.resolve("index");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path serveLog = dir.resolve("serve.log");
    Process server = fahras(List.of("serve", "--index", index.toString(), "--port", Integer.toString(port)), serveLog).start();
    EmbeddedFahras fahras = new EmbeddedFahras(server, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        fahras.get("/api/v1/health");
        return fahras;
      } catch (IOException notYet) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          fahras.close();
          throw new IllegalStateException("bin/fahras serve did not answer: " + Files.readString(serveLog), notYet);
        }
        Thread.sleep(200);
      }
    }
  }

  private static ProcessBuilder fahras(List<String> args, Path log) {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add("bin/fahras");
    builder.command().addAll(args);
    builder.environment().put("FAHRAS_JAVA_OPTS", "-Xmx256m");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder;
  }

  /** The JSON answer of a GET of {@code path} with these query parameters (name, value, …). */
  @SuppressWarnings("unchecked")
  Map<String, Object> get(String path, String... params) throws IOException {
    StringBuilder url = new StringBuilder("http://127.0.0.1:" + port + path);
    for (int i = 0; i < params.length; i += 2) {
      url.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpURLConnection connection = (HttpURLConnection) URI.create(url.toString()).toURL().openConnection();
    connection.setConnectTimeout(2000);
    connection.setReadTimeout(30000);
    try {
      if (connection.getResponseCode() != 200) {
        throw new IOException(url + " answered " + connection.getResponseCode());
      }
      try (InputStream in = connection.getInputStream()) {
        return (Map<String, Object>) Utils.fromJSONString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      connection.disconnect();
    }
  }

  @Override
  public void close() {
    server.destroy();
    try {
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
