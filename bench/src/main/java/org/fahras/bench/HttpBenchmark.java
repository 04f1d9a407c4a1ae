package org.fahras.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.search.SearchRequest;

/**
 * Search over HTTP on loopback: starts the real server ({@code fahras serve}) in a child JVM with
 * a 1 GiB heap on the index {@link IndexingBenchmark} left in {@code WORK_DIR/fahras}, then 1, 4
 * and 16 closed-loop clients (wrk connections, script {@code bench/queries.lua}) send the {@link
 * QuerySet} as the page would (20 hits, 3 facets, snippets) for a fixed time each. Prints throughput, p50/p99
 * and errors (any answer but 200, or a failed request), and the server's heap after a full GC.
 *
 * <p>Usage: {@code HttpBenchmark DATA_DIR ARTICLES [WORK_DIR] [SECONDS_PER_LEVEL] [HEAP]}.
 */
public final class HttpBenchmark {
  private static final int[] CLIENTS = {1, 4, 16};
  private static final Pattern WRK_RESULT = Pattern.compile("fahras-result requests=(\\d+) micros=(\\d+) p50=(\\d+) p99=(\\d+) errors=(\\d+)");
  private static final Pattern HEAP_USED = Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K");

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int articles = Integer.parseInt(args[1]);
    Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    String heap = args.length > 4 ? args[4] : "1g";
    List<String> paths = QuerySet.sample(BenchCorpus.realOnly(data, articles), 2_000, BenchCorpus.SEED).stream().map(HttpBenchmark::path).toList();
    Path queries = Files.write(work.resolve("http-queries.txt"), paths, StandardCharsets.UTF_8);
    Path script = work.resolve("queries.lua");
    try (InputStream in = HttpBenchmark.class.getResourceAsStream("/bench/queries.lua")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    int port = freePort();
    Process server = startServer(work.resolve("fahras"), port, heap, work.resolve("server.log"));
    try {
      String base = "http://127.0.0.1:" + port;
      awaitHealthy(base, server);
      String idle = heapAfterGc(server.pid());
      run(base, queries, script, 4, Math.max(5, seconds / 2)); // warm-up: JIT, page cache
      System.out.printf(Locale.ROOT, "server: fahras serve, -Xmx%s, %d CPU cores shared with the clients; %d queries, %d s per level%n%n",
          heap, Runtime.getRuntime().availableProcessors(), paths.size(), seconds);
      System.out.printf(Locale.ROOT, "| clients | requests | req/s | p50 ms | p99 ms | errors |%n|---|---|---|---|---|---|%n");
      for (int clients : CLIENTS) {
        Result r = run(base, queries, script, clients, seconds);
        System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f | %d |%n", clients, r.requests, r.requests / r.seconds, r.p50Ms, r.p99Ms, r.errors);
      }
      System.out.printf(Locale.ROOT, "%nserver heap after a full GC (jcmd GC.heap_info): idle %s; after the load %s%n", idle, heapAfterGc(server.pid()));
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /** One level's figures, as the wrk script prints them. */
  private record Result(long requests, double seconds, double p50Ms, double p99Ms, long errors) {}

  /**
   * {@code clients} connections of wrk (one thread: the load generator's own CPU stays small on
   * the cores the server shares), each sending the next query as soon as the last answer is in.
   */
  private static Result run(String base, Path queries, Path script, int clients, int seconds) throws IOException, InterruptedException {
    Process wrk;
    try {
      wrk = new ProcessBuilder("wrk", "-t1", "-c" + clients, "-d" + seconds + "s", "--timeout", "30s", "-s", script.toString(), base, "--", queries.toString())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new IOException("the HTTP benchmark needs wrk on the PATH: apt-get install wrk", e);
    }
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Matcher m = WRK_RESULT.matcher(out);
    if (!m.find()) {
      throw new IOException("wrk gave no result line:\n" + out);
    }
    return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)) / 1e3,
        Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)));
  }

  /** The API address of a query, with the page's defaults: 20 hits, 3 facets, snippets. */
  static String path(SearchRequest r) {
    StringBuilder path = new StringBuilder("/api/v1/search?q=").append(encode(r.query()))
        .append("&mode=").append(r.mode().name().toLowerCase(Locale.ROOT))
        .append("&per_page=").append(r.perPage())
        .append("&facets=").append(String.join(",", r.facets()));
    r.filters().forEach((dim, values) -> values.forEach(v -> path.append("&filter.").append(dim).append('=').append(encode(v))));
    return path.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The server in a child JVM, its log in {@code log} (kept out of the results table). */
  static Process startServer(Path index, int port, String heap, Path log) throws IOException {
    return startServer(index, port, heap, log, Map.of());
  }

  /** As {@link #startServer(Path, int, String, Path)}, with more environment variables (a write token). */
  static Process startServer(Path index, int port, String heap, Path log, Map<String, String> environment) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder server = new ProcessBuilder(java, "-Xmx" + heap, "--add-modules", "jdk.incubator.vector", "-Dfile.encoding=UTF-8",
            "-cp", System.getProperty("java.class.path"), "org.fahras.cli.Main",
            "serve", "--index", index.toString(), "--port", String.valueOf(port), "--host", "127.0.0.1")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    server.environment().putAll(environment);
    return server.start();
  }

  static void awaitHealthy(String base, Process server) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      for (int i = 0; i < 600; i++) {
        if (!server.isAlive()) {
          throw new IOException("the server exited with status " + server.exitValue());
        }
        try {
          if (client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(200);
      }
    }
    throw new IOException("the server did not answer within 120 s");
  }

  /** Used heap after a full GC, as the JDK's jcmd reports it, e.g. "212 MB of 1024 MB". */
  private static String heapAfterGc(long pid) throws Exception {
    jcmd(pid, "GC.run");
    Matcher m = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    return m.find()
        ? String.format(Locale.ROOT, "%d MB used of %d MB committed", Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024)
        : "unknown (jcmd gave no heap line)";
  }

  private static String jcmd(long pid, String command) throws Exception {
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Process p = new ProcessBuilder(java.resolveSibling("jcmd").toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
