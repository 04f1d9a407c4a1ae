package org.fahras.http;

/**
 * A request the API refuses, with the HTTP status and the problem+json title that say why, and a
 * machine-readable {@code code} that clients (the web page) translate into their reader's language.
 * Each kind of user error is one subclass, mapped to its response in {@link ErrorHandler}.
 */
public abstract class ApiException extends RuntimeException {
  private final int status;
  private final String title;
  private final String code;

  protected ApiException(int status, String title, String code, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** What went wrong, for programs: bad_parameter, query_too_long, not_found … (README, "Errors"). */
  public String code() {
    return code;
  }

  /** A parameter is missing, malformed or out of range. */
  public static final class BadParameter extends ApiException {
    public BadParameter(String detail) {
      this("bad_parameter", detail);
    }

    /** A refusal the page explains in its own words (query_too_long, result_window). */
    public BadParameter(String code, String detail) {
      super(400, "Bad parameter", code, detail);
    }
  }

  /** The requested resource does not exist. */
  public static final class NotFound extends ApiException {
    public NotFound(String detail) {
      super(404, "Not found", "not_found", detail);
    }
  }

  /** The request carries no valid credentials. */
  public static final class Unauthorized extends ApiException {
    public Unauthorized(String detail) {
      super(401, "Unauthorized", "unauthorized", detail);
    }
  }

  /** The request is understood but not allowed on this server. */
  public static final class Forbidden extends ApiException {
    public Forbidden(String detail) {
      super(403, "Forbidden", "forbidden", detail);
    }
  }

  /** The request body is larger than the server accepts. */
  public static final class TooLarge extends ApiException {
    public TooLarge(String detail) {
      super(413, "Payload too large", "too_large", detail);
    }
  }

  /** The method is not supported on this resource. */
  public static final class MethodNotAllowed extends ApiException {
    public MethodNotAllowed(String detail) {
      super(405, "Method not allowed", "method_not_allowed", detail);
    }
  }
}
