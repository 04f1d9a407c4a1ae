package org.fahras.cli;

/** The command line is wrong; the message says how, and the usage follows. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
