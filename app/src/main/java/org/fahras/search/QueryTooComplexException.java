package org.fahras.search;

/** The query would cost too much to run (it expands to too many terms); the message says what to do. */
public final class QueryTooComplexException extends RuntimeException {
  public QueryTooComplexException(String message) {
    super(message);
  }
}
