package org.fahras.http;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.clean.CorpusReader;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;
import org.fahras.pipeline.IndexPipeline;

/**
 * The API's write endpoints, {@link #authorized} by {@link WriteAccess}. Each write goes through the
 * pipeline into the store, which commits it before the answer goes out, so a document the API said
 * it took survives a crash, and is searchable at once. While storage fails, writes answer 503
 * ({@link ErrorHandler}); each tries the storage again.
 */
final class WriteHandlers {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final IndexPipeline pipeline;
  private final WriteAccess access;

  WriteHandlers(IndexPipeline pipeline, WriteAccess access) {
    this.pipeline = pipeline;
    this.access = access;
  }

  /** The handler, run only for requests that carry the write token: checked before a body is read. */
  HttpHandler authorized(HttpHandler next) {
    return exchange -> {
      access.check(exchange);
      next.handleRequest(exchange);
    };
  }

  /** {@code POST /api/v1/documents}: a JSON object with the fields of a JSON Lines record. */
  void add(HttpServerExchange exchange, String body) throws IOException {
    RawDocument document;
    try {
      document = CorpusReader.fromJson(JsonParser.parseString(body).getAsJsonObject(), "api");
    } catch (JsonParseException | IllegalStateException e) {
      throw new ApiException.BadParameter("the body must be a JSON object such as {\"id\": \"…\", \"title\": \"…\", \"body\": \"…\"}");
    } catch (IllegalArgumentException e) {
      throw new ApiException.BadParameter(e.getMessage());
    }
    CleanArticle article;
    try {
      article = pipeline.add(document);
    } catch (IllegalArgumentException | IndexPipeline.RejectedException e) {
      throw new ApiException.BadParameter(e.getMessage());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", article.id());
    answer.put("title", article.title());
    answer.put("status", "indexed");
    Json.send(exchange, 201, "application/json", answer);
  }

  /** {@code DELETE /api/v1/documents/{id}}. */
  void delete(HttpServerExchange exchange) throws IOException {
    String id = UrlDecoding.lastSegment(exchange);
    if (!pipeline.delete(id)) {
      throw new ApiException.NotFound("no document with id '" + id + "'");
    }
    exchange.setStatusCode(204);
    exchange.endExchange();
  }

}
