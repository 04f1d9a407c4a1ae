package org.fahras.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Who may write: the holder of the bearer token given by the environment variable {@value #ENV}
 * or by a token file. With no token configured, writes are disabled altogether (reading needs no
 * token), so a server started without thought cannot be written to by anyone.
 */
public final class WriteAccess {
  public static final String ENV = "FAHRAS_TOKEN";

  private final byte[] token;

  private WriteAccess(String token) {
    this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes refused to everyone. */
  public static WriteAccess disabled() {
    return new WriteAccess(null);
  }

  /** The token of a file if given, else of the environment; disabled when neither has one. */
  public static WriteAccess configure(Path tokenFile, Map<String, String> environment) throws IOException {
    if (tokenFile != null) {
      return new WriteAccess(Files.readString(tokenFile, StandardCharsets.UTF_8));
    }
    return new WriteAccess(environment.get(ENV));
  }

  public static WriteAccess of(String token) {
    return new WriteAccess(token);
  }

  /** Refuses the request unless it carries the configured token. */
  void check(HttpServerExchange exchange) {
    if (token == null) {
      throw new ApiException.Forbidden("writes are disabled on this server: start it with " + ENV + " or --token-file set");
    }
    String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (header == null || !header.startsWith("Bearer ")) {
      throw new ApiException.Unauthorized("this endpoint needs 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) { // constant time: the token cannot be guessed byte by byte
      throw new ApiException.Unauthorized("the bearer token is not valid");
    }
  }
}
