package org.fahras.http;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fahras.pipeline.IndexPipeline;
import org.fahras.search.ArticleSearch;
import org.fahras.search.ArticleStore;
import org.fahras.search.FacetOrder;
import org.fahras.search.FacetValueSearch;
import org.fahras.search.Suggester;
import org.xnio.Options;

/**
 * The HTTP server: the route table of the JSON API, the web page's static files, and the handlers
 * every request passes through (security headers, cross-origin access, dispatch to a worker, error
 * mapping, request limits, URL decoding). A reader follows any request from {@link #routes} to the
 * method that answers it; {@link Limits} bounds how long a connection may take over each step.
 */
public final class FahrasServer implements AutoCloseable {
  /**
   * A search keeps a core busy from start to end (the index is memory-mapped), so one worker
   * thread per core: under load, requests wait their turn in arrival order instead of sixteen
   * (Undertow's default on two cores) sharing the cores and each taking sixteen times as long.
   */
  private static final int WORKERS = Runtime.getRuntime().availableProcessors();

  /** Request line and headers: a query of 1,000 Arabic letters, percent-encoded, is some 6 KiB. */
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  /**
   * The long requests (a CSV export of up to 10,000 rows) run on threads of their own, so that one
   * or two of them never hold every search worker; writes have threads of their own again, so
   * that exports to clients that never read their answer cannot hold the writes up.
   */
  private final ExecutorService longRequests = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("fahras-long-", 0).daemon().factory());
  private final ExecutorService writeRequests = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("fahras-write-", 0).daemon().factory());

  private final Undertow undertow;

  /**
   * How long a connection may take over each step, and how many may be open: a client that is slow
   * or stops half-way loses its connection instead of keeping it (and a file handle) for ever.
   *
   * @param requestHeaders from the first byte of a request to the end of its headers
   * @param betweenRequests an open connection with no request under way
   * @param body from the end of the headers to the end of the body
   * @param write a write that makes no progress (a client that does not read its answer)
   * @param connections open connections; further ones wait to be accepted
   */
  public record Limits(Duration requestHeaders, Duration betweenRequests, Duration body, Duration write, int connections) {
    public static final Limits DEFAULTS =
        new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30), 10_000);
  }

  /** A server that answers searches from {@code search}, and writes through {@code pipeline} into {@code store}. */
  public FahrasServer(ArticleSearch search, IndexPipeline pipeline, ArticleStore store, WriteAccess access, String host, int port) {
    this(search, pipeline, store, access, host, port, Limits.DEFAULTS);
  }

  public FahrasServer(ArticleSearch search, IndexPipeline pipeline, ArticleStore store, WriteAccess access, String host, int port, Limits limits) {
    this.undertow =
        Undertow.builder()
            .addHttpListener(port, host)
            .setWorkerThreads(WORKERS)
            // paths and parameters are decoded by UrlDecoding, and their limits checked by
            // RequestLimits, so that a bad one gets a problem answer; Undertow's own limits are
            // far above them, bounded by the header size
            .setServerOption(UndertowOptions.DECODE_URL, false)
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
            .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_HEADER_BYTES / 2)
            // curl and journalists paste Arabic into URLs unencoded; accept it as UTF-8.
            .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
            .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(limits.requestHeaders()))
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(limits.betweenRequests()))
            .setSocketOption(Options.WRITE_TIMEOUT, millis(limits.write()))
            .setSocketOption(Options.CONNECTION_HIGH_WATER, limits.connections())
            .setSocketOption(Options.CONNECTION_LOW_WATER, limits.connections() * 9 / 10)
            .setHandler(handler(new ApiHandlers(search, store), facetHandlers(search),
                new ExportHandler(search, ExportHandler.maxLimit(System.getenv()), Clock.systemUTC()),
                new WriteHandlers(pipeline, access), longRequests, writeRequests, limits.body()))
            .build();
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }

  static HttpHandler handler(ApiHandlers api, FacetHandlers facets, ExportHandler export, WriteHandlers writes,
      Executor longRequests, Executor writeRequests, Duration bodyTime) {
    return new SecurityHeaders(new CorsHandler(new OnWorker(new ErrorHandler(new RequestLimits(new UrlDecoding(
        routes(api, facets, export, writes, longRequests, writeRequests, bodyTime)))))));
  }

  static FacetHandlers facetHandlers(ArticleSearch search) {
    FacetOrder order = FacetOrder.arabic();
    FacetValueSearch values = new FacetValueSearch(search, order);
    return new FacetHandlers(values, new Suggester(values, order));
  }

  static RoutingHandler routes(ApiHandlers api, FacetHandlers facets, ExportHandler export, WriteHandlers writes,
      Executor longRequests, Executor writeRequests, Duration bodyTime) {
    // a path that is neither a route nor a file of the page gets a problem answer too, never an empty 404
    ResourceHandler page =
        new ResourceHandler(new ClassPathResourceManager(FahrasServer.class.getClassLoader(), "web"), exchange -> {
              throw new ApiException.NotFound("no such page: " + exchange.getRelativePath());
            })
            .setWelcomeFiles("index.html")
            .setDirectoryListingEnabled(false);
    return new ReadRoutes()
        .get("/api/v1/search", api::search)
        .post("/api/v1/search", RequestBody.json(ApiHandlers.SEARCH_BODY_BYTES, bodyTime, api::searchPost))
        .get("/api/v1/search/export", on(longRequests, export::export))
        .get("/api/v1/documents/{id}", api::document)
        .get("/api/v1/facets/{name}/values", facets::values)
        .get("/api/v1/suggest", facets::suggest)
        .get("/api/v1/health", api::health)
        .get("/api/v1/openapi.json", api::openApi)
        .post("/api/v1/documents", writes.authorized(RequestBody.json(WriteHandlers.MAX_BODY_BYTES, bodyTime, writeRequests, writes::add)))
        .delete("/api/v1/documents/{id}", writes.authorized(on(writeRequests, writes::delete)))
        .setFallbackHandler(exchange -> {
          boolean read = exchange.getRequestMethod().equalToString("GET") || exchange.getRequestMethod().equalToString("HEAD");
          if (!read || exchange.getRelativePath().startsWith("/api/")) {
            throw new ApiException.NotFound("no such endpoint: " + exchange.getRequestMethod() + " " + exchange.getRelativePath());
          }
          page.handleRequest(exchange);
        })
        .setInvalidMethodHandler(exchange -> {
          throw new ApiException.MethodNotAllowed(exchange.getRequestMethod() + " is not allowed on " + exchange.getRelativePath());
        });
  }

  /** The handler, run on the executor's threads (its errors still mapped to problem answers). */
  private static HttpHandler on(Executor executor, HttpHandler handler) {
    HttpHandler mapped = new ErrorHandler(handler);
    return exchange -> exchange.dispatch(executor, mapped);
  }

  public void start() {
    undertow.start();
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().getFirst().getAddress()).getPort();
  }

  @Override
  public void close() {
    undertow.stop();
    longRequests.shutdownNow();
    writeRequests.shutdownNow();
  }

  /**
   * Every request runs on a worker thread, never on the I/O thread that must keep reading the other
   * connections. Only the handlers that stream their answer turn the exchange blocking ({@link
   * ExportHandler}); the others stay non-blocking, so that {@link Json#write} can hand their answer
   * back to the I/O thread. A request body is read by the I/O thread ({@link RequestBody}).
   */
  record OnWorker(HttpHandler next) implements HttpHandler {
    /**
     * Health is answered on the I/O thread: it reads a count, and must answer at once while every
     * worker is busy with searches (it waited behind them, seconds under load).
     */
    private static final String HEALTH = "/api/v1/health";

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      if (exchange.isInIoThread() && !exchange.getRelativePath().equals(HEALTH)) {
        exchange.dispatch(this);
      } else {
        next.handleRequest(exchange);
      }
    }
  }

  /** Every GET route answers HEAD too: the same status and headers, the body left out by Undertow. */
  private static final class ReadRoutes extends RoutingHandler {
    @Override
    public synchronized RoutingHandler get(String template, HttpHandler handler) {
      return super.get(template, handler).add(Methods.HEAD, template, handler);
    }
  }

  /** Headers that keep the page safe even if a scraped article smuggles markup into a snippet. */
  private record SecurityHeaders(HttpHandler next) implements HttpHandler {
    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      var headers = exchange.getResponseHeaders();
      headers.put(new HttpString("Content-Security-Policy"),
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'");
      headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
      headers.put(new HttpString("Referrer-Policy"), "no-referrer");
      next.handleRequest(exchange);
    }
  }
}
