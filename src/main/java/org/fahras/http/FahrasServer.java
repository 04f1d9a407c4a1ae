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
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fahras.index.IndexPipeline;
import org.fahras.index.IndexStore;
import org.fahras.search.FacetOrder;
import org.fahras.search.FacetValueSearch;
import org.fahras.search.SearchService;
import org.fahras.search.Suggester;

/**
 * The HTTP server: the route table of the JSON API, the web page's static files, and the handlers
 * every request passes through (security headers, cross-origin access, dispatch to a worker, error
 * mapping). A reader follows any request from {@link #routes} to the method that answers it.
 */
public final class FahrasServer implements AutoCloseable {
  /**
   * A search keeps a core busy from start to end (the index is memory-mapped), so one worker
   * thread per core: under load, requests wait their turn in arrival order instead of sixteen
   * (Undertow's default on two cores) sharing the cores and each taking sixteen times as long.
   */
  private static final int WORKERS = Runtime.getRuntime().availableProcessors();

  /**
   * The long requests (a CSV export of up to 10,000 rows, a batch of documents to index) run on
   * threads of their own, so that one or two of them never hold every search worker.
   */
  private final ExecutorService longRequests = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("fahras-long-", 0).daemon().factory());

  private final Undertow undertow;

  public FahrasServer(SearchService search, IndexPipeline pipeline, IndexStore store, WriteAccess access, String host, int port) {
    this.undertow =
        Undertow.builder()
            .addHttpListener(port, host)
            .setWorkerThreads(WORKERS)
            // a little above the API's own limit, so that WriteHandlers answers 413 itself
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) WriteHandlers.MAX_BODY_BYTES * 2)
            .setServerOption(UndertowOptions.MAX_PARAMETERS, 200)
            // curl and journalists paste Arabic into URLs unencoded; accept it as UTF-8.
            .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
            .setHandler(handler(new ApiHandlers(search), facetHandlers(search), new ExportHandler(search, ExportHandler.maxLimit(System.getenv()), Clock.systemUTC()), new WriteHandlers(pipeline, store, access), longRequests))
            .build();
  }

  static HttpHandler handler(ApiHandlers api, FacetHandlers facets, ExportHandler export, WriteHandlers writes, Executor longRequests) {
    return new SecurityHeaders(new CorsHandler(new OnWorker(new ErrorHandler(routes(api, facets, export, writes, longRequests)))));
  }

  static FacetHandlers facetHandlers(SearchService search) {
    FacetOrder order = FacetOrder.arabic();
    FacetValueSearch values = new FacetValueSearch(search, order);
    return new FacetHandlers(values, new Suggester(values, order));
  }

  static RoutingHandler routes(ApiHandlers api, FacetHandlers facets, ExportHandler export, WriteHandlers writes, Executor longRequests) {
    // a path that is neither a route nor a file of the page gets a problem answer too, never an empty 404
    ResourceHandler page =
        new ResourceHandler(new ClassPathResourceManager(FahrasServer.class.getClassLoader(), "web"), exchange -> {
              throw new ApiException.NotFound("no such page: " + exchange.getRelativePath());
            })
            .setWelcomeFiles("index.html")
            .setDirectoryListingEnabled(false);
    return Handlers.routing()
        .get("/api/v1/search", api::search)
        .post("/api/v1/search", api::searchPost)
        .get("/api/v1/search/export", on(longRequests, export::export))
        .get("/api/v1/documents/{id}", api::document)
        .get("/api/v1/facets/{name}/values", facets::values)
        .get("/api/v1/suggest", facets::suggest)
        .get("/api/v1/health", api::health)
        .get("/api/v1/openapi.json", api::openApi)
        .post("/api/v1/documents", on(longRequests, writes::add))
        .delete("/api/v1/documents/{id}", writes::delete)
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
  }

  /**
   * Every request runs on a worker thread, never on the I/O thread that must keep reading the other
   * connections. Only the handlers that read a request body or stream their answer turn the
   * exchange blocking ({@link RequestBody}, {@link ExportHandler}); the others stay non-blocking,
   * so that {@link Json#write} can hand their answer back to the I/O thread.
   */
  record OnWorker(HttpHandler next) implements HttpHandler {
    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      if (exchange.isInIoThread()) {
        exchange.dispatch(this);
      } else {
        next.handleRequest(exchange);
      }
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
