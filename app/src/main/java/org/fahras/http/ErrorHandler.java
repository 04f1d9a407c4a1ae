package org.fahras.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fahras.search.InvalidQueryException;
import org.fahras.search.QueryTooComplexException;
import org.fahras.search.StorageFailedException;

/**
 * The one place where failures become responses: an {@link ApiException} becomes its status with
 * an {@code application/problem+json} body; anything else becomes a 500 problem that says nothing
 * of the server's insides (the stack trace goes to the log, never to the client).
 */
final class ErrorHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());

  /** A full disk is freed by a person, in minutes rather than seconds. */
  private static final int RETRY_AFTER_SECONDS = 60;

  private final HttpHandler next;

  ErrorHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    try {
      next.handleRequest(exchange);
    } catch (ApiException e) {
      problem(exchange, e.status(), e.title(), e.code(), e.getMessage());
    } catch (QueryTooComplexException e) {
      problem(exchange, 400, "Query too complex", "query_too_complex", e.getMessage());
    } catch (InvalidQueryException e) {
      problem(exchange, 400, "Bad query", "bad_query", e.getMessage());
    } catch (StorageFailedException e) {
      // logged by the store
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, RETRY_AFTER_SECONDS);
      problem(exchange, 503, "Storage unavailable", "storage_unavailable", e.getMessage() + "; nothing was written: send it again later");
    } catch (IOException e) {
      if (exchange.isResponseStarted()) { // the client stopped reading, or left: no fault of the server's
        LOG.info("answer cut off: " + exchange.getRequestURI() + ": " + e);
        exchange.endExchange();
        return;
      }
      LOG.log(Level.SEVERE, "request failed: " + exchange.getRequestURI(), e);
      problem(exchange, 500, "Internal error", "internal_error", "the server could not answer this request");
    } catch (Exception | StackOverflowError e) {
      LOG.log(Level.SEVERE, "request failed: " + exchange.getRequestURI(), e);
      problem(exchange, 500, "Internal error", "internal_error", "the server could not answer this request");
    }
  }

  static void problem(HttpServerExchange exchange, int status, String title, String code, String detail) {
    if (exchange.isResponseStarted()) {
      exchange.endExchange();
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("status", status);
    body.put("title", title);
    body.put("code", code);
    body.put("detail", detail);
    Json.send(exchange, status, "application/problem+json", body);
  }
}
