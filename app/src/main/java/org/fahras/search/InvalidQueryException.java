package org.fahras.search;

/** The query asks for something the index cannot do (a phrase on a field without positions); the message says what. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
