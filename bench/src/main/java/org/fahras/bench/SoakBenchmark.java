package org.fahras.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.fahras.cli.Engine;
import org.fahras.config.ConfigFiles;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.model.RawDocument;

/**
 * The server under well-behaved and badly-behaved clients at once, on loopback, for a fixed time:
 * 16 closed-loop search clients, a writer adding and deleting a document every two seconds, and a
 * health probe every 100 ms, while other connections trickle request bodies a byte at a time,
 * stop half-way through their headers, connect and send nothing, and ask for 10,000-row exports
 * they never read. The bad connections are bounded in number; whenever the server closes one, the
 * benchmark opens another, so the pressure lasts the whole run. A baseline phase with the
 * well-behaved clients alone comes first. Prints the health probe's latencies (target p99 under
 * 100 ms), the well-behaved clients' errors (target 0), and how often the server closed each kind
 * of bad connection.
 *
 * <p>Usage: {@code SoakBenchmark DATA_DIR ARTICLES [WORK_DIR] [SECONDS] [HEAP]}; the index of
 * {@code ARTICLES} real articles is built in {@code WORK_DIR/soak-index-ARTICLES} on the first run.
 */
public final class SoakBenchmark {
  private static final String TOKEN = "soak-benchmark-token";
  private static final int SEARCH_CLIENTS = 16;
  private static final int SLOW_BODIES = 16;
  private static final int HALF_SENT_HEADERS = 1000;
  private static final int SILENT = 500;
  private static final int UNREAD_EXPORTS = 4;
  private static final Duration HEALTH_EVERY = Duration.ofMillis(100);

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int articles = Integer.parseInt(args[1]);
    Path work = Path.of(args.length > 2 ? args[2] : "target/bench");
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    String heap = args.length > 4 ? args[4] : "1g";
    BenchCorpus corpus = BenchCorpus.realOnly(data, articles);
    Path index = work.resolve("soak-index-" + articles);
    if (!Files.isDirectory(index)) {
      build(corpus, index);
    }
    List<String> queries = QuerySet.sample(corpus, 2_000, BenchCorpus.SEED).stream().map(HttpBenchmark::path).toList();
    int port = HttpBenchmark.freePort();
    Process server = HttpBenchmark.startServer(index, port, heap, work.resolve("soak-server.log"), Map.of("FAHRAS_TOKEN", TOKEN));
    try {
      String base = "http://127.0.0.1:" + port;
      HttpBenchmark.awaitHealthy(base, server);
      new SoakBenchmark(base, port, queries).run(Duration.ofSeconds(seconds), heap, articles);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static void build(BenchCorpus corpus, Path index) throws IOException {
    try (Engine engine = Engine.open(ConfigFiles.defaults(), index)) {
      for (RawDocument doc : corpus.articles()) {
        try {
          engine.pipeline().index(doc);
        } catch (IndexPipeline.RejectedException skipped) {
          // an article with no text left: the benchmark does not need it
        }
      }
      engine.store().commit();
    }
  }

  private final String base;
  private final int port;
  private final List<String> queries;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  /** The probe's own client, so that its answers never wait behind the search clients' in one. */
  private final HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, AtomicLong> closedByServer = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> badClientErrors = new ConcurrentLinkedQueue<>();
  private final AtomicLong writeIds = new AtomicLong();
  private volatile boolean badClientsRunning = true;

  /** What the well-behaved clients saw in one phase. */
  private static final class Phase {
    final Latencies search = new Latencies();
    final Latencies health = new Latencies();
    final AtomicLong writes = new AtomicLong();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    volatile boolean running = true;
    double seconds;

    long errors(String kind) {
      return errors.stream().filter(e -> e.startsWith(kind)).count();
    }
  }

  private SoakBenchmark(String base, int port, List<String> queries) {
    this.base = base;
    this.port = port;
    this.queries = queries;
  }

  /**
   * A baseline phase with the well-behaved clients alone (a fifth of the soak's length, at least
   * 30 s), then the soak with the bad connections added: on a shared machine, the baseline says
   * how much of the health probe's latency is the machine's.
   */
  private void run(Duration length, String heap, int articles) throws Exception {
    Phase baseline = measure(Duration.ofSeconds(Math.max(30, length.toSeconds() / 5)));
    Thread bad = Thread.ofPlatform().name("soak-bad-clients").start(this::badClients);
    Thread.sleep(2_000); // the bad connections are open before the measured clients start
    Phase soak = measure(length);
    badClientsRunning = false;
    bad.join(60_000);
    System.out.printf(Locale.ROOT, "server: fahras serve, -Xmx%s, %d real articles, %d CPU cores shared with the clients%n%n",
        heap, articles, Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "well-behaved clients: %d closed-loop searches (the page's query: 20 hits, 3 facets, snippets), a writer "
        + "adding and deleting a document every 2 s, health every %d ms; the soak adds %d connections trickling a body a byte every "
        + "2 s, %d stopped half-way through their headers, %d silent, %d unread 10,000-row exports%n%n",
        SEARCH_CLIENTS, HEALTH_EVERY.toMillis(), SLOW_BODIES, HALF_SENT_HEADERS, SILENT, UNREAD_EXPORTS);
    System.out.printf(Locale.ROOT, "| phase | s | health requests | health p50 ms | health p99 ms | health max ms | search req/s | search p99 ms "
        + "| writes | errors (health, search, write) |%n|---|---|---|---|---|---|---|---|---|---|%n");
    row("well-behaved only", baseline);
    row("soak: + bad connections", soak);
    System.out.printf(Locale.ROOT, "%nbad connections closed by the server during the soak: %s%n", new TreeMap<>(closedByServer));
    for (Phase phase : List.of(baseline, soak)) {
      phase.errors.stream().limit(5).forEach(e -> System.out.println("error: " + e));
    }
    badClientErrors.forEach(System.out::println);
  }

  private static void row(String name, Phase p) {
    System.out.printf(Locale.ROOT, "| %s | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d, %d, %d |%n", name, p.seconds,
        p.health.size(), p.health.percentileMs(50), p.health.percentileMs(99), p.health.percentileMs(100),
        p.search.size() / p.seconds, p.search.percentileMs(99), p.writes.get(), p.errors("health"), p.errors("search"), p.errors("write"));
  }

  /** The well-behaved clients for {@code length}. */
  private Phase measure(Duration length) throws InterruptedException {
    Phase phase = new Phase();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < SEARCH_CLIENTS; i++) {
      int first = i * 97;
      threads.add(Thread.ofPlatform().name("soak-search-" + i).start(() -> searches(phase, first)));
    }
    threads.add(Thread.ofPlatform().name("soak-writer").start(() -> writer(phase)));
    threads.add(Thread.ofPlatform().name("soak-health").start(() -> health(phase)));
    long started = System.nanoTime();
    Thread.sleep(length.toMillis());
    phase.running = false;
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    phase.seconds = (System.nanoTime() - started) / 1e9;
    return phase;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void searches(Phase phase, int first) {
    for (int i = first; phase.running; i++) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = get(queries.get(i % queries.size()));
        phase.search.add(System.nanoTime() - start);
        if (response.statusCode() != 200) {
          phase.errors.add("search " + response.statusCode() + " " + response.body());
        }
      } catch (Exception e) {
        phase.errors.add("search " + e);
      }
    }
  }

  private void health(Phase phase) {
    while (phase.running) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = healthClient.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        phase.health.add(System.nanoTime() - start);
        if (response.statusCode() != 200) {
          phase.errors.add("health " + response.statusCode());
        }
        Thread.sleep(HEALTH_EVERY.toMillis());
      } catch (Exception e) {
        phase.errors.add("health " + e);
      }
    }
  }

  private void writer(Phase phase) {
    while (phase.running) {
      long i = writeIds.incrementAndGet();
      String id = "soak/" + i;
      String json = "{\"id\": \"" + id + "\", \"title\": \"اجتماع أمني في تونس\", \"body\": \"بحث وزراء الداخلية في تونس ملف الحدود المشتركة "
          + i + ".\"}";
      try {
        HttpResponse<String> added = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents/soak%2F" + i))
            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        phase.writes.addAndGet(2);
        if (added.statusCode() != 201 || deleted.statusCode() != 204) {
          phase.errors.add("write " + added.statusCode() + " " + deleted.statusCode() + " " + added.body());
        }
        Thread.sleep(2_000);
      } catch (Exception e) {
        phase.errors.add("write " + e);
      }
    }
  }

  /** The bad connections, all on one thread: a selector hears the server close them, and each is replaced. */
  private void badClients() {
    String slowBody = "POST /api/v1/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
    String halfSent = "GET /api/v1/search?q=%D8%AA%D9%88%D9%86%D8%B3 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Trickle: ";
    String export = "GET /api/v1/search/export?limit=10000&format=jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < SLOW_BODIES; i++) {
        open(selector, "slow body", slowBody, true);
      }
      for (int i = 0; i < HALF_SENT_HEADERS; i++) {
        open(selector, "half-sent headers", halfSent, true);
      }
      for (int i = 0; i < SILENT; i++) {
        open(selector, "silent", "", true);
      }
      List<SocketChannel> exports = new ArrayList<>();
      for (int i = 0; i < UNREAD_EXPORTS; i++) {
        exports.add(open(selector, "unread export", export, false));
      }
      ByteBuffer sink = ByteBuffer.allocate(4096);
      long nextTrickle = System.nanoTime();
      long nextExports = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (badClientsRunning) {
        selector.select(200);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel channel = (SocketChannel) key.channel();
          Bad bad = (Bad) key.attachment();
          int read;
          try {
            sink.clear();
            read = channel.read(sink);
          } catch (IOException reset) {
            read = -1;
          }
          if (read == -1) {
            key.cancel();
            channel.close();
            closedByServer.computeIfAbsent(bad.kind(), k -> new AtomicLong()).incrementAndGet();
            open(selector, bad.kind(), bad.request(), true);
          }
        }
        selector.selectedKeys().clear();
        if (System.nanoTime() - nextTrickle >= 0) {
          nextTrickle += Duration.ofSeconds(2).toNanos();
          for (SelectionKey key : selector.keys()) {
            if (key.isValid() && ((Bad) key.attachment()).kind().equals("slow body")) {
              try {
                ((SocketChannel) key.channel()).write(ByteBuffer.wrap(new byte[] {' '}));
              } catch (IOException closed) {
                // the selector hears it
              }
            }
          }
        }
        if (System.nanoTime() - nextExports >= 0) { // new readers that never read
          nextExports += Duration.ofSeconds(60).toNanos();
          for (SocketChannel channel : exports) {
            channel.close();
          }
          exports.clear();
          for (int i = 0; i < UNREAD_EXPORTS; i++) {
            exports.add(open(selector, "unread export", export, false));
          }
        }
      }
      for (SelectionKey key : selector.keys()) {
        key.channel().close();
      }
      for (SocketChannel channel : exports) {
        channel.close();
      }
    } catch (IOException e) {
      badClientErrors.add("bad clients stopped: " + e);
    }
  }

  private record Bad(String kind, String request) {}

  private SocketChannel open(Selector selector, String kind, String request, boolean watch) throws IOException {
    SocketChannel channel = SocketChannel.open();
    if (!watch) {
      channel.socket().setReceiveBufferSize(4096); // a reader that never reads: let the server's writes back up soon
    }
    channel.connect(new InetSocketAddress("127.0.0.1", port));
    channel.configureBlocking(false);
    channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
    if (watch) {
      channel.register(selector, SelectionKey.OP_READ, new Bad(kind, request));
    }
    return channel;
  }
}
