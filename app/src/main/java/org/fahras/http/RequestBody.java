package org.fahras.http;

import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.IoUtils;

/**
 * Reads a JSON request body without holding a thread while the bytes arrive: the connection's I/O
 * thread collects them, and only the whole body is handed to a worker. A client that sends its
 * body slowly or never finishes it holds a connection, never a worker, and loses the connection
 * when the body is not complete within the read time. Refused with 413 past the limit whether or
 * not the client declared its length.
 */
final class RequestBody {
  private static final Logger LOG = Logger.getLogger(RequestBody.class.getName());

  /** What runs once the whole body is in. */
  interface Handler {
    void handle(HttpServerExchange exchange, String body) throws Exception;
  }

  private RequestBody() {}

  /**
   * A handler that reads the body (at most {@code maxBytes}, within {@code readTime}) and then runs
   * {@code handler} with it on the server's workers.
   */
  static HttpHandler json(int maxBytes, Duration readTime, Handler handler) {
    return json(maxBytes, readTime, null, handler);
  }

  /** As {@link #json(int, Duration, Handler)}, the handler run on {@code executor}'s threads. */
  static HttpHandler json(int maxBytes, Duration readTime, Executor executor, Handler handler) {
    return exchange -> {
      String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
      if (type != null && !type.startsWith("application/json")) {
        throw new ApiException.BadParameter("send the body as application/json, not " + type);
      }
      long declared = exchange.getRequestContentLength();
      if (declared > maxBytes) {
        exchange.setPersistent(false); // the rest of the body is not read: the connection cannot serve another request
        throw new ApiException.TooLarge("the body is " + declared + " bytes; the limit is " + maxBytes);
      }
      var deadline = exchange.getIoThread().executeAfter(() -> {
        if (!exchange.isRequestComplete()) {
          LOG.fine(() -> "closing a connection whose body did not arrive within " + readTime + ": " + exchange.getSourceAddress());
          IoUtils.safeClose(exchange.getConnection());
        }
      }, readTime.toMillis(), TimeUnit.MILLISECONDS);
      Receiver receiver = exchange.getRequestReceiver();
      receiver.setMaxBufferSize(maxBytes);
      receiver.receiveFullBytes(
          (ex, bytes) -> {
            deadline.remove();
            // a null executor: the server's workers
            ex.dispatch(executor, new ErrorHandler(e -> handler.handle(e, new String(bytes, StandardCharsets.UTF_8))));
          },
          (ex, error) -> {
            deadline.remove();
            if (error instanceof Receiver.RequestToLargeException) {
              ex.setPersistent(false);
              ErrorHandler.problem(ex, 413, "Payload too large", "too_large", "the body is over the limit of " + maxBytes + " bytes");
            } else {
              LOG.log(Level.FINE, "request body not received", error);
              IoUtils.safeClose(ex.getConnection());
            }
          });
    };
  }
}
