package org.fahras.search;

import java.io.IOException;

/** Storage failed under a write: a full disk, an unwritable folder. The message says what happened. */
public final class StorageFailedException extends IOException {
  public StorageFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
