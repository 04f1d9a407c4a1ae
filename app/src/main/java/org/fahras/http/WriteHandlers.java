package org.fahras.http;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.fahras.clean.CorpusReader;
import org.fahras.index.IndexPipeline;
import org.fahras.index.IndexStore;
import org.fahras.model.CleanArticle;
import org.fahras.model.RawDocument;

/**
 * The API's write endpoints, {@link #authorized} by {@link WriteAccess}. Each write is committed before the answer
 * goes out, so a document the API said it took survives a crash, and is searchable at once. While
 * storage fails, writes answer 503 ({@link ErrorHandler}); each tries the storage again.
 */
final class WriteHandlers {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final IndexPipeline pipeline;
  private final IndexStore store;
  private final WriteAccess access;
  /** Writes run one at a time, each committed before the next ({@link #oneAtATime(Change)}). */
  private final ReentrantLock oneAtATime = new ReentrantLock();

  WriteHandlers(IndexPipeline pipeline, IndexStore store, WriteAccess access) {
    this.pipeline = pipeline;
    this.store = store;
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
    CleanArticle article = oneAtATime(() -> {
      try {
        return pipeline.index(document);
      } catch (IllegalArgumentException | IndexPipeline.RejectedException e) {
        throw new ApiException.BadParameter(e.getMessage());
      }
    });
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", article.id());
    answer.put("title", article.title());
    answer.put("status", "indexed");
    Json.send(exchange, 201, "application/json", answer);
  }

  /** A change to the index, written and committed by {@link #oneAtATime}. */
  private interface Change<T> {
    T apply() throws IOException;
  }

  /**
   * Applies a change and commits it, one change at a time. If storage fails, the change is
   * dropped with everything uncommitted (only this change, as each commits before the next), so a
   * 503 means that nothing was written; the next change first reopens the writer.
   */
  private <T> T oneAtATime(Change<T> change) throws IOException {
    oneAtATime.lock();
    try {
      store.reopenIfFailed();
      T result = change.apply();
      store.commit();
      store.refresh();
      return result;
    } catch (IndexStore.StorageFailedException e) {
      store.discardUncommitted();
      throw e;
    } finally {
      oneAtATime.unlock();
    }
  }

  /** {@code DELETE /api/v1/documents/{id}}. */
  void delete(HttpServerExchange exchange) throws IOException {
    String id = UrlDecoding.lastSegment(exchange);
    oneAtATime(() -> {
      if (!store.delete(id)) {
        throw new ApiException.NotFound("no document with id '" + id + "'");
      }
      return id;
    });
    exchange.setStatusCode(204);
    exchange.endExchange();
  }

}
